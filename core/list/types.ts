/** The list projection's types; renderer/data/contract.ts exposes them as LeadRow, LeadListQuery…. */

export interface ListRow {
  id: string;
  name: string;
  email: string;
  phone: string;
  company: string;
  country: string;
  sourceCategory: string;
  sourceChannel: string;
  group: string;
  stage: string;
  score: number;
  tags: readonly string[];
  /** ms epoch, or null when the lead never had activity. */
  lastActivityAt: number | null;
  createdAt: number;
}

export type ListColumn =
  | 'name'
  | 'company'
  | 'country'
  | 'source'
  | 'group'
  | 'stage'
  | 'score'
  | 'tags'
  | 'lastActivityAt';

export interface ListFilters {
  search: string;
  groups: readonly string[];
  sources: readonly string[];
  tags: readonly string[];
  countries: readonly string[];
}

export interface ListSort {
  column: ListColumn;
  direction: 'asc' | 'desc';
}

export interface ListQuery {
  filters: ListFilters;
  /** null: newest first (createdAt descending). */
  sort: ListSort | null;
}

export interface ListFacets {
  groups: string[];
  sources: string[];
  tags: string[];
  countries: string[];
}
