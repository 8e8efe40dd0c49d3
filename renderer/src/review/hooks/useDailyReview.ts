import { useMemo } from 'react';
import { map, timer, type Observable } from 'rxjs';
import type { DailyReview } from '../../../data/reviewContract';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useObservable } from '../../ui/useObservable';

/** How often the time moves on (reminders falling due, midnight). */
const tickMs = 30_000;

/** The time now, and again every `tickMs`. */
function clockTicks(): Observable<number> {
  return timer(0, tickMs).pipe(map(() => Date.now()));
}

/** The day's checklist, live; null until the first counts arrive. */
export function useDailyReview(): DailyReview | null {
  const { data } = useLeadCenter();
  const source = useMemo(() => data.review.observe(clockTicks()), [data]);
  return useObservable<DailyReview | null>(source, null);
}
