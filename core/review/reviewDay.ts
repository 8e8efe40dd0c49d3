import { fail, succeed, type Result } from '../model/result';

/**
 * The seller's local day. Time enters as `now` (ms epoch) and the seller's offset from UTC in
 * minutes at that moment (east positive: Berlin in summer +120, New York in winter −300). The day
 * runs from local midnight to local midnight at that offset; on the day a clock change happens,
 * the boundary follows the offset the caller gives (the offset of `now`).
 */

const minuteMs = 60_000;
export const dayMs = 86_400_000;
/** Real offsets run from UTC−12:00 to UTC+14:00. */
const maxOffsetMinutes = 14 * 60;

function safeOffset(utcOffsetMinutes: number): number {
  if (!Number.isFinite(utcOffsetMinutes)) return 0;
  return Math.max(-maxOffsetMinutes, Math.min(maxOffsetMinutes, Math.round(utcOffsetMinutes)));
}

/** Local midnight that starts the day containing `now`, as ms epoch. */
export function localDayStart(now: number, utcOffsetMinutes: number): number {
  const shift = safeOffset(utcOffsetMinutes) * minuteMs;
  const local = now + shift;
  return local - mod(local, dayMs) - shift;
}

/** "YYYY-MM-DD" of the seller's local day containing `now`. */
export function localDayKey(now: number, utcOffsetMinutes: number): string {
  const shifted = new Date(now + safeOffset(utcOffsetMinutes) * minuteMs);
  const year = shifted.getUTCFullYear();
  const month = String(shifted.getUTCMonth() + 1).padStart(2, '0');
  const day = String(shifted.getUTCDate()).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${month}-${day}`;
}

export const dayKeyPattern = /^\d{4}-\d{2}-\d{2}$/;

/** Config kind 'daily-review' is keyed `<userId>:<YYYY-MM-DD>`; the whole id must fit in 64 characters. */
const configIdRoom = 64 - 'daily-review:'.length;

/** The config key of one user's checklist for one day, or why it cannot be made. */
export function dailyReviewKey(userId: string, dayKey: string): Result<string> {
  if (typeof userId !== 'string' || !/^[A-Za-z0-9_.-]+$/.test(userId)) return fail('The user id may use only letters, digits and _ . - for the daily review.');
  if (typeof dayKey !== 'string' || !dayKeyPattern.test(dayKey)) return fail(`"${String(dayKey)}" is not a day (YYYY-MM-DD).`);
  const key = `${userId}:${dayKey}`;
  if (key.length > configIdRoom) return fail('The user id is too long to key the daily review.');
  return succeed(key);
}

function mod(value: number, by: number): number {
  return ((value % by) + by) % by;
}
