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

/** Config kind 'daily-review' is keyed `<userId>:<YYYY-MM-DD>`; the config storage schema holds keys of up to 40 characters. */
const keyRoom = 40;
const dayKeyLength = ':YYYY-MM-DD'.length;
const userRoom = keyRoom - dayKeyLength;

/**
 * The config key of one user's checklist for one day. A user id that does not fit (the app's own
 * are `user-<uuid>`, 41 characters; 29 fit) or uses other characters is written as its
 * first characters and a 64-bit hash of the whole id: still one key per user, and the document
 * itself names the user in full (a read checks it).
 */
export function dailyReviewKey(userId: string, dayKey: string): Result<string> {
  if (typeof userId !== 'string' || userId === '') return fail('The daily review needs a user id.');
  if (typeof dayKey !== 'string' || !dayKeyPattern.test(dayKey)) return fail(`"${String(dayKey)}" is not a day (YYYY-MM-DD).`);
  if (userId.length <= userRoom && /^[A-Za-z0-9_.-]+$/.test(userId)) return succeed(`${userId}:${dayKey}`);
  const hash = fnv1a64(userId);
  const prefix = userId.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, userRoom - hash.length - 1);
  return succeed(`${prefix}.${hash}:${dayKey}`);
}

/** FNV-1a, 64 bits, as 16 hex digits. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const char of text) {
    hash ^= BigInt(char.codePointAt(0) ?? 0);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

function mod(value: number, by: number): number {
  return ((value % by) + by) % by;
}
