import { fail, succeed, type Result } from '../model/result';

/**
 * The dashboard's period, in the seller's local days. Time enters as `now` and a function giving
 * the seller's offset from UTC in minutes at a moment (east positive), so a period that spans a
 * clock change still starts and ends at local midnight on both sides.
 */

export type UtcOffsetAt = (ms: number) => number;

export const rangePresets = ['today', 'last7', 'last30', 'last90', 'thisMonth', 'thisYear', 'all'] as const;
export type RangePreset = (typeof rangePresets)[number];

export const rangePresetLabels: Readonly<Record<RangePreset, string>> = {
  today: 'Today',
  last7: 'Last 7 days',
  last30: 'Last 30 days',
  last90: 'Last 90 days',
  thisMonth: 'This month',
  thisYear: 'This year',
  all: 'All time',
};

/** Local days "YYYY-MM-DD", both ends included; null leaves that end open. */
export interface DayRange {
  from: string | null;
  to: string | null;
}

/** The same period as instants: from included, to excluded; null leaves that end open. */
export interface TimeRange {
  from: number | null;
  to: number | null;
}

export const allTime: TimeRange = { from: null, to: null };

const minuteMs = 60_000;
const dayMs = 86_400_000;
/** Real offsets run from UTC−12:00 to UTC+14:00. */
const maxOffsetMinutes = 14 * 60;
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function offsetMs(offsetAt: UtcOffsetAt, at: number): number {
  const minutes = offsetAt(at);
  if (!Number.isFinite(minutes)) return 0;
  return Math.max(-maxOffsetMinutes, Math.min(maxOffsetMinutes, Math.round(minutes))) * minuteMs;
}

interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** A real calendar day (no 31 April, 29 February only in leap years), or null. */
export function parseDay(key: string): CalendarDay | null {
  const match = typeof key === 'string' ? dayPattern.exec(key) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (year < 1970 || utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return null;
  return { year, month, day };
}

function keyOf(utcMidnight: number): string {
  const d = new Date(utcMidnight);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** The local day containing `at`. */
export function dayKeyOf(at: number, offsetAt: UtcOffsetAt): string {
  return keyOf(at + offsetMs(offsetAt, at));
}

/** The day `days` after (or before, when negative) the given valid day. */
export function addDays(key: string, days: number): string {
  const day = parseDay(key);
  if (!day) throw new RangeError(`"${key}" is not a day (YYYY-MM-DD)`);
  return keyOf(Date.UTC(day.year, day.month - 1, day.day) + days * dayMs);
}

/** The instant local midnight starts the given valid day. */
export function localMidnight(key: string, offsetAt: UtcOffsetAt): number {
  const day = parseDay(key);
  if (!day) throw new RangeError(`"${key}" is not a day (YYYY-MM-DD)`);
  const wallClock = Date.UTC(day.year, day.month - 1, day.day);
  // The offset at midnight may differ from the offset at the wall-clock guess (a clock change
  // that day): ask again at the first answer.
  const guess = wallClock - offsetMs(offsetAt, wallClock);
  return wallClock - offsetMs(offsetAt, guess);
}

/** The days a preset covers, ending today. */
export function presetDayRange(preset: RangePreset, now: number, offsetAt: UtcOffsetAt): DayRange {
  const today = dayKeyOf(now, offsetAt);
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'last7':
      return { from: addDays(today, -6), to: today };
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'last90':
      return { from: addDays(today, -89), to: today };
    case 'thisMonth':
      return { from: `${today.slice(0, 8)}01`, to: today };
    case 'thisYear':
      return { from: `${today.slice(0, 5)}01-01`, to: today };
    case 'all':
      return { from: null, to: null };
  }
}

/** The instants of a day range, or what is wrong with it in the seller's words. */
export function resolveDayRange(range: DayRange, offsetAt: UtcOffsetAt): Result<TimeRange> {
  const from = range.from === null || range.from === '' ? null : range.from;
  const to = range.to === null || range.to === '' ? null : range.to;
  if (from !== null && !parseDay(from)) return fail(`The start "${from}" is not a date.`);
  if (to !== null && !parseDay(to)) return fail(`The end "${to}" is not a date.`);
  if (from !== null && to !== null && from > to) return fail('The start of the period is after its end.');
  return succeed({
    from: from === null ? null : localMidnight(from, offsetAt),
    to: to === null ? null : localMidnight(addDays(to, 1), offsetAt),
  });
}

/** True when `at` lies within the range (bad times never do, unless the range is all time). */
export function isInRange(at: number, range: TimeRange): boolean {
  if (range.from !== null && !(at >= range.from)) return false;
  if (range.to !== null && !(at < range.to)) return false;
  return true;
}

function dayInWords(key: string): string {
  const day = parseDay(key);
  if (!day) return key;
  return `${day.day} ${monthNames[day.month - 1] ?? ''} ${day.year}`;
}

/** "1 Jun 2025 – 30 Jun 2025", "5 Jun 2025", "Since 1 Jun 2025", "Until …", "All time". */
export function describeDayRange(range: DayRange): string {
  const { from, to } = range;
  if (from && to) return from === to ? dayInWords(from) : `${dayInWords(from)} – ${dayInWords(to)}`;
  if (from) return `Since ${dayInWords(from)}`;
  if (to) return `Until ${dayInWords(to)}`;
  return 'All time';
}

/** The period in a file name: "2025-06-01-to-2025-06-30", "from-2025-06-01", "until-…", "all-time". */
export function dayRangeFileLabel(range: DayRange): string {
  const { from, to } = range;
  if (from && to) return from === to ? from : `${from}-to-${to}`;
  if (from) return `from-${from}`;
  if (to) return `until-${to}`;
  return 'all-time';
}
