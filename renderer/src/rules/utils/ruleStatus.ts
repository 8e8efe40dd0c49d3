import type { RuleSummary } from '../../../data/ruleContract';

export type RuleStatus = 'on' | 'off' | 'sunset' | 'problems';

/** One status per rule, the most pressing first: a rule with problems cannot run, on or off. */
export function ruleStatus(summary: RuleSummary): RuleStatus {
  if (summary.problems.length > 0) return 'problems';
  if (summary.sunset !== null) return 'sunset';
  return summary.rule.enabled ? 'on' : 'off';
}

export const ruleStatusLabels: Record<RuleStatus, string> = {
  on: 'On',
  off: 'Off',
  sunset: 'Sunset',
  problems: 'Has problems',
};
