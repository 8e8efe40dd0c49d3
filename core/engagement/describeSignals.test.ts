import { describe, expect, it } from 'vitest';
import type { LeadEvent } from '../model/event';
import { dayAt, makeEvent, makeLead, NOW } from '../../tests/conformance/engagement.fixtures';
import { decideLevel } from './decideLevel';
import { describeSignals } from './describeSignals';
import { defaultEngagementSettings } from './engagementSettings';
import { readSignals } from './readSignals';

const texts = (events: LeadEvent[]) => {
  const signals = readSignals(makeLead(), events, NOW);
  const d = decideLevel(signals, NOW, defaultEngagementSettings);
  return describeSignals({ level: d.level, signals, silenceDays: d.silenceDays, unansweredEmails: d.unansweredEmails, createdAt: dayAt(0), now: NOW }).map((s) => s.text);
};

describe('describeSignals', () => {
  it('words single and repeated signals with their age, strongest first', () => {
    expect(texts([makeEvent('page_view', 98), makeEvent('page_view', 99), makeEvent('quote_request', 100, { kind: 'sample' }), makeEvent('email_click', 99)])).toEqual([
      'Requested a sample today',
      'Clicked a link in an email yesterday',
      'Viewed your pages 2 times, last yesterday',
    ]);
  });

  it('tells opening several emails from viewing one several times', () => {
    expect(texts([makeEvent('email_open', 99, { emailId: 'a' }), makeEvent('email_open', 100, { emailId: 'a' })])[0]).toBe('Opened an email 2 times, last today');
    expect(texts([makeEvent('email_open', 91, { emailId: 'a' }), makeEvent('email_open', 95, { emailId: 'b' })])[0]).toBe('Opened 2 emails, last 5 days ago');
  });

  it('says who owes the next move', () => {
    expect(texts([makeEvent('email_reply', 91), makeEvent('email_sent', 93)])).toContain('No response for 9 days');
    expect(texts([makeEvent('email_reply', 97)])).toContain('Nothing sent since their last action 3 days ago');
    expect(texts([makeEvent('email_sent', 80), makeEvent('email_sent', 85), makeEvent('email_sent', 90)])).toEqual(['3 emails over 20 days with no opens, clicks or replies', 'No response for 20 days']);
    expect(texts([makeEvent('email_sent', 97), makeEvent('email_sent', 98)])).toEqual(['2 emails without a response', 'No response for 3 days']);
  });

  it('mentions bounces and a lead nobody contacted', () => {
    expect(texts([makeEvent('email_sent', 95), makeEvent('email_bounce', 95)])).toContain('An email bounced 5 days ago');
    expect(texts([])).toEqual(['No contact yet; the lead arrived 100 days ago']);
  });
});
