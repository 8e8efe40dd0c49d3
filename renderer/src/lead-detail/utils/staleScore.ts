/** Live and stored scores are both rounded to one decimal; more than this apart means the stored one lags. */
export const STORED_SCORE_TOLERANCE = 0.05;

/** True when the score on the lead document differs from the live computation (a rescore is pending). */
export function storedScoreLags(stored: number, live: number): boolean {
  if (!Number.isFinite(stored) || !Number.isFinite(live)) return true;
  return Math.abs(stored - live) > STORED_SCORE_TOLERANCE + 1e-9;
}
