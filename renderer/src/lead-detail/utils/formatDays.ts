const DAY_MS = 86_400_000;

/** "never", "today", "1 day", "12 days": whole days, for time-untouched figures. */
export function formatDays(days: number | null): string {
  if (days === null || !Number.isFinite(days)) return 'never';
  const whole = Math.max(0, Math.floor(days));
  if (whole === 0) return 'today';
  return `${whole} ${whole === 1 ? 'day' : 'days'}`;
}

/** Whole days from `since` to `now` (0 for a moment in the future), or null when there is none. */
export function daysSince(since: number | null, now: number): number | null {
  if (since === null || !Number.isFinite(since)) return null;
  return Math.max(0, Math.floor((now - since) / DAY_MS));
}

/** The headline: "12 days since the last sign of interest", "No sign of interest yet". */
export function untouchedSentence(days: number | null): string {
  if (days === null || !Number.isFinite(days)) return 'No sign of interest yet';
  const whole = Math.max(0, Math.floor(days));
  if (whole === 0) return 'Showed interest today';
  return `${formatDays(whole)} since the last sign of interest`;
}

/** One action-specific line from a variant label ("since quote request") → "since quote request: 3 days", "since email sent: never". */
export function sinceLine(label: string, days: number | null): string {
  return `${label}: ${formatDays(days)}`;
}
