import { useSyncExternalStore } from 'react';
import type { LeadListProjection } from '../../../data/contract';

/**
 * Re-renders when any row of the projection changes, or when its initial load progresses or
 * finishes. The returned key changes whenever the projection's content or readiness does.
 */
export function useLeadListVersion(leadList: LeadListProjection): string {
  return useSyncExternalStore(
    (listener) => leadList.subscribe(listener),
    () => `${leadList.version}:${leadList.size}:${leadList.ready ? 1 : 0}`,
  );
}
