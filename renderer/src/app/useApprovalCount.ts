import { useMemo } from 'react';
import { useObservable } from '../ui/useObservable';
import { useLeadCenter } from './useLeadCenter';

/** Emails waiting for an approval this user may give, for the navigation badge. */
export function useApprovalCount(): number {
  const { data } = useLeadCenter();
  const source = useMemo(() => data.emails.observeApprovalCount(), [data]);
  return useObservable(source, 0);
}
