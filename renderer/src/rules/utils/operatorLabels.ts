import type { RuleOperator } from '../../../../core/rules/compileCriteria';

/** Operators in the seller's words, as the criterion picker reads: "Score is more than 70". */
export const operatorLabels: Record<RuleOperator, string> = {
  equals: 'is',
  not_equals: 'is not',
  contains: 'contains',
  not_contains: 'does not contain',
  in_list: 'is one of',
  not_in_list: 'is none of',
  greater_than: 'is more than',
  less_than: 'is less than',
  within_range: 'is between',
  is_empty: 'is empty',
  is_not_empty: 'is not empty',
};
