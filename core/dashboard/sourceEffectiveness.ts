import { sourceLabel } from '../list/sourceLabel';
import type { ListRow } from '../list/types';
import { compareText, rateOf } from './leadsInRange';

/** Group and stage ids that mean qualified and customer (seed 002 groups, seed 004 stages). */
export const qualifiedGroupId = 'qualified';
export const customerGroupId = 'customer';
export const closedCustomerStageId = 'closed_customers';

export interface SourceEffect {
  /** The list's source label ('' when the lead has none). */
  source: string;
  leads: number;
  /** In the Qualified group, or a customer (a customer was qualified on the way). */
  qualified: number;
  /** In the Customer group, or at the Closed Customers stage. */
  customers: number;
  qualificationRate: number | null;
  /** customers ÷ leads. */
  conversionRate: number | null;
  averageScore: number | null;
}

type Row = Pick<ListRow, 'sourceCategory' | 'sourceChannel' | 'group' | 'stage' | 'score'>;

export function isCustomer(row: Pick<ListRow, 'group' | 'stage'>): boolean {
  return row.group === customerGroupId || row.stage === closedCustomerStageId;
}

/** Per source: leads, qualified, customers, conversion and average score; most leads first. */
export function sourceEffectiveness(rows: readonly Row[]): SourceEffect[] {
  const bySource = new Map<string, { leads: number; qualified: number; customers: number; scoreSum: number; scored: number }>();
  for (const row of rows) {
    const source = sourceLabel(row);
    let entry = bySource.get(source);
    if (!entry) {
      entry = { leads: 0, qualified: 0, customers: 0, scoreSum: 0, scored: 0 };
      bySource.set(source, entry);
    }
    entry.leads += 1;
    const customer = isCustomer(row);
    if (customer) entry.customers += 1;
    if (customer || row.group === qualifiedGroupId) entry.qualified += 1;
    if (Number.isFinite(row.score)) {
      entry.scoreSum += row.score;
      entry.scored += 1;
    }
  }
  return [...bySource]
    .map(([source, e]) => ({
      source,
      leads: e.leads,
      qualified: e.qualified,
      customers: e.customers,
      qualificationRate: rateOf(e.qualified, e.leads),
      conversionRate: rateOf(e.customers, e.leads),
      averageScore: e.scored > 0 ? e.scoreSum / e.scored : null,
    }))
    .sort((a, b) => b.leads - a.leads || compareText(a.source, b.source));
}
