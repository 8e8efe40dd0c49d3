import { describe, expect, it } from 'vitest';
import { savedViewData } from '../../../../core/model/config';
import type { LeadListQuery } from '../../../data/contract';
import { listStateFromSavedView } from './listStateFromSavedView';
import { savedViewFromListState } from './savedViewFromListState';

describe('saved views', () => {
  const query: LeadListQuery = {
    filters: {
      search: 'acme',
      groups: ['qualified'],
      sources: ['Events'],
      tags: ['hot'],
      countries: ['DE'],
      temperatures: ['hot', 'warm'],
      engagementLevels: ['HOT', 'not-assessed'],
      owners: ['seller-1'],
    },
    sort: { column: 'score', direction: 'desc' },
  };

  it('round-trips list state through a valid saved view', () => {
    const view = savedViewFromListState(' Hot in Germany ', query, ['tags', 'stage', 'urgency']);
    expect(savedViewData.parse(view)).toEqual(view);
    expect(view.name).toBe('Hot in Germany');
    const state = listStateFromSavedView(view);
    expect(state.query).toEqual(query);
    expect(state.hiddenColumns.sort()).toEqual(['stage', 'tags', 'urgency']);
  });

  it('reads a view saved before the temperature, engagement and owner filters as not filtering on them', () => {
    const older = savedViewData.parse({ name: 'Old', columns: ['name'], filters: { search: '', groups: ['qualified'], sources: [], tags: [], countries: [] } });
    expect(listStateFromSavedView(older).query.filters).toMatchObject({ groups: ['qualified'], temperatures: [], engagementLevels: [], owners: [] });
  });

  it('refuses a saved engagement filter that is not a level', () => {
    const view = savedViewFromListState('x', query, []);
    expect(savedViewData.safeParse({ ...view, filters: { ...view.filters, engagementLevels: ['hot'] } }).success).toBe(false);
    expect(savedViewData.safeParse({ ...view, filters: { ...view.filters, temperatures: ['HOT'] } }).success).toBe(false);
  });

  it('drops a sort on a column this version does not know', () => {
    const view = { ...savedViewFromListState('x', query, []), sort: { column: 'future', direction: 'asc' as const } };
    expect(listStateFromSavedView(view).query.sort).toBeNull();
  });
});
