import type { LeadColumn, LeadListQuery } from '../../../data/contract';

/** Header clicks cycle a column: ascending → descending → unsorted. */
export function nextSort(current: LeadListQuery['sort'], column: LeadColumn): LeadListQuery['sort'] {
  if (!current || current.column !== column) return { column, direction: 'asc' };
  if (current.direction === 'asc') return { column, direction: 'desc' };
  return null;
}
