import type { Rule, RuleTrigger } from '../model/rule';
import type { CompiledRule } from './ruleTypes';

/**
 * Scheduled rules ("every Tuesday at 10:00", seed 002 time-based triggers). Times are in the
 * seller's local day, given as a UTC offset in minutes: the caller passes the offset in force now,
 * so this file needs no time-zone data and a test can fix it. A week starts on Sunday (0).
 *
 * - hourly: every hour at minute (minuteOfDay mod 60), e.g. 90 → hh:30;
 * - daily: every day at minuteOfDay (null → midnight);
 * - weekly: on dayOfWeek at minuteOfDay (no day → never due; validateRule refuses it);
 * - monthly: on the 1st of each month at minuteOfDay.
 *
 * A closed app catches up ONCE: only the latest scheduled moment counts, however many were missed.
 */

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/** Days since 1970-01-01 of the first day of a civil month (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil year and month (1–12) of a day count since 1970-01-01. */
function civilMonth(days: number): { year: number; month: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month };
}

/** The latest scheduled moment at or before now (UTC ms), or null for a trigger that is not a schedule. */
export function latestScheduledAt(trigger: RuleTrigger, now: number, utcOffsetMinutes: number): number | null {
  if (trigger.kind !== 'schedule' || !Number.isFinite(now) || !Number.isFinite(utcOffsetMinutes)) return null;
  const offset = utcOffsetMinutes * minuteMs;
  const local = now + offset;
  const minute = (trigger.minuteOfDay ?? 0) * minuteMs;
  let at: number;
  switch (trigger.frequency) {
    case 'hourly': {
      const m = minute % hourMs;
      at = Math.floor((local - m) / hourMs) * hourMs + m;
      break;
    }
    case 'daily':
      at = Math.floor((local - minute) / dayMs) * dayMs + minute;
      break;
    case 'weekly': {
      if (trigger.dayOfWeek === null) return null;
      const today = Math.floor(local / dayMs);
      // 1970-01-01 was a Thursday (4).
      const weekday = (((today + 4) % 7) + 7) % 7;
      at = (today - ((weekday - trigger.dayOfWeek + 7) % 7)) * dayMs + minute;
      if (at > local) at -= 7 * dayMs;
      break;
    }
    case 'monthly': {
      const { year, month } = civilMonth(Math.floor(local / dayMs));
      at = daysFromCivil(year, month, 1) * dayMs + minute;
      if (at > local) at = daysFromCivil(month === 1 ? year - 1 : year, month === 1 ? 12 : month - 1, 1) * dayMs + minute;
      break;
    }
  }
  return at - offset;
}

const ruleOf = (r: Rule | CompiledRule): Rule => ('rule' in r ? r.rule : r);

/**
 * The enabled schedule rules whose latest scheduled moment is after their last run and after the
 * rule was last saved (a rule switched on at 10:30 does not fire for 10:00). However long the app
 * was closed, a rule is due once.
 */
export function dueScheduleRuleIds(
  rules: readonly (Rule | CompiledRule)[],
  lastRunAt: (ruleId: string) => number | null,
  now: number,
  utcOffsetMinutes: number,
): Set<string> {
  const due = new Set<string>();
  for (const item of rules) {
    const rule = ruleOf(item);
    if (!rule.enabled || rule.trigger.kind !== 'schedule') continue;
    const at = latestScheduledAt(rule.trigger, now, utcOffsetMinutes);
    if (at === null || at < rule.updatedAt) continue;
    const last = lastRunAt(rule.id);
    if (last === null || at > last) due.add(rule.id);
  }
  return due;
}

/** Whether the scheduler's tick must evaluate this rule: schedules, time since, and repeating modes. */
export function tickInterests(item: Rule | CompiledRule): boolean {
  const rule = ruleOf(item);
  return rule.trigger.kind === 'schedule' || rule.trigger.kind === 'time_since' || rule.executionMode.kind !== 'one_time';
}
