import type { LeadEvent } from '../model/event';
import type { Lead } from '../model/lead';
import { behaviourPoints, type BehaviourResult } from './behaviourPoints';
import { evaluateCriterion } from './evaluateCriterion';
import { pts, round } from './format';
import type { CriterionGroup, ScoringModel, StatusPenalty } from './scoringModel';
import { temperatureFor, type Temperature } from './temperatureFor';

export interface LedgerLine {
  criterionId: string;
  name: string;
  group: CriterionGroup | 'behaviour';
  achieved: number;
  max: number;
  weight: number;
  /** Score points (0–100 scale) this line adds; negative for penalties. */
  contribution: number;
  reason: string;
}

export interface PenaltyLine {
  id: string;
  label: string;
  /** Score points taken off (≤ 0); a rule's adjustment may also add (> 0). */
  points: number;
  reason: string;
}

export interface ScoreResult {
  score: number;
  temperature: Temperature;
  ledger: LedgerLine[];
  behaviour: BehaviourResult;
  penalties: PenaltyLine[];
  /** Σ max × weight over the positive lines: the formula's denominator (0 when nothing is scorable). */
  maxWeighted: number;
  /** The score before clamping to 0–100 (below 0 when penalties outweigh the points). */
  unclamped: number;
}

export const BEHAVIOUR_LINE_ID = 'behaviour';
export const RULE_ADJUSTMENT_ID = 'rule_adjustment';

export function statusApplies(p: StatusPenalty, lead: Lead): boolean {
  switch (p.when.kind) {
    case 'group':
      return lead.group === p.when.group;
    case 'tag': {
      const tag = p.when.tag.toLowerCase();
      return Array.isArray(lead.tags) && lead.tags.some((t) => typeof t === 'string' && t.toLowerCase() === tag);
    }
    case 'consent':
      return lead.consent?.[p.when.flag] === true;
  }
}

/**
 * Seed 002's normalised score, LS = Σ(achieved × weight) ÷ Σ(max × weight) × 100, with:
 * - seed 001's behaviour points as one more line (max = behaviour.maxPoints, its own weight), so
 *   engagement is weighed like any criterion and explained the same way;
 * - Time Untouched (negative max) adding its negative achieved × weight to the numerator but not
 *   to the denominator: a penalty must lower the score, never raise the maximum;
 * - status penalties (spam, blocked, not interested, …) subtracted afterwards in score points;
 * then clamped to 0–100 and rounded to one decimal. Disabled criteria count nowhere.
 * Pure: inputs are only read.
 */
export function scoreLead(lead: Lead, events: readonly LeadEvent[], model: ScoringModel, now: number): ScoreResult {
  const evaluated = model.criteria
    .filter((c) => c.enabled)
    .map((c) => ({ c, outcome: evaluateCriterion(c, lead, now) }));
  const behaviour = behaviourPoints(lead.id, events, model.behaviour, now);

  const positiveMax = evaluated.reduce((sum, { c }) => sum + (c.maxPoints > 0 ? c.maxPoints * c.weight : 0), 0);
  const maxWeighted = positiveMax + model.behaviour.maxPoints * model.behaviour.weight;
  const toScore = (weighted: number): number => (maxWeighted > 0 ? (weighted / maxWeighted) * 100 : 0);

  const ledger: LedgerLine[] = evaluated.map(({ c, outcome }) => ({
    criterionId: c.id,
    name: c.name,
    group: c.group,
    achieved: outcome.achieved,
    max: c.maxPoints,
    weight: c.weight,
    contribution: round(toScore(outcome.achieved * c.weight), 2),
    reason: outcome.reason,
  }));
  if (model.behaviour.weight > 0 && model.behaviour.maxPoints > 0) {
    ledger.push({
      criterionId: BEHAVIOUR_LINE_ID,
      name: 'Engagement behaviour',
      group: 'behaviour',
      achieved: behaviour.decayed,
      max: model.behaviour.maxPoints,
      weight: model.behaviour.weight,
      contribution: round(toScore(behaviour.decayed * model.behaviour.weight), 2),
      reason: behaviour.reason,
    });
  }

  const weightedSum =
    evaluated.reduce((sum, { c, outcome }) => sum + outcome.achieved * c.weight, 0) +
    (model.behaviour.maxPoints > 0 ? behaviour.decayed * model.behaviour.weight : 0);

  const penalties: PenaltyLine[] = evaluated
    .filter(({ c, outcome }) => c.maxPoints < 0 && outcome.achieved < 0)
    .map(({ c, outcome }) => ({
      id: c.id,
      label: c.name,
      points: round(toScore(outcome.achieved * c.weight), 2),
      reason: `${outcome.reason} × weight ${c.weight}`,
    }));
  const status = model.statusPenalties.filter((p) => statusApplies(p, lead));
  for (const p of status) penalties.push({ id: p.id, label: p.label, points: p.points, reason: `${p.label}: ${pts(p.points)} off the score` });

  // Points a rule added or took off ("adjust score by points", issue 5), on the 0–100 scale.
  const adjustment = Number.isFinite(lead.scoreAdjustment) ? Math.max(-100, Math.min(100, lead.scoreAdjustment)) : 0;
  if (adjustment !== 0) penalties.push({ id: RULE_ADJUSTMENT_ID, label: 'Rule adjustment', points: adjustment, reason: `Rules ${adjustment > 0 ? 'added' : 'took off'} ${pts(Math.abs(adjustment))}` });

  const raw = toScore(weightedSum) + status.reduce((sum, p) => sum + p.points, 0) + adjustment;
  const score = round(Math.min(100, Math.max(0, raw)), 1);
  return { score, temperature: temperatureFor(score, model.bands), ledger, behaviour, penalties, maxWeighted, unclamped: round(raw, 1) };
}
