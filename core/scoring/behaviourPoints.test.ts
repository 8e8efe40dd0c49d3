import { describe, it, expect } from 'vitest';
import type { LeadEvent, LeadEventType } from '../model/event';
import { behaviourPoints } from './behaviourPoints';
import { defaultScoringModel } from './defaultScoringModel';
import { DAY_MS, WEEK_MS } from './format';

const T0 = 1_700_000_000_000;
const settings = defaultScoringModel.behaviour;

function event(type: LeadEventType, at: number, data: LeadEvent['data'] = {}, leadId = 'l1'): LeadEvent {
  return { id: `${type}-${at}`, ownerId: 'u', teamId: 't', createdAt: at, updatedAt: at, leadId, type, at, actor: { kind: 'platform', id: 'pc' }, data };
}

describe('behaviourPoints', () => {
  it('is 0 without engagement', () => {
    expect(behaviourPoints('l1', [event('note_added', T0)], settings, T0)).toEqual({ points: 0, decayed: 0, reason: 'No engagement recorded' });
  });

  it('decays 10 % per full week without engagement', () => {
    const quote = [event('quote_request', T0)]; // 20 points, no per-action decay
    expect(behaviourPoints('l1', quote, settings, T0 + 6 * DAY_MS).decayed).toBe(20);
    expect(behaviourPoints('l1', quote, settings, T0 + WEEK_MS).decayed).toBe(18);
    const three = behaviourPoints('l1', quote, settings, T0 + 3 * WEEK_MS);
    expect(three.decayed).toBe(14.58); // 20 × 0.9³
    expect(three.reason).toBe('1 action earned 20 points; 3 weeks without engagement: 14.58 points');
  });

  it('applies per-action decay before the weekly decay', () => {
    // Quote 20 (no decay) + pricing visit 15 (-5/week); one week later: (20 + 10) × 0.9.
    const events = [event('quote_request', T0), event('page_view', T0, { page: 'pricing' })];
    expect(behaviourPoints('l1', events, settings, T0 + WEEK_MS)).toMatchObject({ points: 35, decayed: 27 });
  });

  it('never decays below the floor of 10 once earned', () => {
    const quote = [event('quote_request', T0)];
    const r = behaviourPoints('l1', quote, settings, T0 + 10 * WEEK_MS); // 20 × 0.9^10 = 6.97
    expect(r.decayed).toBe(10);
    expect(r.reason).toContain('floor: 10 points');
    expect(behaviourPoints('l1', quote, settings, T0 + 89 * DAY_MS).decayed).toBe(10);
  });

  it('lets small totals below the floor decay normally', () => {
    // One click: 3 points, -1/week; two weeks later 1 × 0.81.
    expect(behaviourPoints('l1', [event('email_click', T0)], settings, T0 + 2 * WEEK_MS).decayed).toBe(0.81);
  });

  it('resets to 0 after 90 days without activity', () => {
    const r = behaviourPoints('l1', [event('quote_request', T0)], settings, T0 + 90 * DAY_MS);
    expect(r).toMatchObject({ points: 20, decayed: 0 });
    expect(r.reason).toContain('reset to 0 after 90 days');
  });

  it('adds the return-visit bonus to a page view within 7 days', () => {
    const events = [event('page_view', T0), event('page_view', T0 + 2 * DAY_MS), event('page_view', T0 + 20 * DAY_MS)];
    // blog 2 + (blog 2 + return 5) + blog 2 = 11 earned; at T0+20d: 0 + (0 + 5) + 2 = 7, idle 0 weeks; floor 10 applies.
    expect(behaviourPoints('l1', events.slice(0, 2), settings, T0 + 2 * DAY_MS)).toMatchObject({ points: 9, decayed: 9 });
    expect(behaviourPoints('l1', events, settings, T0 + 20 * DAY_MS)).toMatchObject({ points: 11, decayed: 10 });
  });

  it('caps at 50 and ignores other leads, future events and bad times', () => {
    const many = Array.from({ length: 4 }, (_, i) => event('quote_request', T0 + i));
    expect(behaviourPoints('l1', many, settings, T0 + 10)).toMatchObject({ points: 50, decayed: 50 });
    const noise = [event('quote_request', T0, {}, 'other'), event('quote_request', T0 + DAY_MS), event('quote_request', Number.NaN)];
    expect(behaviourPoints('l1', noise, settings, T0).points).toBe(0);
  });
});
