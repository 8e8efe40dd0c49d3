import type { Lead } from '../model/lead';
import type { QualificationSettings } from '../settings/qualificationSettings';

/**
 * Seed 003 §5: a lead converts "when it has met the qualification criteria in section 2". Ready
 * when it is in group Qualified, or when its BANT answers meet the bar: budget, authority, need
 * and fit each at rank 2 or more (medium budget, influencer, medium need, good fit — on the
 * seller's option lists). Otherwise the seller may still convert, after a warning that names
 * what is missing. A lead already converted is refused (undo the conversion first).
 */
export interface ConversionReadiness {
  /** False only when converting is refused outright. */
  allowed: boolean;
  /** Meets the criteria: no warning needed. */
  ready: boolean;
  /** Why it is ready, or what is missing / why it is refused, in the seller's words. */
  reasons: string[];
}

const bantFields = ['budget', 'authority', 'need', 'fit'] as const;
const bantWords: Record<(typeof bantFields)[number], string> = { budget: 'budget', authority: 'authority', need: 'need', fit: 'fit' };
export const minimumRank = 2;

export function conversionReadiness(lead: Lead, options: QualificationSettings): ConversionReadiness {
  if (lead.conversion !== null) return { allowed: false, ready: false, reasons: ['This lead was converted already; undo that conversion to convert it again'] };
  if (lead.group === 'qualified') return { allowed: true, ready: true, reasons: ['The lead is in group Qualified'] };
  const missing: string[] = [];
  for (const field of bantFields) {
    const value = lead.qualification[field];
    const option = options[field].find((o) => o.value === value);
    if (value === '' || !option) missing.push(`${bantWords[field]} not assessed`);
    else if (option.rank === null || option.rank < minimumRank) missing.push(`${bantWords[field]}: ${option.label}`);
  }
  if (missing.length === 0) return { allowed: true, ready: true, reasons: ['Budget, authority, need and fit meet the qualification criteria'] };
  return { allowed: true, ready: false, reasons: [`The lead is not in group Qualified and its qualification falls short (${missing.join('; ')})`] };
}
