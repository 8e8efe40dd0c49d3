import type { SortingState } from '@tanstack/react-table';
import type { LeadListQuery } from '../../../data/contract';

/** The list query's sort as @tanstack/react-table sorting state. */
export function queryToSorting(query: LeadListQuery): SortingState {
  return query.sort ? [{ id: query.sort.column, desc: query.sort.direction === 'desc' }] : [];
}
