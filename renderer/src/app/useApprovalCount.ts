import { useMemo } from 'react';
import { useObservable } from '../ui/useObservable';
import { useLeadCenter } from './useLeadCenter';

/** Emails waiting for an approval this user may give, for the navigation badge. */
export function useApprovalCount(): number {
  const { data } = useLeadCenter();
  // The shell must not fail while a store without emails (an older build in a test) is open.
  const emails = (data as Partial<typeof data>).emails;
  const source = useMemo(() => (emails ? emails.observeApprovalCount() : null), [emails]);
  return useObservable(source, 0);
}
