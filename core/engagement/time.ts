/** Day arithmetic shared by the engagement files, so every "3 days ago" is counted the same way. */

export const DAY_MS = 86_400_000;

/** A usable point in time: a finite, non-negative epoch that is not after `now`. */
export function isPastTime(at: unknown, now: number): at is number {
  return typeof at === 'number' && Number.isFinite(at) && at >= 0 && at <= now;
}

/** Whole days from `at` to `now` (floor), never negative. */
export function wholeDaysBetween(at: number, now: number): number {
  return Math.max(0, Math.floor((now - at) / DAY_MS));
}

/** "today", "yesterday", "9 days ago". */
export function daysAgo(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

/** "1 email", "3 emails". */
export function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
