import type { LeadListFilters } from '../../../data/contract';

/** True when any facet (not the search box) narrows the list. */
export function hasFacetFilters(filters: LeadListFilters): boolean {
  return (
    filters.groups.length +
      filters.sources.length +
      filters.tags.length +
      filters.countries.length +
      (filters.temperatures?.length ?? 0) +
      (filters.engagementLevels?.length ?? 0) +
      (filters.owners?.length ?? 0) >
    0
  );
}
