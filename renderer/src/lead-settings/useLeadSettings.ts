import { useMemo } from 'react';
import { loadLeadSettings, type LeadSettingsLoad } from '../../../core/settings/leadSettings';
import { useLeadCenter } from '../app/useLeadCenter';
import { useObservable } from '../ui/useObservable';

const defaults: LeadSettingsLoad = loadLeadSettings({});

/** The lead brain's settings, live; the defaults until the first read arrives. */
export function useLeadSettings(): LeadSettingsLoad {
  const { data } = useLeadCenter();
  const source = useMemo(() => data.observeLeadSettings(), [data]);
  return useObservable(source, defaults);
}
