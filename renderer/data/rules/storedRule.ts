import { z } from 'zod';
import { epochMs } from '../../../core/model/base';
import { rule, type Rule } from '../../../core/model/rule';

/**
 * What the runner keeps about a rule beside its definition: the basis of the Rules list's
 * "times fired" and "last run", of sunset "after N runs", and of the schedule's catch-up. It is
 * kept on the rule's own document (not part of the definition: an edit leaves it as it is).
 */
export const ruleRunState = z.object({
  /** Firings across all leads. */
  totalRuns: z.number().int().min(0).default(0),
  /** Leads it acted on (firings with run number 1). */
  leadsAffected: z.number().int().min(0).default(0),
  lastFiredAt: epochMs.nullable().default(null),
  /** Last scheduler pass (or Run now) that evaluated it. */
  lastRunAt: epochMs.nullable().default(null),
  /** Last time a schedule-triggered rule ran for its scheduled moment (dueScheduleRuleIds). */
  lastScheduledRunAt: epochMs.nullable().default(null),
});
export type RuleRunState = z.infer<typeof ruleRunState>;

export const emptyRunState: RuleRunState = ruleRunState.parse({});

export const storedRule = rule.extend({ runState: ruleRunState.default(emptyRunState) });
export type StoredRule = z.infer<typeof storedRule>;

/** The definition alone (what the UI and the engine see). */
export function definitionOf(stored: StoredRule): Rule {
  const { runState: _state, ...definition } = stored;
  void _state;
  return definition;
}
