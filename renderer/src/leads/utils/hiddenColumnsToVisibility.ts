import type { VisibilityState } from '@tanstack/react-table';
import type { LeadColumn } from '../../../data/contract';

/** Saved views store hidden columns; the table wants a visibility map. */
export function hiddenColumnsToVisibility(hidden: readonly LeadColumn[]): VisibilityState {
  return Object.fromEntries(hidden.map((column) => [column, false]));
}
