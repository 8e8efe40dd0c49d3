import { z } from 'zod';
import { epochMs } from './base';
import { rule, type Rule } from './rule';

/**
 * What the runner keeps about a rule beside its definition: the basis of the Rules list's
 * "times fired" and "last run", of sunset "after N runs", and of the schedule's catch-up. It is
 * kept on the rule's own document (not part of the definition: an edit leaves it as it is).
 */
const shortText = z.string().max(200);

/** One firing as the log shows it (a copy of its rule_fired event's data). */
export const recentFiring = z.object({
  eventId: z.string().max(64),
  leadId: z.string().max(64),
  at: epochMs,
  version: z.number().int().min(0),
  cause: shortText,
  actions: z.array(shortText).max(20),
  outcome: z.enum(['applied', 'partly_applied', 'failed']),
  messages: z.array(shortText).max(20),
});
export type RecentFiring = z.infer<typeof recentFiring>;

/** How many firings each rule keeps for the log. */
export const recentFiringsKept = 50;

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
  /** Per action type, how often its firings asked for it (the rule's performance). */
  actionsTriggered: z.record(z.string().max(60), z.number().int().min(0)).default({}),
  /**
   * The latest firings, newest first: the Rules screen's log without reading every event (the
   * events collection is indexed by lead and time only). The rule_fired events stay the record.
   */
  recent: z.array(z.lazy(() => recentFiring)).max(50).default([]),
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
