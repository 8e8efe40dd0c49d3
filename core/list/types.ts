/** The list projection's types; renderer/data/contract.ts exposes them as LeadRow, LeadListQuery…. */

import type { engagementLevels, temperatures } from '../model/lead';

export type Temperature = (typeof temperatures)[number];
export type EngagementLevel = (typeof engagementLevels)[number];

/** The engagement filter's value for leads the engagement engine has not assessed (null). */
export const notAssessed = 'not-assessed';
export type EngagementFilterValue = EngagementLevel | typeof notAssessed;

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
  /** 0–100. */
  score: number;
  temperature: Temperature;
  /** null until the engagement engine has assessed the lead. */
  engagementLevel: EngagementLevel | null;
  /** 0–10. */
  urgency: number;
  /** The seller who owns the lead. */
  ownerId: string;
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
  | 'temperature'
  | 'engagementLevel'
  | 'urgency'
  | 'tags'
  | 'lastActivityAt';

/**
 * What the list shows. Within a facet any selected value matches; facets combine with AND; an
 * empty (or, for the later additions, absent) facet does not filter.
 */
export interface ListFilters {
  search: string;
  groups: readonly string[];
  sources: readonly string[];
  tags: readonly string[];
  countries: readonly string[];
  temperatures?: readonly Temperature[];
  /** 'not-assessed' selects leads whose engagement level is null. */
  engagementLevels?: readonly EngagementFilterValue[];
  /** Owner ids. */
  owners?: readonly string[];
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
  /** Owner ids present. */
  owners: string[];
}
