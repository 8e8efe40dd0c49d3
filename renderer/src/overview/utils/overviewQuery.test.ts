import { describe, expect, it } from 'vitest';
import { summariseLeads } from '../../../../core/list/leadOverview';
import { LeadListIndex } from '../../../../core/list/leadListIndex';
import { syntheticRows } from '../../../../tests/fixtures/syntheticRows';
import { hasOverviewFilters, overviewQuery } from './overviewQuery';

describe('overviewQuery', () => {
  it('filters by group, source and owner only', () => {
    const query = overviewQuery({ groups: ['qualified'], sources: ['Events'], owners: ['seller-1'] });
    expect(query).toEqual({
      filters: { search: '', groups: ['qualified'], sources: ['Events'], tags: [], countries: [], owners: ['seller-1'] },
      sort: null,
    });
    expect(hasOverviewFilters({ groups: [], sources: [], owners: [] })).toBe(false);
    expect(hasOverviewFilters({ groups: [], sources: [], owners: ['me'] })).toBe(true);
  });

  it('counts exactly the leads the list shows for the same filters', () => {
    const rows = syntheticRows(2_000, 11);
    const index = new LeadListIndex();
    index.replaceAll(rows);
    const filters = { groups: ['qualified', 'nurturing'], sources: ['Events'], owners: ['seller-1'] };
    const overview = summariseLeads(index.query(overviewQuery(filters)));
    const expected = rows.filter((r) => filters.groups.includes(r.group) && r.sourceChannel === 'Events' && r.ownerId === 'seller-1');
    expect(overview.total).toBe(expected.length);
    expect(overview.groups.map((g) => g.group).sort()).toEqual(['nurturing', 'qualified']);
  });
});
