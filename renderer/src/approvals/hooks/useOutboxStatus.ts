import { useMemo } from 'react';
import type { OutboxStatus } from '../../../data/emailContract';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useObservable } from '../../ui/useObservable';

/** The outbox's state, live. */
export function useOutboxStatus(): OutboxStatus {
  const { data } = useLeadCenter();
  const source = useMemo(() => data.emails.outbox.observe(), [data]);
  return useObservable(source, data.emails.outbox.status);
}
