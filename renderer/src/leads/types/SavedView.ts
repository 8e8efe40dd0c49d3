import type { SavedViewData } from '../../../../core/model/config';

/** A saved view is data (config kind 'saved-view'): visible columns, filters and sort. */
export interface SavedView {
  key: string;
  data: SavedViewData;
}
