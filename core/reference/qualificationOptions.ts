/**
 * BANT-CHAMP choices. Seed 003 ("Qualification Criteria Section") gives the default lists; seed
 * 002 (criteria group G3) gives the alternative wording sellers may switch to. Leads store the
 * option `value` (lead.qualification.budget = 'high'); labels are for display and may be renamed.
 * `rank` orders options from weakest to strongest signal; null means "not known".
 */
export interface QualificationOption {
  value: string;
  label: string;
  rank: number | null;
}

export type QualificationField = 'budget' | 'authority' | 'need' | 'timeline' | 'fit';

export const qualificationOptions: Readonly<Record<QualificationField, readonly QualificationOption[]>> = {
  budget: [
    { value: 'high', label: 'High Budget', rank: 3 },
    { value: 'medium', label: 'Medium Budget', rank: 2 },
    { value: 'low', label: 'Low Budget', rank: 1 },
    { value: 'not_disclosed', label: 'Not Sure / Not Disclosed', rank: null },
  ],
  authority: [
    { value: 'decision_maker', label: 'Decision Maker', rank: 3 },
    { value: 'influencer', label: 'Influencer', rank: 2 },
    { value: 'gatekeeper', label: 'Gatekeeper', rank: 1 },
    { value: 'not_disclosed', label: 'Not Sure / Not Disclosed', rank: null },
  ],
  need: [
    { value: 'urgent', label: 'Urgent Need', rank: 4 },
    { value: 'high', label: 'High Need', rank: 3 },
    { value: 'medium', label: 'Medium Need', rank: 2 },
    { value: 'low', label: 'Low Need', rank: 1 },
    { value: 'none', label: 'No Need Identified', rank: 0 },
  ],
  timeline: [
    { value: 'ready', label: 'Ready to Purchase', rank: 5 },
    { value: 'within_1_month', label: 'Within 1 Month', rank: 4 },
    { value: 'within_3_months', label: 'Within 3 Months', rank: 3 },
    { value: 'within_6_months', label: 'Within 6 Months', rank: 2 },
    { value: 'over_6_months', label: 'Longer than 6 Months', rank: 1 },
    { value: 'not_disclosed', label: 'Not Sure / Not Disclosed', rank: null },
  ],
  fit: [
    { value: 'perfect', label: 'Perfect Fit', rank: 3 },
    { value: 'good', label: 'Good Fit', rank: 2 },
    { value: 'partial', label: 'Partial Fit', rank: 1 },
    { value: 'none', label: 'Not a Fit', rank: 0 },
  ],
};

/** Seed 002, G3 "Lead BANT-Champ information": the criteria table's own option lists. */
export const g3QualificationOptions = {
  authority: [
    { value: 'decision_maker', label: 'Decision Maker', rank: 3 },
    { value: 'influencer', label: 'Influencer', rank: 2 },
    { value: 'other', label: 'Other', rank: 1 },
  ],
  need: [
    { value: 'urgent', label: 'Urgent', rank: 4 },
    { value: 'strong', label: 'Strong', rank: 3 },
    { value: 'moderate', label: 'Moderate', rank: 2 },
    { value: 'weak', label: 'Weak', rank: 1 },
  ],
  timeline: [
    { value: 'within_1_week', label: 'Within 1 Week', rank: 4 },
    { value: '1_3_months', label: '1-3 Months', rank: 3 },
    { value: '3_6_months', label: '3-6 Months', rank: 2 },
    { value: 'over_6_months', label: '6+ Months', rank: 1 },
  ],
  timelineTerms: [
    { value: 'immediate', label: 'Immediate', rank: 3 },
    { value: 'short_term', label: 'Short-term', rank: 2 },
    { value: 'long_term', label: 'Long-term', rank: 1 },
  ],
  /** Challenges are a list; each kind comes with the buyer's own words ("Technical: grid code"). */
  challenges: [
    { value: 'technical', label: 'Technical', rank: null },
    { value: 'financial', label: 'Financial', rank: null },
    { value: 'operational', label: 'Operational', rank: null },
  ],
} as const satisfies Record<string, readonly QualificationOption[]>;

/** The option of a field by stored value, looking in the default list, then in G3's. */
export function findQualificationOption(field: QualificationField, value: string): QualificationOption | undefined {
  const fromDefault = qualificationOptions[field].find((option) => option.value === value);
  if (fromDefault) return fromDefault;
  const g3: Partial<Record<QualificationField, readonly QualificationOption[]>> = g3QualificationOptions;
  return g3[field]?.find((option) => option.value === value);
}
