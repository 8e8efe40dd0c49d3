import { describe, expect, it } from 'vitest';
import type { LeadEvent } from '../model/event';
import { activityInLastDays } from './activityFigure';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 23);
const event = (type: LeadEvent['type'], at: number): LeadEvent => ({
  id: `${type}-${at}`,
  ownerId: 'u',
  teamId: 't',
  createdAt: at,
  updatedAt: at,
  leadId: 'l1',
  type,
  at,
  actor: { kind: 'user', id: 'u', name: 'U' },
  data: {},
});

describe('activityInLastDays', () => {
  it('counts buyer activity in the last 30 days, not bookkeeping', () => {
    const events = [event('email_open', now - DAY), event('quote_request', now - 29 * DAY), event('group_changed', now - DAY), event('tag_added', now)];
    expect(activityInLastDays(events, now)).toBe(2);
  });

  it('excludes the 30th day back, the future and bad times', () => {
    const events = [event('email_open', now - 30 * DAY), event('email_open', now + 1), event('email_open', Number.NaN)];
    expect(activityInLastDays(events, now)).toBe(0);
    expect(activityInLastDays([], now)).toBe(0);
  });
});
