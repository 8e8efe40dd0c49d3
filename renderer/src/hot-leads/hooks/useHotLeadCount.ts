import { useMemo } from 'react';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useLeadListVersion } from '../../leads/hooks/useLeadListVersion';
import { hotRows } from './useHotLeadAlerts';

/** How many leads are HOT now, for the navigation badge. */
export function useHotLeadCount(): number {
  const { data } = useLeadCenter();
  const version = useLeadListVersion(data.leadList);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version stands for the list's content
  return useMemo(() => hotRows(data).length, [data, version]);
}
