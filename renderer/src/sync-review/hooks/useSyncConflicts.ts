import { useMemo } from 'react';
import type { SyncConflict } from '../../../data/sync/conflictStore';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useObservable } from '../../ui/useObservable';

/** The Needs review list, newest first; null until it has been read. */
export function useSyncConflicts(): SyncConflict[] | null {
  const { data } = useLeadCenter();
  const source = useMemo(() => data.syncConflicts.observe(), [data]);
  return useObservable<SyncConflict[] | null>(source, null);
}
