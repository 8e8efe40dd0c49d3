import type { ScoringCriterion } from './scoringModel';

/**
 * The most points a lead can really earn on a criterion under the model as set: a target list
 * left empty, a counter whose steps stop below the maximum or a seed maximum the evaluation
 * cannot reach leave points that no lead can earn, and advice must not ask for them.
 */
export function reachableMax(c: ScoringCriterion): number {
  const e = c.evaluation;
  const info = c.informationPoints;
  const top = (steps: readonly { points: number }[]) => steps.reduce((best, s) => Math.max(best, s.points), 0);
  let most: number;
  switch (e.kind) {
    case 'notTracked':
      return 0;
    case 'timeUntouched':
      return 0;
    case 'present':
      most = info;
      break;
    case 'inList':
      most = info + Math.max(e.values.length > 0 ? c.evaluationPoints : 0, e.partialValues.length > 0 ? e.partialPoints : 0);
      break;
    case 'seniority':
      most = info + (e.seniorities.length > 0 ? c.evaluationPoints : 0);
      break;
    case 'optionRank':
      most = e.ranks.some((o) => o.rank !== null) ? info + (e.ranks.some((o) => (o.rank ?? 0) > 0) ? c.evaluationPoints : 0) : info;
      break;
    case 'optionPoints':
      most = top(e.options);
      break;
    case 'scale':
      most = info + top(e.steps);
      break;
    case 'counter':
      most = top(e.steps);
      break;
    case 'rate':
      most = info + top(e.steps);
      break;
  }
  return Math.min(c.maxPoints, most);
}
