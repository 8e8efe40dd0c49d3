import { describe, expect, it } from 'vitest';
import { dayAt, DAY, NOW } from '../../tests/conformance/engagement.fixtures';
import { defaultEngagementSettings as settings } from './engagementSettings';
import { planFollowUp } from './planFollowUp';

const plan = (level: Parameters<typeof planFollowUp>[0], outreachDays: number[], signalDay: number | null, now = NOW) =>
  planFollowUp(level, { outreach: outreachDays.map(dayAt), lastEngagementAt: signalDay === null ? null : dayAt(signalDay) }, dayAt(0), now, settings);

describe('planFollowUp', () => {
  it('asks for first contact within a day of a new lead arriving', () => {
    const p = plan(null, [], null);
    expect(p.followUp).toEqual({ step: 1, action: 'follow_up', dueAt: dayAt(1), text: 'Make first contact' });
    expect(p.nextFollowUpAt).toBe(dayAt(1));
  });

  it('walks a level row by the outreach sent since the last signal', () => {
    expect(plan('WARM', [], 95).followUp).toMatchObject({ step: 1, dueAt: dayAt(98) });
    expect(plan('WARM', [90, 96], 95).followUp).toMatchObject({ step: 2, dueAt: dayAt(100) });
    expect(plan('WARM', [96, 97], 95).followUp).toMatchObject({ step: 3, dueAt: dayAt(105) });
    expect(plan('INTERESTED', [], 95).followUp.dueAt).toBe(dayAt(100));
    expect(plan('HOT', [], 99).followUp).toMatchObject({ step: 1, dueAt: dayAt(100), text: 'Call them and send a detailed quotation' });
  });

  it('keeps the table gap after a late follow-up', () => {
    // WARM step 2 is due 5 days after the signal, but 2 days after a follow-up sent late on day 8.
    expect(plan('WARM', [98], 90).followUp.dueAt).toBe(dayAt(100));
    // HOT "same day if urgent": due as soon as the first follow-up went out.
    expect(plan('HOT', [99.5], 99).followUp.dueAt).toBe(dayAt(100));
    expect(plan('HOT', [99.5], 99).followUp.dueAt).toBe(dayAt(99) + DAY);
  });

  it('plans nothing more past the end of a row', () => {
    const p = plan('HOT', [99.2, 99.4], 99);
    expect(p.followUp).toMatchObject({ step: 3, action: 'follow_up', dueAt: null });
    expect(p.nextFollowUpAt).toBeNull();
  });

  it('times a lead that never answered from its first email, which is not a follow-up', () => {
    expect(plan('COLD', [90], null).followUp).toMatchObject({ step: 1, dueAt: dayAt(97) });
    expect(plan(null, [96], null).followUp).toMatchObject({ step: 1, dueAt: dayAt(103) });
    expect(plan('COLD', [86, 93], null).followUp).toMatchObject({ step: 2, dueAt: dayAt(100) });
  });

  it('archives a COLD lead at the third step with no re-engagement planned', () => {
    const p = plan('COLD', [85, 90], 80);
    expect(p.followUp).toMatchObject({ step: 3, action: 'archive', dueAt: dayAt(101) });
    expect(p.nextFollowUpAt).toBeNull();
  });

  it('archives an UNRESPONSIVE lead at once and re-engages 90 days after the last attempt', () => {
    const p = plan('UNRESPONSIVE', [70, 80, 90], null);
    expect(p.followUp).toMatchObject({ step: 1, action: 'archive', dueAt: dayAt(90) });
    expect(p.nextFollowUpAt).toBe(dayAt(180));
    const later = plan('UNRESPONSIVE', [70, 80, 90], null, dayAt(180));
    expect(later.followUp).toMatchObject({ step: 2, action: 're_engage', dueAt: dayAt(180) });
    expect(later.nextFollowUpAt).toBe(dayAt(180));
  });

  it('copes with an empty row and an unknown creation time', () => {
    const empty = { ...settings, followUp: { ...settings.followUp, WARM: [] } };
    expect(planFollowUp('WARM', { outreach: [], lastEngagementAt: dayAt(99) }, null, NOW, empty).followUp.dueAt).toBeNull();
    expect(planFollowUp(null, { outreach: [], lastEngagementAt: null }, null, NOW, settings).followUp.dueAt).toBe(NOW);
  });
});
