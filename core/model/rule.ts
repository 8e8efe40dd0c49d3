import { z } from 'zod';
import { baseDocument, epochMs } from './base';
import { leadEventTypes } from './event';
import { jsonObject, jsonValue, type JsonValue } from './json';

/**
 * A rule is data (seed 002, "Rules creation concept"): trigger → criteria → actions, with an
 * execution mode, priority, blocking flag and sunset. The rule engine compiles it; this file only
 * fixes the stored shape. Criterion, operator and action names are open strings so that a client
 * that does not know a newer one still syncs the rule; the engine rejects what it cannot run.
 */

/** Operators named in seed 002's criteria tables; the engine's operator table is the authority. */
export const knownRuleOperators = [
  'equals',
  'not_equals',
  'contains',
  'not_contains',
  'in_list',
  'not_in_list',
  'greater_than',
  'less_than',
  'within_range',
  'is_empty',
  'is_not_empty',
] as const;

/** Actions named in seed 002 ("Actions", "Brief of possible actions"). */
export const knownRuleActionTypes = [
  'move_to_group',
  'set_stage',
  'add_tag',
  'remove_tag',
  'send_email',
  'send_questionnaire',
  'create_reminder',
  'notify',
  'assign',
  'set_priority',
  'adjust_score',
] as const;
export type KnownRuleActionType = (typeof knownRuleActionTypes)[number];

const name = z.string().min(1).max(100);

export const ruleTrigger = z.discriminatedUnion('kind', [
  /** A lead was created or changed; `fields` empty means any field (e.g. group, budget). */
  z.object({ kind: z.literal('lead_changed'), fields: z.array(name).max(50).default([]) }),
  /** Group or customer stage moved (seed 002 "Lead Status Change"); null from/to means any. */
  z.object({
    kind: z.literal('status_changed'),
    field: z.enum(['group', 'stage']),
    from: name.nullable().default(null),
    to: name.nullable().default(null),
  }),
  /** Something happened: quote request, email open, questionnaire answered… */
  z.object({ kind: z.literal('event'), eventTypes: z.array(z.enum(leadEventTypes)).min(1, 'choose at least one event').max(50) }),
  /** Absolute time, e.g. every Tuesday at 10:00. Minutes are in the seller's local day. */
  z.object({
    kind: z.literal('schedule'),
    frequency: z.enum(['hourly', 'daily', 'weekly', 'monthly']),
    dayOfWeek: z.number().int().min(0).max(6).nullable().default(null),
    minuteOfDay: z.number().int().min(0).max(1439).nullable().default(null),
  }),
  /**
   * Time since a lead timestamp, e.g. "time untouched > 24 hours". field: 'untouched'
   * (lastInterestAt, else createdAt), 'createdAt', 'lastActivityAt', 'updatedAt', or
   * 'event:<type>' (lead.lastEventAt, e.g. event:quote_request, event:group_changed).
   */
  z.object({ kind: z.literal('time_since'), field: name, afterMs: z.number().int().min(1) }),
  /** Run only when the seller asks (preview, bulk action). */
  z.object({ kind: z.literal('manual') }),
]);
export type RuleTrigger = z.infer<typeof ruleTrigger>;

export interface RuleCondition {
  /** Criterion id from the criteria table (G1–G5), e.g. "company.industry". */
  criterion: string;
  operator: string;
  value: JsonValue;
}
export interface RuleConditionGroup {
  combinator: 'all' | 'any';
  conditions: Array<RuleCondition | RuleConditionGroup>;
}

export const ruleCondition: z.ZodType<RuleCondition, RuleCondition> = z.object({
  criterion: name,
  operator: z.string().min(1).max(40),
  value: jsonValue,
});

export const ruleConditionGroup: z.ZodType<RuleConditionGroup, RuleConditionGroup> = z.lazy(() =>
  z.object({
    combinator: z.enum(['all', 'any']),
    conditions: z.array(z.union([ruleCondition, ruleConditionGroup])).max(100),
  }),
);

export const ruleAction = z.object({
  type: z.string().min(1).max(60),
  params: jsonObject.default({}),
});
export type RuleAction = z.infer<typeof ruleAction>;

export const ruleExecutionMode = z.discriminatedUnion('kind', [
  /** Runs once per lead as soon as the lead meets the criteria. */
  z.object({ kind: z.literal('one_time') }),
  /** Runs on a recurring schedule. */
  z.object({ kind: z.literal('periodic'), everyMs: z.number().int().min(60_000) }),
  /** Runs repeatedly for a while, then stops (every 3 days for 2 weeks). */
  z.object({ kind: z.literal('in_cycle'), everyMs: z.number().int().min(60_000), forMs: z.number().int().min(60_000) }),
]);
export type RuleExecutionMode = z.infer<typeof ruleExecutionMode>;

export const ruleSunset = z.object({
  expiresAt: epochMs.nullable().default(null),
  afterRuns: z.number().int().min(1).nullable().default(null),
  /** Stop once a lead event of this type happens (e.g. the lead replied). */
  afterEvent: z.enum(leadEventTypes).nullable().default(null),
});

export const rule = baseDocument.extend({
  name: z.string().trim().min(1, 'give the rule a name').max(120),
  description: z.string().max(2000).default(''),
  trigger: ruleTrigger,
  criteria: ruleConditionGroup.default({ combinator: 'all', conditions: [] }),
  actions: z.array(ruleAction).max(20).default([]),
  executionMode: ruleExecutionMode.default({ kind: 'one_time' }),
  /** 1 runs first, 10 last. */
  priority: z.number().int().min(1).max(10).default(5),
  /** When it matches, lower-priority rules are not evaluated for that lead. */
  blocking: z.boolean().default(false),
  sunset: ruleSunset.default(ruleSunset.parse({})),
  /** New rules start off, so the seller previews them before they act on leads. */
  enabled: z.boolean().default(false),
  /** Definition version, bumped on every edit, so the rule log tells which version fired. */
  version: z.number().int().min(1).default(1),
});
export type Rule = z.infer<typeof rule>;
export type RuleInput = z.input<typeof rule>;
