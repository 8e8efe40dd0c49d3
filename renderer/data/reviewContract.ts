import type { Observable } from 'rxjs';
import type { ReviewChecklist } from '../../core/review/reviewChecklist';
import type { ReviewItemId } from '../../core/review/reviewItems';

/** The daily review checklist (seed 000, issue 6): live counts and the seller's ticks per day. */

export interface DailyReview extends ReviewChecklist {
  /** Local midnight that began `day`. */
  dayStart: number;
  /** Some lead documents the counts need are still being read (those counts are null meanwhile). */
  counting: boolean;
}

export interface ReviewCenter {
  /**
   * The seller's checklist for the local day of each time `now$` gives, live: counts follow the
   * data, ticks follow the day's config document, and a time past midnight starts a fresh day.
   */
  observe(now$: Observable<number>): Observable<DailyReview>;
  /** Ticks (or unticks) an item of the seller's day `day` (YYYY-MM-DD); it then stays as the seller left it. */
  setTicked(day: string, itemId: ReviewItemId, ticked: boolean): Promise<void>;
  /** The seller's local day at `now` (YYYY-MM-DD). */
  dayOf(now: number): string;
}
