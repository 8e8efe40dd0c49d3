import { useMemo } from 'react';
import { map } from 'rxjs';
import { useObservable } from '../ui/useObservable';
import { useLeadCenter } from './useLeadCenter';

/** Number of open reminders due by `now` (the caller refreshes `now`). */
export function useDueReminderCount(now: number): number {
  const { data } = useLeadCenter();
  const source = useMemo(() => data.observeDueReminders(now).pipe(map((reminders) => reminders.length)), [data, now]);
  return useObservable(source, 0);
}
