import type { EngagementLevel, EngagementSettings, FollowUpAction, FollowUpStep, StageSignal } from '../../../../core/engagement/engagementSettings';
import type { SettingsProblems } from './settingsProblems';

/** Seed 000's follow-up actions in the seller's words. */
export const followUpActionLabels: Record<FollowUpAction, string> = {
  follow_up: 'Follow up',
  archive: 'Archive',
  re_engage: 'Re-engage',
};

/** What a pipeline stage transition waits for, in the seller's words. */
export const stageSignalLabels: Record<StageSignal, string> = {
  asked_questions: 'Asked questions',
  requested_specs: 'Requested specs',
  requested_sample: 'Requested a sample',
  requested_quote: 'Requested a quote',
  agreed_terms: 'Agreed terms',
};

/** The schema allows at most this many follow-up steps per level. */
export const maxFollowUpSteps = 10;

type Urgency = EngagementSettings['urgency'][EngagementLevel];

export function withUrgency(settings: EngagementSettings, level: EngagementLevel, patch: Partial<Urgency>): EngagementSettings {
  return { ...settings, urgency: { ...settings.urgency, [level]: { ...settings.urgency[level], ...patch } } };
}

function withSteps(settings: EngagementSettings, level: EngagementLevel, steps: FollowUpStep[]): EngagementSettings {
  return { ...settings, followUp: { ...settings.followUp, [level]: steps } };
}

/** One step of a level's follow-up table changed; an index outside the table changes nothing. */
export function withFollowUpStep(settings: EngagementSettings, level: EngagementLevel, index: number, patch: Partial<FollowUpStep>): EngagementSettings {
  const steps = settings.followUp[level];
  if (index < 0 || index >= steps.length) return settings;
  return withSteps(settings, level, steps.map((s, i) => (i === index ? { ...s, ...patch } : s)));
}

/**
 * A new last step: a follow-up at the same pace as the last two steps (or the last step's day
 * when there is only one), so a seller adding a fourth WARM step gets a sensible starting point.
 */
export function withAddedFollowUpStep(settings: EngagementSettings, level: EngagementLevel): EngagementSettings {
  const steps = settings.followUp[level];
  if (steps.length >= maxFollowUpSteps) return settings;
  const last = steps.at(-1);
  const beforeLast = steps.at(-2);
  const pace = last !== undefined && beforeLast !== undefined ? Math.max(0, last.afterDays - beforeLast.afterDays) : 0;
  const afterDays = Math.min(3650, (last?.afterDays ?? 0) + pace);
  return withSteps(settings, level, [...steps, { action: 'follow_up', afterDays, label: 'Follow up again' }]);
}

export function withoutFollowUpStep(settings: EngagementSettings, level: EngagementLevel, index: number): EngagementSettings {
  const steps = settings.followUp[level];
  if (index < 0 || index >= steps.length) return settings;
  return withSteps(settings, level, steps.filter((_, i) => i !== index));
}

/** The first of `paths` with a problem (exact path first, so a field's own problem wins). */
export function firstProblem(problems: SettingsProblems, ...paths: string[]): string | undefined {
  for (const path of paths) {
    const problem = problems.get(path);
    if (problem !== undefined) return problem;
  }
  return undefined;
}
