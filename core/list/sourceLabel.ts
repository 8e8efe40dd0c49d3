import type { ListRow } from './types';

/**
 * The one label a lead's source shows as in the list, its sort and the "sources" filter: the
 * channel (e.g. "Events"), or the category when no channel is known.
 */
export function sourceLabel(row: Pick<ListRow, 'sourceCategory' | 'sourceChannel'>): string {
  return row.sourceChannel !== '' ? row.sourceChannel : row.sourceCategory;
}
