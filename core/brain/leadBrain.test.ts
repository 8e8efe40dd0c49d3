import { describe, expect, it } from 'vitest';
import { lead as leadSchema, type Lead } from '../model/lead';
import type { LeadEvent } from '../model/event';
import { scoreLead } from '../scoring/scoreLead';
import { defaultLeadSettings, loadLeadSettings } from '../settings/leadSettings';
import { createLeadBrain, derivedStateChanged } from './leadBrain';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 23, 12);
const lead: Lead = leadSchema.parse({
  id: 'l1',
  ownerId: 'u',
  teamId: 't',
  createdAt: now - 3 * DAY,
  updatedAt: now,
  name: 'Omar',
  email: 'omar@petro.sa',
  counters: { quoteRequests: 1 },
  lastInterestAt: now - DAY,
});
const quote: LeadEvent = { id: 'e1', ownerId: 'u', teamId: 't', createdAt: now - DAY, updatedAt: now - DAY, leadId: 'l1', type: 'quote_request', at: now - DAY, actor: { kind: 'platform', id: 'pc' }, data: {} };

describe('createLeadBrain', () => {
  const brain = createLeadBrain(defaultLeadSettings);

  it('assesses engagement first, then scores with that level, as scoreLead explains it', () => {
    const derived = brain.derive(lead, [quote], now);
    expect(derived.engagementLevel).toBe('HOT');
    expect(derived.urgency).toBeGreaterThanOrEqual(8);
    const explained = scoreLead({ ...lead, engagementLevel: derived.engagementLevel }, [quote], defaultLeadSettings.scoring, now);
    expect(derived.score).toBe(explained.score);
    expect(derived.temperature).toBe(explained.temperature);
  });

  it('is deterministic and cools as time passes without a signal', () => {
    expect(brain.derive(lead, [quote], now)).toEqual(brain.derive(lead, [quote], now));
    const later = brain.derive(lead, [quote], now + 60 * DAY);
    expect(later.score).toBeLessThan(brain.derive(lead, [quote], now).score);
    expect(later.engagementLevel).not.toBe('HOT');
  });

  it('follows the settings it was made with', () => {
    const criteria = defaultLeadSettings.scoringModel.criteria.map((c) => (c.id === 'quote_request' ? { ...c, enabled: false } : c));
    const other = createLeadBrain(loadLeadSettings({ 'scoring-model': { ...defaultLeadSettings.scoringModel, criteria } }).settings);
    expect(other.derive(lead, [quote], now).score).not.toBe(brain.derive(lead, [quote], now).score);
  });

  it('tells when stored fields differ from derived ones', () => {
    const derived = brain.derive(lead, [quote], now);
    expect(derivedStateChanged({ ...lead, ...derived }, derived)).toBe(false);
    expect(derivedStateChanged(lead, derived)).toBe(true);
  });
});
