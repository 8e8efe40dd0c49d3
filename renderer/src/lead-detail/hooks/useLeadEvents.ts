import { useMemo } from 'react';
import type { LeadEvent } from '../../../../core/model/event';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useObservable } from '../../ui/useObservable';

const none: LeadEvent[] = [];

/** The lead's events, live (one subscription shared by score, engagement, stage and timeline). */
export function useLeadEvents(leadId: string): LeadEvent[] {
  const { data } = useLeadCenter();
  const source = useMemo(() => data.observeEvents(leadId), [data, leadId]);
  return useObservable(source, none);
}
