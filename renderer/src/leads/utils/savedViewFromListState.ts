import type { SavedViewData } from '../../../../core/model/config';
import type { LeadColumn, LeadListQuery } from '../../../data/contract';
import { leadColumns } from './leadColumns';

/** What the user is looking at, as a saved view's data. */
export function savedViewFromListState(name: string, query: LeadListQuery, hiddenColumns: readonly LeadColumn[]): SavedViewData {
  return {
    name: name.trim(),
    columns: leadColumns.map((c) => c.id).filter((id) => !hiddenColumns.includes(id)),
    sort: query.sort ? { column: query.sort.column, direction: query.sort.direction } : null,
    filters: {
      search: query.filters.search,
      groups: [...query.filters.groups],
      sources: [...query.filters.sources],
      tags: [...query.filters.tags],
      countries: [...query.filters.countries],
      temperatures: [...(query.filters.temperatures ?? [])],
      engagementLevels: [...(query.filters.engagementLevels ?? [])],
      owners: [...(query.filters.owners ?? [])],
    },
  };
}
