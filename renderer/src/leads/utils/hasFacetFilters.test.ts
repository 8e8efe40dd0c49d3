import { describe, expect, it } from 'vitest';
import { emptyLeadListQuery } from './emptyLeadListQuery';
import { hasFacetFilters } from './hasFacetFilters';

describe('hasFacetFilters', () => {
  const none = emptyLeadListQuery.filters;

  it('is false with nothing selected, whatever the search', () => {
    expect(hasFacetFilters(none)).toBe(false);
    expect(hasFacetFilters({ ...none, search: 'acme' })).toBe(false);
    expect(hasFacetFilters({ search: '', groups: [], sources: [], tags: [], countries: [] })).toBe(false);
  });

  it('is true for any facet, the new ones included', () => {
    expect(hasFacetFilters({ ...none, countries: ['DE'] })).toBe(true);
    expect(hasFacetFilters({ ...none, temperatures: ['hot'] })).toBe(true);
    expect(hasFacetFilters({ ...none, engagementLevels: ['not-assessed'] })).toBe(true);
    expect(hasFacetFilters({ ...none, owners: ['seller-1'] })).toBe(true);
  });
});
