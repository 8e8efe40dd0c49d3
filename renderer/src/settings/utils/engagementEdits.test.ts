import { describe, expect, it } from 'vitest';
import { defaultEngagementSettings, engagementSettings } from '../../../../core/engagement/engagementSettings';
import {
  firstProblem,
  maxFollowUpSteps,
  withAddedFollowUpStep,
  withFollowUpStep,
  withoutFollowUpStep,
  withUrgency,
} from './engagementEdits';
import { problemsFromIssues } from './settingsProblems';

const base = defaultEngagementSettings;

describe('engagement settings edits', () => {
  it('changes one follow-up step and leaves the rest (and the input) alone', () => {
    const next = withFollowUpStep(base, 'WARM', 0, { afterDays: 4 });
    expect(next.followUp.WARM.map((s) => s.afterDays)).toEqual([4, 5, 10]);
    expect(next.followUp.WARM[0]?.label).toBe(base.followUp.WARM[0]?.label);
    expect(next.followUp.HOT).toBe(base.followUp.HOT);
    expect(base.followUp.WARM[0]?.afterDays).toBe(3);
  });

  it('ignores a step index outside the table', () => {
    expect(withFollowUpStep(base, 'WARM', 3, { afterDays: 4 })).toBe(base);
    expect(withFollowUpStep(base, 'WARM', -1, { afterDays: 4 })).toBe(base);
    expect(withoutFollowUpStep(base, 'HOT', 2)).toBe(base);
  });

  it('adds a step at the pace of the last two, or on the last step’s day', () => {
    expect(withAddedFollowUpStep(base, 'INTERESTED').followUp.INTERESTED.at(-1)).toEqual({ action: 'follow_up', afterDays: 20, label: 'Follow up again' });
    const one = { ...base, followUp: { ...base.followUp, HOT: [{ action: 'follow_up' as const, afterDays: 2, label: 'Call' }] } };
    expect(withAddedFollowUpStep(one, 'HOT').followUp.HOT.map((s) => s.afterDays)).toEqual([2, 2]);
    const none = { ...base, followUp: { ...base.followUp, HOT: [] } };
    expect(withAddedFollowUpStep(none, 'HOT').followUp.HOT).toEqual([{ action: 'follow_up', afterDays: 0, label: 'Follow up again' }]);
  });

  it('keeps an added step inside the schema (at most ten steps, days capped)', () => {
    let s = base;
    for (let i = 0; i < 12; i++) s = withAddedFollowUpStep(s, 'COLD');
    expect(s.followUp.COLD).toHaveLength(maxFollowUpSteps);
    const far = { ...base, followUp: { ...base.followUp, WARM: [{ action: 'follow_up' as const, afterDays: 10, label: 'a' }, { action: 'follow_up' as const, afterDays: 3600, label: 'b' }] } };
    expect(withAddedFollowUpStep(far, 'WARM').followUp.WARM.at(-1)?.afterDays).toBe(3650);
    expect(engagementSettings.safeParse(s).success).toBe(true);
  });

  it('removes a step', () => {
    expect(withoutFollowUpStep(base, 'COLD', 1).followUp.COLD.map((s) => s.afterDays)).toEqual([7, 21]);
  });

  it('changes one level’s urgency range', () => {
    const next = withUrgency(base, 'WARM', { min: 8 });
    expect(next.urgency.WARM).toEqual({ min: 8, max: 7, recencyDays: 14 });
    expect(next.urgency.HOT).toBe(base.urgency.HOT);
  });

  it('finds the schema’s problems where the fields show them', () => {
    const bad = withUrgency({ ...base, silence: { shortDays: 20, longDays: 14 } }, 'WARM', { min: 8 });
    const parsed = engagementSettings.safeParse(bad);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const problems = problemsFromIssues(parsed.error.issues);
    expect(firstProblem(problems, 'urgency.WARM.min', 'urgency.WARM')).toBe('the lowest urgency must not exceed the highest');
    expect(firstProblem(problems, 'urgency.HOT.min', 'urgency.HOT')).toBeUndefined();
    expect(firstProblem(problems, 'silence.shortDays', 'silence')).toBe('the short silence must not be longer than the long one');
  });
});
