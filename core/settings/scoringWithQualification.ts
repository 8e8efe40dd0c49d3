import type { ScoringCriterion, ScoringModel } from '../scoring/scoringModel';
import { qualificationFields, type QualificationSettings } from './qualificationSettings';

type Field = (typeof qualificationFields)[number];

function qualificationFieldOf(c: ScoringCriterion): Field | null {
  if (!('field' in c.evaluation)) return null;
  const [head, tail] = c.evaluation.field.split('.');
  return head === 'qualification' && (qualificationFields as readonly string[]).includes(tail ?? '') ? (tail as Field) : null;
}

/**
 * The scoring model with the seller's qualification option lists: ranked criteria (budget, need,
 * timeline, fit) take their ranks from the lists, so a renamed or added option scores by its
 * rank. Criteria with fixed points per option (authority) keep their points; an option added
 * later scores nothing until points are given to it in the criteria table. Pure.
 */
export function scoringWithQualification(model: ScoringModel, qualification: QualificationSettings): ScoringModel {
  return {
    ...model,
    criteria: model.criteria.map((c) => {
      const fieldName = qualificationFieldOf(c);
      if (fieldName === null || c.evaluation.kind !== 'optionRank') return c;
      return { ...c, evaluation: { ...c.evaluation, ranks: qualification[fieldName].map((o) => ({ value: o.value, rank: o.rank })) } };
    }),
  };
}
