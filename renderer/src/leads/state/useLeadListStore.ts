import { create } from 'zustand';
import type { LeadColumn, LeadListFilters, LeadListQuery } from '../../../data/contract';
import { emptyLeadListQuery } from '../utils/emptyLeadListQuery';

export type LeadListFacetKey = Exclude<keyof LeadListFilters, 'search'>;

interface LeadListState {
  query: LeadListQuery;
  hiddenColumns: LeadColumn[];
  activeViewId: string | null;
  selection: ReadonlySet<string>;
  selectionAnchor: string | null;
  focusedId: string | null;
  setSearch(search: string): void;
  setFilter<K extends LeadListFacetKey>(key: K, values: NonNullable<LeadListFilters[K]>): void;
  clearFilters(): void;
  setSort(sort: LeadListQuery['sort']): void;
  toggleColumn(column: LeadColumn): void;
  applyView(view: { id: string; query: LeadListQuery; hiddenColumns: readonly LeadColumn[] } | null): void;
  setSelection(selection: ReadonlySet<string>, anchor?: string | null): void;
  setFocusedId(id: string | null): void;
}

/**
 * UI state of the Lead Center list (what the user is looking at), kept while they open a lead
 * or capture and come back. The rows themselves live in the data layer's projection.
 */
export const useLeadListStore = create<LeadListState>((set, get) => ({
  query: emptyLeadListQuery,
  hiddenColumns: [],
  activeViewId: null,
  selection: new Set(),
  selectionAnchor: null,
  focusedId: null,
  setSearch(search) {
    const { query } = get();
    set({ query: { ...query, filters: { ...query.filters, search } } });
  },
  setFilter(key, values) {
    const { query } = get();
    set({ query: { ...query, filters: { ...query.filters, [key]: [...values] } } });
  },
  clearFilters() {
    const { query } = get();
    set({ query: { ...query, filters: emptyLeadListQuery.filters } });
  },
  setSort(sort) {
    set({ query: { ...get().query, sort } });
  },
  toggleColumn(column) {
    const hidden = get().hiddenColumns;
    set({ hiddenColumns: hidden.includes(column) ? hidden.filter((c) => c !== column) : [...hidden, column] });
  },
  applyView(view) {
    set(
      view
        ? { query: view.query, hiddenColumns: [...view.hiddenColumns], activeViewId: view.id }
        : { query: emptyLeadListQuery, hiddenColumns: [], activeViewId: null },
    );
  },
  setSelection(selection, anchor) {
    set(anchor === undefined ? { selection } : { selection, selectionAnchor: anchor });
  },
  setFocusedId(focusedId) {
    set({ focusedId });
  },
}));
