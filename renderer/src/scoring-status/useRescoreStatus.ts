import { useMemo } from 'react';
import type { RescoreStatus } from '../../data/contract';
import { useLeadCenter } from '../app/useLeadCenter';
import { useObservable } from '../ui/useObservable';

/** The full rescoring pass's status, live. */
export function useRescoreStatus(): RescoreStatus {
  const { data } = useLeadCenter();
  const source = useMemo(() => data.rescoring.observe(), [data]);
  return useObservable(source, data.rescoring.status);
}
