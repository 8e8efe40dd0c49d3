import { sourceLabel } from './sourceLabel';
import type { ListFacets, ListFilters, ListRow } from './types';

/**
 * How many rows have each filterable value, kept up to date row by row so the filter menus
 * never need a pass over all rows.
 */
export class FacetCounts {
  private readonly groups = new Map<string, number>();
  private readonly sources = new Map<string, number>();
  private readonly tags = new Map<string, number>();
  private readonly countries = new Map<string, number>();

  add(row: ListRow, delta: 1 | -1): void {
    bump(this.groups, row.group, delta);
    bump(this.sources, sourceLabel(row), delta);
    bump(this.countries, row.country, delta);
    for (const tag of new Set(row.tags)) bump(this.tags, tag, delta);
  }

  clear(): void {
    for (const counts of [this.groups, this.sources, this.tags, this.countries]) counts.clear();
  }

  /** Distinct non-empty values present, sorted for menus. */
  facets(compare: (a: string, b: string) => number): ListFacets {
    const sorted = (counts: Map<string, number>): string[] => [...counts.keys()].filter((value) => value !== '').sort(compare);
    return { groups: sorted(this.groups), sources: sorted(this.sources), tags: sorted(this.tags), countries: sorted(this.countries) };
  }
}

function bump(counts: Map<string, number>, value: string, delta: 1 | -1): void {
  const count = (counts.get(value) ?? 0) + delta;
  if (count > 0) counts.set(value, count);
  else counts.delete(value);
}

/** A row passes when, for each facet with a selection, it has one of the selected values. */
export function facetPredicate(filters: Pick<ListFilters, 'groups' | 'sources' | 'tags' | 'countries'>): ((row: ListRow) => boolean) | null {
  const groups = filters.groups.length > 0 ? new Set(filters.groups) : null;
  const sources = filters.sources.length > 0 ? new Set(filters.sources) : null;
  const tags = filters.tags.length > 0 ? new Set(filters.tags) : null;
  const countries = filters.countries.length > 0 ? new Set(filters.countries) : null;
  if (!groups && !sources && !tags && !countries) return null;
  return (row) =>
    (!groups || groups.has(row.group)) &&
    (!sources || sources.has(sourceLabel(row))) &&
    (!countries || countries.has(row.country)) &&
    (!tags || row.tags.some((tag) => tags.has(tag)));
}
