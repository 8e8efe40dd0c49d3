import { describe, expect, it } from 'vitest';
import { lead as leadSchema, type Lead } from '../model/lead';
import type { LeadEvent } from '../model/event';
import { defaultStageSettings, effectiveStages } from '../settings/stageSettings';
import { applyEventToLead } from './eventEffects';

const stages = effectiveStages(defaultStageSettings);
const now = Date.UTC(2026, 10, 23, 12);
const base: Lead = leadSchema.parse({ id: 'l1', ownerId: 'u', teamId: 't', createdAt: now - 86_400_000, updatedAt: now });
const event = (type: LeadEvent['type'], at = now, data: LeadEvent['data'] = {}): LeadEvent => ({
  id: `e-${type}-${at}`,
  ownerId: 'u',
  teamId: 't',
  createdAt: at,
  updatedAt: at,
  leadId: 'l1',
  type,
  at,
  actor: { kind: 'platform', id: 'pc' },
  data,
});

describe('applyEventToLead', () => {
  it('counts the event, marks interest and activity, and advances the stage', () => {
    const { lead, stageMove } = applyEventToLead(base, event('quote_request'), stages);
    expect(lead.counters.quoteRequests).toBe(1);
    expect(lead.lastInterestAt).toBe(now);
    expect(lead.lastActivityAt).toBe(now);
    expect(lead.stage).toBe('intentional_leads');
    expect(stageMove).toEqual({ from: 'unknown', to: 'intentional_leads' });
  });

  it('keeps the latest time of each event type, for action-specific time untouched', () => {
    const once = applyEventToLead(base, event('quote_request', now - 3_600_000), stages).lead;
    expect(once.lastEventAt).toEqual({ quote_request: now - 3_600_000 });
    const later = applyEventToLead(once, event('quote_request', now), stages).lead;
    const other = applyEventToLead(later, event('email_open', now - 7_200_000), stages).lead;
    expect(other.lastEventAt).toEqual({ quote_request: now, email_open: now - 7_200_000 });
    // A late-logged event of the same type does not move its time back.
    expect(applyEventToLead(other, event('quote_request', now - 86_400_000), stages).lead.lastEventAt.quote_request).toBe(now);
    expect(base.lastEventAt).toEqual({});
  });

  it('an email open is activity and contact, not interest', () => {
    const { lead, stageMove } = applyEventToLead(base, event('email_open'), stages);
    expect(lead.counters.emailsOpened).toBe(1);
    expect(lead.lastInterestAt).toBeNull();
    expect(lead.lastActivityAt).toBe(now);
    expect(stageMove).toEqual({ from: 'unknown', to: 'initial_contact' });
  });

  it('a late-logged event never makes the lead look fresher, and never moves the stage back', () => {
    const fresh = { ...base, stage: 'confirmed_leads', lastInterestAt: now, lastActivityAt: now };
    const { lead, stageMove } = applyEventToLead(fresh, event('email_reply', now - 5 * 86_400_000), stages);
    expect(lead.lastInterestAt).toBe(now);
    expect(lead.lastActivityAt).toBe(now);
    expect(lead.stage).toBe('confirmed_leads');
    expect(stageMove).toBeNull();
    expect(lead.counters.emailsReplied).toBe(1);
  });

  it('a bounce marks the address; bookkeeping events change nothing but activity', () => {
    expect(applyEventToLead(base, event('email_bounce'), stages).lead.consent.bounced).toBe(true);
    const { lead } = applyEventToLead(base, event('note_added'), stages);
    expect(lead.counters).toEqual(base.counters);
    expect(lead.stage).toBe('unknown');
  });

  it('ignores a bad time and does not mutate its input', () => {
    const before = JSON.stringify(base);
    const { lead } = applyEventToLead(base, event('quote_request', Number.NaN), stages);
    expect(lead.lastInterestAt).toBeNull();
    expect(lead.counters.quoteRequests).toBe(1);
    expect(JSON.stringify(base)).toBe(before);
  });
});
