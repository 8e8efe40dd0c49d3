import { describe, expect, it } from 'vitest';
import type { LeadEvent } from '../model/event';
import { dayAt, makeEvent, makeLead, NOW } from '../../tests/conformance/engagement.fixtures';
import { assessEngagement } from './assessEngagement';
import { hotLeadAlerts } from './hotLeadAlerts';

const item = (id: string, events: LeadEvent[]) => {
  const lead = makeLead({ id, name: id });
  return { lead, assessment: assessEngagement(lead, events.map((e) => ({ ...e, leadId: id })), NOW) };
};

describe('hotLeadAlerts', () => {
  const items = [
    item('warm', [makeEvent('email_click', 99)]),
    item('hot-b', [makeEvent('quote_request', 99)]),
    item('hot-a', [makeEvent('quote_request', 99)]),
    item('hot-old', [makeEvent('meeting', 95)]),
    item('hot-new', [makeEvent('meeting', 97)]),
    item('hot-top', [makeEvent('quote_request', 100), makeEvent('meeting', 100), makeEvent('call', 100, { direction: 'inbound' })]),
  ];

  it('lists only HOT leads by urgency, then latest signal, then id', () => {
    const alerts = hotLeadAlerts(items);
    expect(alerts.map((a) => [a.lead.id, a.assessment.urgency])).toEqual([
      ['hot-top', 10],
      ['hot-a', 9],
      ['hot-b', 9],
      ['hot-new', 9],
      ['hot-old', 8],
    ]);
  });

  it('says why in one line and when to follow up', () => {
    const [top] = hotLeadAlerts(items, 1);
    expect(top?.why).toBe('Requested a quote today; Asked for a meeting today');
    expect(top?.dueAt).toBe(dayAt(101));
    expect(top?.followUp).toBe('Call them and send a detailed quotation');
  });

  it('honours the limit and survives bad limits and items', () => {
    expect(hotLeadAlerts(items, 2)).toHaveLength(2);
    expect(hotLeadAlerts(items, 0)).toEqual([]);
    expect(hotLeadAlerts(items, -3)).toEqual([]);
    expect(hotLeadAlerts(items, Number.NaN)).toHaveLength(5);
    expect(hotLeadAlerts(items, 2.9)).toHaveLength(2);
    expect(hotLeadAlerts([...items, null, { lead: null, assessment: null }] as unknown as typeof items)).toHaveLength(5);
    expect(hotLeadAlerts(undefined as unknown as typeof items)).toEqual([]);
  });
});
