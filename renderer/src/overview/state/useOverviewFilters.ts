import { create } from 'zustand';

export interface OverviewFilters {
  groups: readonly string[];
  sources: readonly string[];
  owners: readonly string[];
}

interface OverviewFiltersState extends OverviewFilters {
  setFilter(key: keyof OverviewFilters, values: readonly string[]): void;
  clear(): void;
}

/** The Overview's filters, kept while the seller visits other sections and comes back. */
export const useOverviewFilters = create<OverviewFiltersState>((set) => ({
  groups: [],
  sources: [],
  owners: [],
  setFilter(key, values) {
    set({ [key]: [...values] });
  },
  clear() {
    set({ groups: [], sources: [], owners: [] });
  },
}));
