import { describe, expect, it } from 'vitest';
import { makeEvent, makeLead, NOW, dayAt, rawEvent } from '../../tests/conformance/engagement.fixtures';
import { callReachedBuyer, isOutreach, readSignals, signalKindsOf, usableEvents } from './readSignals';

describe('signalKindsOf (seed 000 signals from events)', () => {
  it('maps each event type and its data', () => {
    expect(signalKindsOf(makeEvent('email_reply', 1))).toEqual(['reply']);
    expect(signalKindsOf(makeEvent('quote_request', 1))).toEqual(['quote_request']);
    expect(signalKindsOf(makeEvent('quote_request', 1, { kind: 'pricing' }))).toEqual(['quote_request']);
    expect(signalKindsOf(makeEvent('quote_request', 1, { kind: ' Sample ' }))).toEqual(['sample_request']);
    expect(signalKindsOf(makeEvent('meeting', 1))).toEqual(['meeting']);
    expect(signalKindsOf(makeEvent('meeting', 1, { outcome: 'terms_agreed' }))).toEqual(['meeting', 'agreed_terms']);
    expect(signalKindsOf(makeEvent('download', 1, { kind: 'datasheet' }))).toEqual(['specs_request']);
    expect(signalKindsOf(makeEvent('download', 1, { kind: 'specs' }))).toEqual(['specs_request']);
    expect(signalKindsOf(makeEvent('download', 1, { kind: 'whitepaper' }))).toEqual(['download']);
    expect(signalKindsOf(makeEvent('email_click', 1))).toEqual(['click']);
    expect(signalKindsOf(makeEvent('chat', 1))).toEqual(['chat']);
    expect(signalKindsOf(makeEvent('form_submit', 1))).toEqual(['form']);
    expect(signalKindsOf(makeEvent('questionnaire_answered', 1))).toEqual(['questionnaire']);
    expect(signalKindsOf(makeEvent('email_open', 1))).toEqual(['open']);
    expect(signalKindsOf(makeEvent('page_view', 1))).toEqual(['page_view']);
    for (const type of ['email_sent', 'email_bounce', 'note_added', 'stage_changed'] as const) expect(signalKindsOf(makeEvent(type, 1))).toEqual([]);
  });

  it('tells a call from the buyer, a conversation and an unanswered attempt apart', () => {
    expect(signalKindsOf(makeEvent('call', 1, { direction: 'inbound' }))).toEqual(['called_in']);
    expect(signalKindsOf(makeEvent('call', 1, { durationMinutes: 12 }))).toEqual(['call_talk']);
    expect(signalKindsOf(makeEvent('call', 1))).toEqual(['call_talk']);
    expect(signalKindsOf(makeEvent('call', 1, { outcome: 'no_answer' }))).toEqual([]);
    expect(signalKindsOf(makeEvent('call', 1, { durationMinutes: 0 }))).toEqual([]);
    expect(signalKindsOf(makeEvent('call', 1, { outcome: 'terms_agreed' }))).toEqual(['call_talk', 'agreed_terms']);
    expect(callReachedBuyer(makeEvent('call', 1, { outcome: 'voicemail' }))).toBe(false);
    expect(isOutreach(makeEvent('call', 1, { outcome: 'no_answer' }))).toBe(true);
    expect(isOutreach(makeEvent('call', 1, { direction: 'inbound' }))).toBe(false);
    expect(isOutreach(makeEvent('email_sent', 1))).toBe(true);
    expect(isOutreach(makeEvent('email_reply', 1))).toBe(false);
  });

  it('adds a buying signal marked on any event', () => {
    expect(signalKindsOf(makeEvent('note_added', 1, { buyingSignal: true }))).toEqual(['buying_signal']);
    expect(signalKindsOf(makeEvent('email_reply', 1, { buyingSignal: 'yes' }))).toEqual(['reply']);
  });
});

describe('usableEvents', () => {
  it('keeps only this lead, past and valid times, oldest first', () => {
    const good = [makeEvent('email_open', 5), makeEvent('email_open', 2)];
    const events = [...good, makeEvent('email_open', 3, {}, 'other'), makeEvent('email_open', 101), rawEvent('email_open', Number.NaN), rawEvent('email_open', -5)];
    expect(usableEvents('lead-1', events, NOW).map((e) => e.at)).toEqual([dayAt(2), dayAt(5)]);
  });
  it('survives garbage in the list', () => {
    const events = [null, 5, 'x', makeEvent('chat', 1)] as unknown as Parameters<typeof usableEvents>[1];
    expect(usableEvents('lead-1', events, NOW)).toHaveLength(1);
    expect(usableEvents('lead-1', null as unknown as [], NOW)).toEqual([]);
  });
});

describe('readSignals', () => {
  it('tallies signals, outreach and bounces from events', () => {
    const s = readSignals(makeLead(), [
      makeEvent('email_sent', 10),
      makeEvent('email_open', 11, { emailId: 'a' }),
      makeEvent('email_open', 12, { emailId: 'a' }),
      makeEvent('email_open', 13, { emailId: 'b' }),
      makeEvent('email_reply', 14),
      makeEvent('call', 15, { outcome: 'no_answer' }),
      makeEvent('email_bounce', 16),
    ], NOW);
    expect(s.tallies.open).toEqual({ count: 3, lastAt: dayAt(13) });
    expect(s.openedEmails.sort()).toEqual([dayAt(12), dayAt(13)]);
    expect(s.tallies.reply).toEqual({ count: 1, lastAt: dayAt(14) });
    expect(s.lastEngagementAt).toBe(dayAt(14));
    expect(s.outreach).toEqual([dayAt(10), dayAt(15)]);
    expect(s.emailsSent).toEqual([dayAt(10)]);
    expect(s.lastBounceAt).toBe(dayAt(16));
  });

  it('falls back on counters above the events: interest at lastInterestAt, the rest at creation', () => {
    const lead = makeLead({ createdAt: dayAt(20), lastInterestAt: dayAt(90), counters: { quoteRequests: 2, emailsOpened: 2, emailsSent: 3 } });
    const s = readSignals(lead, [makeEvent('quote_request', 50), makeEvent('email_sent', 95)], NOW);
    expect(s.tallies.quote_request).toEqual({ count: 2, lastAt: dayAt(90) });
    expect(s.tallies.open).toEqual({ count: 2, lastAt: dayAt(20) });
    expect(s.openedEmails).toHaveLength(2);
    expect(s.emailsSent).toEqual([dayAt(20), dayAt(20), dayAt(95)]);
    expect(s.lastEngagementAt).toBe(dayAt(90));
  });

  it('ignores negative, fractional-garbage and NaN counters and a future lastInterestAt', () => {
    const lead = makeLead({ counters: { emailsReplied: 1 } });
    const broken = { ...lead, lastInterestAt: dayAt(200), counters: { ...lead.counters, quoteRequests: -3, chats: Number.NaN, emailsReplied: 1.7 } };
    const s = readSignals(broken, [], NOW);
    expect(s.tallies.quote_request).toBeUndefined();
    expect(s.tallies.chat).toBeUndefined();
    expect(s.tallies.reply).toEqual({ count: 1, lastAt: dayAt(0) });
  });

  it('keeps the unknown-time fallback bounded for huge counters', () => {
    const s = readSignals(makeLead({ counters: { emailsSent: 1_000_000, emailsOpened: 1_000_000 } }), [], NOW);
    expect(s.emailsSent.length).toBeLessThanOrEqual(100);
    expect(s.openedEmails.length).toBeLessThanOrEqual(100);
    expect(s.tallies.open?.count).toBe(1_000_000);
  });
});
