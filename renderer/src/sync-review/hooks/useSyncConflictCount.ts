import { useMemo } from 'react';
import { map } from 'rxjs';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useObservable } from '../../ui/useObservable';

/** How many documents wait in Needs review (for the sync status indicator and the nav badge). */
export function useSyncConflictCount(): number {
  const { data } = useLeadCenter();
  const source = useMemo(() => data.syncConflicts.observe().pipe(map((list) => list.length)), [data]);
  return useObservable(source, 0);
}
