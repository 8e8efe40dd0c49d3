import { useDeferredValue, useMemo } from 'react';
import type { LeadListProjection, LeadListQuery, LeadRow } from '../../../data/contract';
import { useLeadListVersion } from './useLeadListVersion';

/**
 * Rows matching the query. The query is deferred so typing in the search box stays instant
 * even when a filter pass over 100,000 rows takes a few frames.
 */
export function useLeadRows(leadList: LeadListProjection, query: LeadListQuery): { rows: readonly LeadRow[]; stale: boolean } {
  const version = useLeadListVersion(leadList);
  const deferredQuery = useDeferredValue(query);
  // version is a dependency on purpose: the projection mutates in place.
  const rows = useMemo(() => leadList.query(deferredQuery), [leadList, deferredQuery, version]); // eslint-disable-line react-hooks/exhaustive-deps
  return { rows, stale: deferredQuery !== query };
}
