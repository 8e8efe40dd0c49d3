import { useMemo } from 'react';
import type { DuplicateQueueState } from '../../../data/duplicatesContract';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useObservable } from '../../ui/useObservable';

const initial: DuplicateQueueState = { groups: null, crowded: [], scanning: null, scannedLeads: 0, scannedAt: null, error: null };

/** The duplicates queue, live (the first look starts the scan). */
export function useDuplicateQueue(): DuplicateQueueState {
  const { data } = useLeadCenter();
  const source = useMemo(() => data.duplicates.observeQueue(), [data]);
  return useObservable(source, initial);
}
