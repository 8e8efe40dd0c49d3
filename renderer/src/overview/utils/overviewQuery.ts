import type { LeadListQuery } from '../../../data/contract';
import type { OverviewFilters } from '../state/useOverviewFilters';

/**
 * The list query behind the Overview: its filters, no search, default order (the order does not
 * matter for counting, and the default order is the one the projection always has ready).
 */
export function overviewQuery(filters: OverviewFilters): LeadListQuery {
  return {
    filters: { search: '', groups: filters.groups, sources: filters.sources, tags: [], countries: [], owners: filters.owners },
    sort: null,
  };
}

export function hasOverviewFilters(filters: OverviewFilters): boolean {
  return filters.groups.length + filters.sources.length + filters.owners.length > 0;
}
