import { z } from 'zod';
import { leadEventTypes } from '../model/event';
import { engagementCounters } from '../model/lead';

/**
 * The lead scoring model as data (seed 002's criteria table + seed 001's behaviour rules), so an
 * admin or seller can edit points and weights without code changes. scoreLead interprets it.
 */

export const criterionGroups = ['G1', 'G2', 'G3', 'G4', 'G5'] as const;
export type CriterionGroup = (typeof criterionGroups)[number];

/** Lead fields a criterion may read; a closed list so a model can never reach arbitrary data. */
export const scoredFields = [
  'name',
  'email',
  'phone',
  'country',
  'jobTitle',
  'source.category',
  'source.channel',
  'company.name',
  'company.size',
  'company.annualRevenue',
  'company.industry',
  'qualification.budget',
  'qualification.budgetAmount',
  'qualification.authority',
  'qualification.need',
  'qualification.timeline',
  'qualification.challenges',
  'qualification.fit',
  'engagementLevel',
  'stage',
] as const;
export type ScoredField = (typeof scoredFields)[number];

export const counterNames = engagementCounters.keyof().options;
export type CounterName = (typeof counterNames)[number];

const points = z.number().finite();
const field = z.enum(scoredFields);
const counter = z.enum(counterNames);
/** Ordered list of "at least min → points" steps; the highest step reached wins. */
const steps = z.array(z.object({ min: z.number().finite(), points: points.min(0) })).max(50);

export const criterionEvaluation = z.discriminatedUnion('kind', [
  /** Information points when the field holds anything; nothing to evaluate. */
  z.object({ kind: z.literal('present'), field }),
  /** Information points when present; evaluation points when the value is in `values` (case-insensitive), `partialPoints` when in `partialValues`. */
  z.object({
    kind: z.literal('inList'),
    field,
    values: z.array(z.string().max(200)).max(500),
    partialValues: z.array(z.string().max(200)).max(500).default([]),
    partialPoints: points.min(0).default(0),
  }),
  /** Job title looked up in the reference list; evaluation points when its seniority is listed. */
  z.object({ kind: z.literal('seniority'), field, seniorities: z.array(z.string().max(40)).max(20) }),
  /** Option with a rank: evaluation points × rank ÷ highest rank. Unknown values score nothing. */
  z.object({
    kind: z.literal('optionRank'),
    field,
    ranks: z.array(z.object({ value: z.string().max(200), rank: z.number().min(0).nullable() })).min(1).max(50),
  }),
  /** Option with fixed evaluation points each. Unknown values score nothing. */
  z.object({
    kind: z.literal('optionPoints'),
    field,
    options: z.array(z.object({ value: z.string().max(200), points: points.min(0) })).min(1).max(50),
  }),
  /** Numeric field: information points when known, evaluation points from `steps`. */
  z.object({ kind: z.literal('scale'), field, steps }),
  /** Engagement counter: total points from `steps` over the count (information + evaluation together). */
  z.object({ kind: z.literal('counter'), counter, steps }),
  /** Percentage numerator ÷ denominator: information points if numerator > 0, evaluation points from `steps` over the percentage. */
  z.object({ kind: z.literal('rate'), numerator: counter, denominator: counter, steps }),
  /** Penalty by days since the last sign of active interest (seed 002 "Time Untouched"); step points are ≤ 0. */
  z.object({
    kind: z.literal('timeUntouched'),
    steps: z.array(z.object({ minDays: z.number().min(0), points: z.number().max(0) })).max(20),
  }),
  /** The data is not available to the app yet (platform analytics); the criterion cannot be scored. */
  z.object({ kind: z.literal('notTracked'), why: z.string().max(300) }),
]);
export type CriterionEvaluation = z.infer<typeof criterionEvaluation>;

export const scoringCriterion = z
  .object({
    id: z.string().min(1).max(64).regex(/^[a-z0-9_]+$/),
    group: z.enum(criterionGroups),
    /** Seed 002 sub-table, e.g. "G3B Fit with Product". */
    section: z.string().max(100).default(''),
    name: z.string().min(1).max(100),
    /** Top of the seed's information-point range ("1-3" → 3). */
    informationPoints: points.min(0),
    /** Top of the seed's evaluation-point range ("0-8" → 8). */
    evaluationPoints: points.min(0),
    /** Negative only for penalties (Time Untouched: -10). */
    maxPoints: points,
    weight: z.number().int().min(1).max(5),
    /** Disabled criteria count neither in the score nor in the maximum. */
    enabled: z.boolean().default(true),
    /** The seed table's own wording of the points, kept for the criteria screen. */
    seedNote: z.string().max(300).default(''),
    evaluation: criterionEvaluation,
  })
  .refine((c) => (c.evaluation.kind === 'timeUntouched') === c.maxPoints < 0, {
    message: 'only timeUntouched criteria have negative max points',
  });
export type ScoringCriterion = z.infer<typeof scoringCriterion>;

/** One seed 001 behaviour: points per matching event and linear decay per full week of age. */
export const behaviourAction = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(100),
  points: points.min(0),
  decayPerWeek: points.min(0),
  eventType: z.enum(leadEventTypes),
  /** Optional refinement on event.data (e.g. page === 'pricing'); first matching action wins. */
  match: z.object({ key: z.string().max(60), value: z.string().max(200) }).nullable().default(null),
});
export type BehaviourAction = z.infer<typeof behaviourAction>;

export const behaviourSettings = z.object({
  actions: z.array(behaviourAction).max(100),
  /** Extra points for a page view within `withinDays` of the previous one (seed 001 "Return visit"). */
  returnVisit: z.object({ points: points.min(0), withinDays: z.number().min(0) }),
  /** Behaviour points are capped here (seed 001: behavioural score 0-50). */
  maxPoints: points.min(0),
  /** Weight of the behaviour line inside the normalised formula. */
  weight: z.number().int().min(0).max(5),
  /** Fraction lost per full week without engagement (0.1 = 10 %). */
  weeklyDecay: z.number().min(0).max(1),
  /** Decay never takes behaviour below this once there was any engagement. */
  floor: points.min(0),
  /** No activity for this many days resets behaviour to 0. */
  resetAfterDays: z.number().min(0),
});
export type BehaviourSettings = z.infer<typeof behaviourSettings>;

/** Score points (after normalisation) taken off for a lead's status. */
export const statusPenalty = z.object({
  id: z.string().min(1).max(64),
  label: z.string().min(1).max(100),
  when: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('group'), group: z.string().min(1).max(64) }),
    z.object({ kind: z.literal('tag'), tag: z.string().min(1).max(60) }),
    z.object({ kind: z.literal('consent'), flag: z.enum(['unsubscribed', 'bounced']) }),
  ]),
  points: z.number().max(0).min(-100),
});
export type StatusPenalty = z.infer<typeof statusPenalty>;

export const temperatureBand = z.object({
  temperature: z.enum(['hot', 'warm', 'cool', 'cold']),
  /** Lowest (rounded) score in the band. */
  min: z.number().min(0).max(100),
});

export const scoringModel = z
  .object({
    criteria: z.array(scoringCriterion).min(1).max(200),
    behaviour: behaviourSettings,
    statusPenalties: z.array(statusPenalty).max(50),
    /** Highest band first. */
    bands: z.array(temperatureBand).length(4),
  })
  .refine((m) => new Set(m.criteria.map((c) => c.id)).size === m.criteria.length, { message: 'criterion ids must be unique' })
  .refine((m) => m.bands.every((b, i, all) => i === 0 || b.min < (all[i - 1]?.min ?? Infinity)) && m.bands.at(-1)?.min === 0, {
    message: 'bands must be in descending order and the last one must start at 0',
  });
export type ScoringModel = z.infer<typeof scoringModel>;
export type ScoringModelInput = z.input<typeof scoringModel>;
