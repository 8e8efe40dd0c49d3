import type { CriterionGroup } from '../../../../core/scoring/scoringModel';

/** Seed 002's criteria groups in the seller's words. */
export const criteriaGroupNames: Record<CriterionGroup, string> = {
  G1: 'Contact information',
  G2: 'Company information',
  G3: 'Qualification (BANT-CHAMP) and fit',
  G4: 'Buyer engagement with you',
  G5: 'Buyer engagement with the platform',
};
