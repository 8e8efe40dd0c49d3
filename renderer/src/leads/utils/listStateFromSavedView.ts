import type { SavedViewData } from '../../../../core/model/config';
import type { LeadColumn, LeadListQuery } from '../../../data/contract';
import { leadColumns } from './leadColumns';

function isLeadColumn(value: string): value is LeadColumn {
  return leadColumns.some((c) => c.id === value);
}

/** A saved view's data as list query and hidden columns; unknown columns are ignored. */
export function listStateFromSavedView(view: SavedViewData): { query: LeadListQuery; hiddenColumns: LeadColumn[] } {
  const sortColumn = view.sort?.column;
  return {
    query: {
      filters: {
        search: view.filters.search,
        groups: [...view.filters.groups],
        sources: [...view.filters.sources],
        tags: [...view.filters.tags],
        countries: [...view.filters.countries],
        temperatures: [...view.filters.temperatures],
        engagementLevels: [...view.filters.engagementLevels],
        owners: [...view.filters.owners],
      },
      sort: view.sort && sortColumn && isLeadColumn(sortColumn) ? { column: sortColumn, direction: view.sort.direction } : null,
    },
    hiddenColumns: leadColumns.map((c) => c.id).filter((id) => !view.columns.includes(id)),
  };
}
