import { describe, expect, it } from 'vitest';
import type { LeadEvent } from '../model/event';
import type { Lead } from '../model/lead';
import { dayAt, makeEvent, makeLead, NOW, rawEvent } from '../../tests/conformance/engagement.fixtures';
import { assessEngagement } from './assessEngagement';
import { defaultEngagementSettings } from './engagementSettings';

const assess = (events: LeadEvent[], lead: Lead = makeLead()) => assessEngagement(lead, events, NOW);

describe('assessEngagement', () => {
  it('leaves a brand-new lead unjudged, asks for first contact within a day', () => {
    const a = assess([], makeLead({ createdAt: dayAt(99.5) }));
    expect(a).toMatchObject({ level: null, urgency: 0, buyingIntent: 'none', suggestedStage: null, lastSignalAt: null, silenceDays: null });
    expect(a.followUp).toEqual({ step: 1, action: 'follow_up', dueAt: dayAt(100.5), text: 'Make first contact' });
    expect(a.nextFollowUpAt).toBe(dayAt(100.5));
    expect(a.signals).toEqual([{ key: 'no_contact', text: 'No contact yet; the lead arrived today' }]);
  });

  it('puts urgency inside each level range, rising with recency and strength', () => {
    const quote = (day: number) => [makeEvent('quote_request', day)];
    expect(assess(quote(100)).urgency).toBe(9); // recency 1, one signal: 8 + round(2 × 0.5)
    expect(assess(quote(94)).urgency).toBe(8); // 6 days: 8 + round(2 × 1/14)
    expect(assess([makeEvent('quote_request', 100), makeEvent('meeting', 100), makeEvent('call', 100, { direction: 'inbound' })]).urgency).toBe(10);
    expect(assess([makeEvent('email_click', 100)]).urgency).toBe(6);
    expect(assess([makeEvent('email_click', 87)]).urgency).toBe(5);
    expect(assess([makeEvent('email_open', 100)]).urgency).toBe(4);
    expect(assess([makeEvent('email_open', 94)]).urgency).toBe(3);
    expect(assess([makeEvent('email_sent', 93)]).urgency).toBe(2);
    expect(assess([makeEvent('email_sent', 10)]).urgency).toBe(1);
    expect(assess([makeEvent('email_sent', 80), makeEvent('email_sent', 85), makeEvent('email_sent', 90)]).urgency).toBe(0);
  });

  it('explains itself in plain words', () => {
    const a = assess([makeEvent('email_sent', 80), makeEvent('email_reply', 85), makeEvent('email_reply', 97), makeEvent('quote_request', 97), makeEvent('email_sent', 98)]);
    expect(a.level).toBe('HOT');
    expect(a.signals.map((s) => s.text)).toEqual(['Requested a quote 3 days ago', 'Replied to 2 emails, last 3 days ago', 'No response for 3 days']);
    expect(a.buyingIntent).toBe('high');
    expect(a.followUp).toMatchObject({ step: 2, dueAt: dayAt(98) });
  });

  it('suggests a forward stage from the lead stage and withholds a backward one', () => {
    const events = [makeEvent('quote_request', 99)];
    expect(assess(events, makeLead({ stage: 'intentional_leads' })).suggestedStage?.pipelineStage).toBe(5);
    expect(assess(events, makeLead({ stage: 'closed_customers' })).suggestedStage).toBeNull();
  });

  it('uses counters when the events are missing', () => {
    const lead = makeLead({ lastInterestAt: dayAt(98), counters: { emailsReplied: 2, emailsSent: 2 } });
    const a = assess([], lead);
    expect(a.level).toBe('HOT');
    expect(a.lastSignalAt).toBe(dayAt(98));
  });

  it('ignores events of another lead, in the future or with broken times', () => {
    const noise = [makeEvent('quote_request', 99, {}, 'lead-2'), makeEvent('quote_request', 101), rawEvent('quote_request', Number.NaN), rawEvent('quote_request', -1)];
    expect(assess(noise)).toEqual(assess([]));
  });

  it('never throws on bad input', () => {
    const lead = makeLead();
    const broken = [
      () => assessEngagement(lead, [], Number.NaN),
      () => assessEngagement(lead, [], -5),
      () => assessEngagement(null as unknown as Lead, [], NOW),
      () => assessEngagement({ ...lead, counters: undefined } as unknown as Lead, [], NOW),
      () => assessEngagement({ ...lead, createdAt: Number.NaN, lastInterestAt: Number.NaN } as Lead, [makeEvent('email_sent', 99)], NOW),
      () => assessEngagement(lead, [null, { type: 'chat' }] as unknown as LeadEvent[], NOW),
      () => assessEngagement(lead, undefined as unknown as LeadEvent[], NOW),
      () => assessEngagement(lead, [makeEvent('email_reply', 99)], NOW, { ...defaultEngagementSettings, followUp: { ...defaultEngagementSettings.followUp, WARM: [] } }),
    ];
    for (const run of broken) expect(run).not.toThrow();
    expect(assessEngagement(lead, [], Number.NaN)).toMatchObject({ level: null, urgency: 0, nextFollowUpAt: null });
    const noCreation = assessEngagement({ ...lead, createdAt: Number.NaN } as Lead, [], NOW);
    expect(noCreation.followUp.dueAt).toBe(NOW);
  });

  it('gives the same answer for the same input, whatever the event order', () => {
    const events = [makeEvent('email_sent', 90), makeEvent('email_open', 91), makeEvent('email_click', 92), makeEvent('email_sent', 95)];
    expect(assess([...events].reverse())).toEqual(assess(events));
  });

  it('keeps urgency an integer within 0–10 for every level', () => {
    const samples = [[], [makeEvent('meeting', 100)], [makeEvent('chat', 95)], [makeEvent('page_view', 99)], [makeEvent('email_sent', 50)]];
    for (const events of samples) {
      const { urgency } = assess(events);
      expect(Number.isInteger(urgency) && urgency >= 0 && urgency <= 10).toBe(true);
    }
  });
});
