import { useEffect, useSyncExternalStore } from 'react';
import type { DashboardCenter } from '../../../data/dashboardContract';

/**
 * Starts the Dashboard's one reading of events and emails (the first time the page opens) and
 * re-renders as it progresses and whenever new events or emails arrive.
 */
export function useDashboardActivity(dashboard: DashboardCenter): number {
  useEffect(() => {
    dashboard.load().catch(() => undefined); // dashboard.error says what went wrong
  }, [dashboard]);
  return useSyncExternalStore(
    (listener) => dashboard.subscribe(listener),
    () => dashboard.version,
  );
}
