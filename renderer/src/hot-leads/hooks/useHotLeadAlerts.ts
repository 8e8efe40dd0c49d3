import { useEffect, useMemo, useState } from 'react';
import { firstValueFrom } from 'rxjs';
import { assessEngagement } from '../../../../core/engagement/assessEngagement';
import { hotLeadAlerts, type HotLeadAlert } from '../../../../core/engagement/hotLeadAlerts';
import type { Lead } from '../../../../core/model/lead';
import type { LeadCenterData, LeadRow } from '../../../data/contract';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useLeadListVersion } from '../../leads/hooks/useLeadListVersion';
import { emptyLeadListQuery } from '../../leads/utils/emptyLeadListQuery';
import { useLeadSettings } from '../../lead-settings/useLeadSettings';

/** HOT leads explained in full (their events are read); the rest of a long list is counted, not loaded. */
export const alertLimit = 50;

export interface HotLeadAlertsState {
  /** HOT leads in the list, most urgent first (from the stored level and urgency). */
  rows: readonly LeadRow[];
  /** The first `alertLimit` of them, assessed now with their events: why and what to do. */
  alerts: readonly HotLeadAlert[] | null;
}

/** The HOT leads of the list, most urgent first. */
export function hotRows(data: LeadCenterData): readonly LeadRow[] {
  return data.leadList.query({
    filters: { ...emptyLeadListQuery.filters, engagementLevels: ['HOT'] },
    sort: { column: 'urgency', direction: 'desc' },
  });
}

/** Seed 000's Hot_Leads_Alert list: live from the list, explained from each lead's events. */
export function useHotLeadAlerts(now: number): HotLeadAlertsState {
  const { data } = useLeadCenter();
  const { settings } = useLeadSettings();
  const version = useLeadListVersion(data.leadList);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version stands for the list's content
  const rows = useMemo(() => hotRows(data), [data, version]);
  const [alerts, setAlerts] = useState<readonly HotLeadAlert[] | null>(null);

  const ids = rows.slice(0, alertLimit).map((r) => r.id).join(',');
  useEffect(() => {
    let live = true;
    const load = async () => {
      const items: { lead: Lead; assessment: ReturnType<typeof assessEngagement> }[] = [];
      for (const id of ids === '' ? [] : ids.split(',')) {
        const [lead, events] = await Promise.all([data.getLead(id), firstValueFrom(data.observeEvents(id))]);
        if (lead) items.push({ lead, assessment: assessEngagement(lead, events, now, settings.engagement) });
      }
      if (live) setAlerts(hotLeadAlerts(items));
    };
    load().catch((error: unknown) => console.error('Lead Center: hot lead alerts could not be read', error));
    return () => {
      live = false;
    };
  }, [data, ids, now, settings.engagement]);

  return { rows, alerts };
}
