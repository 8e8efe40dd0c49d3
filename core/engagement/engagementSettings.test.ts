import { describe, expect, it } from 'vitest';
import { engagementLevels } from '../model/lead';
import { defaultEngagementSettings, engagementSettings, levelRank } from './engagementSettings';

describe('engagementSettings', () => {
  it('accepts the defaults unchanged', () => {
    expect(engagementSettings.parse(defaultEngagementSettings)).toEqual(defaultEngagementSettings);
  });

  it('holds seed 000 numbers: silence 7/14, 3 emails over 14 days, urgency ranges', () => {
    const s = defaultEngagementSettings;
    expect(s.silence).toEqual({ shortDays: 7, longDays: 14 });
    expect(s.unresponsive).toEqual({ minEmails: 3, overDays: 14 });
    const ranges = Object.fromEntries(engagementLevels.map((level) => [level, [s.urgency[level].min, s.urgency[level].max]]));
    expect(ranges).toEqual({ HOT: [8, 10], WARM: [5, 7], INTERESTED: [3, 5], COLD: [1, 3], UNRESPONSIVE: [0, 0] });
  });

  it('holds seed 000 follow-up timing table', () => {
    const days = (level: keyof typeof defaultEngagementSettings.followUp) => defaultEngagementSettings.followUp[level].map((step) => `${step.action}:${step.afterDays}`);
    expect(days('HOT')).toEqual(['follow_up:1', 'follow_up:1']);
    expect(days('WARM')).toEqual(['follow_up:3', 'follow_up:5', 'follow_up:10']);
    expect(days('INTERESTED')).toEqual(['follow_up:5', 'follow_up:10', 'follow_up:15']);
    expect(days('COLD')).toEqual(['follow_up:7', 'follow_up:14', 'archive:21']);
    expect(days('UNRESPONSIVE')).toEqual(['archive:0', 're_engage:90']);
  });

  it('maps the six pipeline stages onto seed 004 stages that never go down', () => {
    const stages = defaultEngagementSettings.pipelineStages;
    expect(stages.map((s) => s.name)).toEqual(['Prospecting', 'Initial Contact', 'Qualification', 'Sample & Testing', 'Negotiation', 'Contract']);
    const order = ['unknown', 'initial_contact', 'primary_leads', 'intentional_leads', 'confirmed_leads', 'closed_customers'];
    const orders = stages.map((s) => order.indexOf(s.customerStage ?? ''));
    expect(orders.every((o, i) => o > 0 && (i === 0 || o >= (orders[i - 1] ?? 0)))).toBe(true);
  });

  it('rejects an urgency range upside down, a short silence longer than the long one and bad numbers', () => {
    const bad = [
      { ...defaultEngagementSettings, urgency: { ...defaultEngagementSettings.urgency, HOT: { min: 9, max: 8, recencyDays: 7 } } },
      { ...defaultEngagementSettings, silence: { shortDays: 15, longDays: 14 } },
      { ...defaultEngagementSettings, unresponsive: { minEmails: 0, overDays: 14 } },
      { ...defaultEngagementSettings, signalWindows: { strongDays: -1, engagedDays: 30 } },
      { ...defaultEngagementSettings, multipleReplies: 1 },
      { ...defaultEngagementSettings, urgency: { ...defaultEngagementSettings.urgency, WARM: { min: 5, max: 11, recencyDays: 14 } } },
    ];
    for (const settings of bad) expect(engagementSettings.safeParse(settings).success).toBe(false);
  });

  it('ranks levels from UNRESPONSIVE (lowest) to HOT (highest)', () => {
    expect(['UNRESPONSIVE', 'COLD', 'INTERESTED', 'WARM', 'HOT'].map((l) => levelRank(l as 'HOT'))).toEqual([0, 1, 2, 3, 4]);
  });
});
