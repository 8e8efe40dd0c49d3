import { useMemo } from 'react';
import { summariseLeads, type LeadOverview } from '../../../../core/list/leadOverview';
import type { LeadListProjection } from '../../../data/contract';
import { useLeadListVersion } from '../../leads/hooks/useLeadListVersion';
import type { OverviewFilters } from '../state/useOverviewFilters';
import { overviewQuery } from '../utils/overviewQuery';

/**
 * The Overview's numbers, live. Recounted only when a lead changes (the projection tells its
 * listeners once per burst of changes) or a filter does; the filtered rows come from the
 * projection's cached query, and one counting pass over them takes a few milliseconds even for
 * 100,000 leads (core/list/leadOverview.test.ts measures it).
 */
export function useLeadOverview(leadList: LeadListProjection, filters: OverviewFilters): LeadOverview {
  const version = useLeadListVersion(leadList);
  const { groups, sources, owners } = filters;
  // version is a dependency on purpose: the projection mutates in place.
  return useMemo(() => summariseLeads(leadList.query(overviewQuery({ groups, sources, owners }))), [leadList, groups, sources, owners, version]); // eslint-disable-line react-hooks/exhaustive-deps
}
