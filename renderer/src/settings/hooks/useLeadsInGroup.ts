import { useCallback, useSyncExternalStore } from 'react';
import type { LeadCenterData } from '../../../data/contract';
import { useLeadCenter } from '../../app/useLeadCenter';
import { emptyLeadListQuery } from '../../leads/utils/emptyLeadListQuery';

/** Ids of the leads in a group, from the in-memory list. */
export function leadIdsInGroup(data: LeadCenterData, group: string): string[] {
  const rows = data.leadList.query({ ...emptyLeadListQuery, filters: { ...emptyLeadListQuery.filters, groups: [group] } });
  return rows.map((row) => row.id);
}

/** A function counting the leads in a group, re-rendering when the list changes. */
export function useLeadsInGroup(): (group: string) => number {
  const { data } = useLeadCenter();
  const version = useSyncExternalStore(
    useCallback((listener: () => void) => data.leadList.subscribe(listener), [data]),
    () => data.leadList.version,
  );
  // `version` keys the callback so counts are re-read after every list change.
  return useCallback((group: string) => (version >= 0 ? leadIdsInGroup(data, group).length : 0), [data, version]);
}
