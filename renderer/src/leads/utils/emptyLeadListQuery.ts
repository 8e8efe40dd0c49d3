import type { LeadListQuery } from '../../../data/contract';

export const emptyLeadListQuery: LeadListQuery = {
  filters: { search: '', groups: [], sources: [], tags: [], countries: [], temperatures: [], engagementLevels: [], owners: [] },
  sort: null,
};
