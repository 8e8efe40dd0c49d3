import { criterionGroups, type CriterionGroup, type ScoringCriterion, type ScoringModel } from '../../../../core/scoring/scoringModel';

/**
 * The formula's denominator as scoreLead computes it: Σ max × weight over enabled criteria with a
 * positive maximum, plus the behaviour line. Penalties never raise the maximum.
 */
export function maxWeightedPoints(model: ScoringModel): number {
  const criteria = model.criteria.reduce((sum, c) => sum + weightedMax(c), 0);
  return criteria + Math.max(0, model.behaviour.maxPoints) * model.behaviour.weight;
}

/** What one criterion adds to the maximum (0 when disabled or a penalty). */
export function weightedMax(c: ScoringCriterion): number {
  return c.enabled && c.maxPoints > 0 ? c.maxPoints * c.weight : 0;
}

/** Percent of the maximum, one decimal; 0 when there is no maximum. */
export function sharePercent(part: number, total: number): number {
  if (!(total > 0)) return 0;
  return Math.round((part / total) * 1000) / 10;
}

/** Each criteria group's share of the maximum weighted points. */
export function groupShares(model: ScoringModel): Record<CriterionGroup, number> {
  const total = maxWeightedPoints(model);
  const shares = {} as Record<CriterionGroup, number>;
  for (const group of criterionGroups) {
    const part = model.criteria.filter((c) => c.group === group).reduce((sum, c) => sum + weightedMax(c), 0);
    shares[group] = sharePercent(part, total);
  }
  return shares;
}

/** "12.5 %" style, as the table shows shares. */
export function formatShare(percent: number): string {
  return `${percent.toLocaleString('en', { maximumFractionDigits: 1 })} %`;
}
