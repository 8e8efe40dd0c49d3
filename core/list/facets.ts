import { sourceLabel } from './sourceLabel';
import { notAssessed, type ListFacets, type ListFilters, type ListRow } from './types';

/**
 * How many rows have each filterable value, kept up to date row by row so the filter menus
 * never need a pass over all rows.
 */
export class FacetCounts {
  private readonly groups = new Map<string, number>();
  private readonly sources = new Map<string, number>();
  private readonly tags = new Map<string, number>();
  private readonly countries = new Map<string, number>();
  private readonly owners = new Map<string, number>();

  add(row: ListRow, delta: 1 | -1): void {
    bump(this.groups, row.group, delta);
    bump(this.sources, sourceLabel(row), delta);
    bump(this.countries, row.country, delta);
    bump(this.owners, row.ownerId, delta);
    for (const tag of new Set(row.tags)) bump(this.tags, tag, delta);
  }

  clear(): void {
    for (const counts of [this.groups, this.sources, this.tags, this.countries, this.owners]) counts.clear();
  }

  /** Distinct non-empty values present, sorted for menus. */
  facets(compare: (a: string, b: string) => number): ListFacets {
    const sorted = (counts: Map<string, number>): string[] => [...counts.keys()].filter((value) => value !== '').sort(compare);
    return {
      groups: sorted(this.groups),
      sources: sorted(this.sources),
      tags: sorted(this.tags),
      countries: sorted(this.countries),
      owners: sorted(this.owners),
    };
  }
}

function bump(counts: Map<string, number>, value: string, delta: 1 | -1): void {
  const count = (counts.get(value) ?? 0) + delta;
  if (count > 0) counts.set(value, count);
  else counts.delete(value);
}

export type FacetFilters = Omit<ListFilters, 'search'>;

const selection = <T extends string>(values: readonly T[] | undefined): ReadonlySet<string> | null =>
  values && values.length > 0 ? new Set<string>(values) : null;

/** A row passes when, for each facet with a selection, it has one of the selected values. */
export function facetPredicate(filters: FacetFilters): ((row: ListRow) => boolean) | null {
  const groups = selection(filters.groups);
  const sources = selection(filters.sources);
  const tags = selection(filters.tags);
  const countries = selection(filters.countries);
  const temperatures = selection(filters.temperatures);
  const engagement = selection(filters.engagementLevels);
  const owners = selection(filters.owners);
  if (!groups && !sources && !tags && !countries && !temperatures && !engagement && !owners) return null;
  return (row) =>
    (!groups || groups.has(row.group)) &&
    (!sources || sources.has(sourceLabel(row))) &&
    (!countries || countries.has(row.country)) &&
    (!temperatures || temperatures.has(row.temperature)) &&
    (!engagement || engagement.has(row.engagementLevel ?? notAssessed)) &&
    (!owners || owners.has(row.ownerId)) &&
    (!tags || row.tags.some((tag) => tags.has(tag)));
}

/**
 * One string per distinct facet selection (order within a facet does not matter): the key of
 * cached filter results. Absent and empty selections give the same key.
 */
export function facetKey(filters: FacetFilters): string {
  const sorted = (values: readonly string[] | undefined): string[] => (values ? [...values].sort() : []);
  return JSON.stringify([
    sorted(filters.groups),
    sorted(filters.sources),
    sorted(filters.tags),
    sorted(filters.countries),
    sorted(filters.temperatures),
    sorted(filters.engagementLevels),
    sorted(filters.owners),
  ]);
}
