import { describe, expect, it } from 'vitest';
import type { LeadEvent } from '../model/event';
import { makeEvent, makeLead, NOW } from '../../tests/conformance/engagement.fixtures';
import { decideLevel } from './decideLevel';
import { defaultEngagementSettings } from './engagementSettings';
import { readSignals } from './readSignals';

const NOW_DAY = 100;
const decide = (events: LeadEvent[], settings = defaultEngagementSettings) => decideLevel(readSignals(makeLead(), events, NOW), NOW, settings);
const ago = (days: number) => NOW_DAY - days;

describe('decideLevel', () => {
  it('is null for a lead with nothing, and while the first email is under a week old', () => {
    expect(decide([]).level).toBeNull();
    expect(decide([makeEvent('email_sent', ago(6))]).level).toBeNull();
    expect(decide([makeEvent('email_sent', ago(7))]).level).toBe('COLD');
  });

  it('makes every strong signal HOT', () => {
    for (const event of [
      makeEvent('quote_request', ago(1)),
      makeEvent('quote_request', ago(1), { kind: 'sample' }),
      makeEvent('meeting', ago(1)),
      makeEvent('call', ago(1), { direction: 'inbound' }),
      makeEvent('page_view', ago(1), { buyingSignal: true }),
    ]) expect(decide([event]).level, event.type).toBe('HOT');
  });

  it('needs several replies for HOT; one reply is WARM', () => {
    expect(decide([makeEvent('email_reply', ago(3))]).level).toBe('WARM');
    expect(decide([makeEvent('email_reply', ago(20)), makeEvent('email_reply', ago(3))]).level).toBe('HOT');
  });

  it('makes clicks, chats, downloads, forms, questionnaires and calls WARM, opens and page views INTERESTED', () => {
    for (const type of ['email_click', 'chat', 'download', 'form_submit', 'questionnaire_answered', 'call'] as const) expect(decide([makeEvent(type, ago(2))]).level, type).toBe('WARM');
    expect(decide([makeEvent('email_open', ago(2))]).level).toBe('INTERESTED');
    expect(decide([makeEvent('page_view', ago(2))]).level).toBe('INTERESTED');
  });

  it('makes three different emails opened in a month WARM ("opened emails consistently"), not three views of one', () => {
    const opens = (ids: string[]) => ids.map((id, i) => makeEvent('email_open', ago(20 - i * 8), { emailId: id }));
    expect(decide(opens(['a', 'b', 'c'])).level).toBe('WARM');
    expect(decide(opens(['a', 'a', 'a'])).level).toBe('INTERESTED');
  });

  it('cools on silence: HOT to WARM at 7 days, INTERESTED to COLD at 7, WARM to COLD at 14', () => {
    expect(decide([makeEvent('quote_request', ago(6))]).level).toBe('HOT');
    expect(decide([makeEvent('quote_request', ago(7))]).level).toBe('WARM');
    expect(decide([makeEvent('email_open', ago(6))]).level).toBe('INTERESTED');
    expect(decide([makeEvent('email_open', ago(7))]).level).toBe('COLD');
    expect(decide([makeEvent('email_click', ago(13))]).level).toBe('WARM');
    expect(decide([makeEvent('email_click', ago(14))]).level).toBe('COLD');
  });

  it('lets signals go stale even when the buyer is still browsing', () => {
    // A quote 10 days old with a fresh page view is still HOT; at 14 days it only keeps the lead WARM.
    expect(decide([makeEvent('quote_request', ago(10)), makeEvent('page_view', ago(1))]).level).toBe('HOT');
    expect(decide([makeEvent('quote_request', ago(14)), makeEvent('page_view', ago(1))]).level).toBe('WARM');
    // A reply a month old no longer counts: only the open is left.
    expect(decide([makeEvent('email_reply', ago(29)), makeEvent('email_open', ago(1))]).level).toBe('WARM');
    expect(decide([makeEvent('email_reply', ago(30)), makeEvent('email_open', ago(1))]).level).toBe('INTERESTED');
  });

  it('is UNRESPONSIVE after 3 emails over 14 days with no engagement since', () => {
    const three = (firstAgo: number) => [makeEvent('email_sent', ago(firstAgo)), makeEvent('email_sent', ago(firstAgo - 5)), makeEvent('email_sent', ago(firstAgo - 10))];
    expect(decide(three(13)).level).toBe('COLD');
    expect(decide(three(14)).level).toBe('UNRESPONSIVE');
    expect(decide(three(14).slice(0, 2)).level).toBe('COLD');
    // Engagement before the emails does not save it; an open after the first one does.
    expect(decide([makeEvent('email_reply', ago(40)), ...three(20)]).level).toBe('UNRESPONSIVE');
    expect(decide([...three(20), makeEvent('email_open', ago(12))]).level).toBe('COLD');
  });

  it('reports silence, unanswered emails and buying intent', () => {
    const d = decide([makeEvent('email_click', ago(9)), makeEvent('email_sent', ago(5)), makeEvent('email_sent', ago(2))]);
    expect(d.silenceDays).toBe(9);
    expect(d.unansweredEmails).toHaveLength(2);
    expect(d.buyingIntent).toBe('medium');
    expect(decide([makeEvent('quote_request', ago(10))]).buyingIntent).toBe('high');
    expect(decide([makeEvent('email_open', ago(1))]).buyingIntent).toBe('low');
    expect(decide([makeEvent('email_sent', ago(1))]).buyingIntent).toBe('none');
    expect(decide([]).silenceDays).toBeNull();
  });

  it('follows edited thresholds', () => {
    const settings = { ...defaultEngagementSettings, silence: { shortDays: 3, longDays: 5 }, unresponsive: { minEmails: 2, overDays: 4 } };
    expect(decide([makeEvent('email_open', ago(3))], settings).level).toBe('COLD');
    expect(decide([makeEvent('email_click', ago(5))], settings).level).toBe('COLD');
    expect(decide([makeEvent('email_sent', ago(4)), makeEvent('email_sent', ago(1))], settings).level).toBe('UNRESPONSIVE');
  });
});
