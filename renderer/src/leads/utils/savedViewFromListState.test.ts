import { describe, expect, it } from 'vitest';
import { savedViewData } from '../../../../core/model/config';
import type { LeadListQuery } from '../../../data/contract';
import { listStateFromSavedView } from './listStateFromSavedView';
import { savedViewFromListState } from './savedViewFromListState';

describe('saved views', () => {
  const query: LeadListQuery = {
    filters: { search: 'acme', groups: ['qualified'], sources: ['Events'], tags: ['hot'], countries: ['DE'] },
    sort: { column: 'score', direction: 'desc' },
  };

  it('round-trips list state through a valid saved view', () => {
    const view = savedViewFromListState(' Hot in Germany ', query, ['tags', 'stage']);
    expect(savedViewData.parse(view)).toEqual(view);
    expect(view.name).toBe('Hot in Germany');
    const state = listStateFromSavedView(view);
    expect(state.query).toEqual(query);
    expect(state.hiddenColumns.sort()).toEqual(['stage', 'tags']);
  });

  it('drops a sort on a column this version does not know', () => {
    const view = { ...savedViewFromListState('x', query, []), sort: { column: 'future', direction: 'asc' as const } };
    expect(listStateFromSavedView(view).query.sort).toBeNull();
  });
});
