import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rule as ruleSchema, type Rule, type RuleInput, type RuleTrigger } from '../model/rule';
import { compileRule, defaultRuleCatalogueContext } from './compileRule';
import { dueScheduleRuleIds, latestScheduledAt, tickInterests } from './ruleSchedule';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const schedule = (frequency: 'hourly' | 'daily' | 'weekly' | 'monthly', minuteOfDay: number | null = null, dayOfWeek: number | null = null): RuleTrigger => ({
  kind: 'schedule',
  frequency,
  minuteOfDay,
  dayOfWeek,
});

// Tuesday 14 November 2023, 22:13:20 UTC.
const NOW = Date.UTC(2023, 10, 14, 22, 13, 20);

describe('latestScheduledAt', () => {
  it('hourly: the last hh:mm at the minute past the hour', () => {
    expect(latestScheduledAt(schedule('hourly', 30), NOW, 0)).toBe(Date.UTC(2023, 10, 14, 21, 30));
    expect(latestScheduledAt(schedule('hourly', 10), NOW, 0)).toBe(Date.UTC(2023, 10, 14, 22, 10));
    expect(latestScheduledAt(schedule('hourly'), NOW, 0)).toBe(Date.UTC(2023, 10, 14, 22, 0));
    // 90 minutes into the day means half past each hour.
    expect(latestScheduledAt(schedule('hourly', 90), NOW, 0)).toBe(Date.UTC(2023, 10, 14, 21, 30));
    // Exactly on the moment counts as come.
    expect(latestScheduledAt(schedule('hourly', 13), Date.UTC(2023, 10, 14, 22, 13), 0)).toBe(Date.UTC(2023, 10, 14, 22, 13));
  });

  it('daily: today at the time if it has passed, else yesterday', () => {
    expect(latestScheduledAt(schedule('daily', 600), NOW, 0)).toBe(Date.UTC(2023, 10, 14, 10, 0));
    expect(latestScheduledAt(schedule('daily', 23 * 60), NOW, 0)).toBe(Date.UTC(2023, 10, 13, 23, 0));
    expect(latestScheduledAt(schedule('daily'), NOW, 0)).toBe(Date.UTC(2023, 10, 14, 0, 0));
  });

  it('daily with a UTC offset: 10:00 local in UTC+2 is 08:00 UTC, in UTC−5 is 15:00 UTC', () => {
    expect(latestScheduledAt(schedule('daily', 600), NOW, 120)).toBe(Date.UTC(2023, 10, 14, 8, 0));
    expect(latestScheduledAt(schedule('daily', 600), NOW, -300)).toBe(Date.UTC(2023, 10, 14, 15, 0));
    // 22:13 UTC is 00:13 on the 15th in UTC+2: today's 10:00 there has not come yet.
    expect(latestScheduledAt(schedule('daily', 600), NOW, 120)).toBeLessThan(NOW);
    expect(latestScheduledAt(schedule('daily', 30), NOW, 120)).toBe(Date.UTC(2023, 10, 13, 22, 30));
  });

  it('weekly: the last chosen weekday at the time', () => {
    // NOW is a Tuesday (2).
    expect(latestScheduledAt(schedule('weekly', 600, 2), NOW, 0)).toBe(Date.UTC(2023, 10, 14, 10, 0));
    expect(latestScheduledAt(schedule('weekly', 23 * 60, 2), NOW, 0)).toBe(Date.UTC(2023, 10, 7, 23, 0));
    expect(latestScheduledAt(schedule('weekly', 600, 1), NOW, 0)).toBe(Date.UTC(2023, 10, 13, 10, 0));
    expect(latestScheduledAt(schedule('weekly', 600, 3), NOW, 0)).toBe(Date.UTC(2023, 10, 8, 10, 0));
    expect(latestScheduledAt(schedule('weekly', 600, 0), NOW, 0)).toBe(Date.UTC(2023, 10, 12, 10, 0));
    // In UTC+2 it is already Wednesday 00:13 locally.
    expect(latestScheduledAt(schedule('weekly', 0, 3), NOW, 120)).toBe(Date.UTC(2023, 10, 14, 22, 0));
    expect(latestScheduledAt(schedule('weekly', 600), NOW, 0)).toBeNull();
  });

  it('monthly: the 1st of this month at the time, or of last month', () => {
    expect(latestScheduledAt(schedule('monthly', 540), NOW, 0)).toBe(Date.UTC(2023, 10, 1, 9, 0));
    const firstOfJan = Date.UTC(2024, 0, 1, 5, 0);
    expect(latestScheduledAt(schedule('monthly', 540), firstOfJan, 0)).toBe(Date.UTC(2023, 11, 1, 9, 0));
    expect(latestScheduledAt(schedule('monthly', 540), Date.UTC(2024, 2, 1, 9, 0), 0)).toBe(Date.UTC(2024, 2, 1, 9, 0));
    expect(latestScheduledAt(schedule('monthly', 540), Date.UTC(2024, 2, 1, 8, 59), 0)).toBe(Date.UTC(2024, 1, 1, 9, 0));
  });

  it('is null for other triggers and for impossible inputs', () => {
    expect(latestScheduledAt({ kind: 'manual' }, NOW, 0)).toBeNull();
    expect(latestScheduledAt(schedule('daily'), Number.NaN, 0)).toBeNull();
    expect(latestScheduledAt(schedule('daily'), NOW, Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('is never after now and within one period of it (property)', () => {
    const periods = { hourly: HOUR, daily: DAY, weekly: 7 * DAY, monthly: 31 * DAY } as const;
    fc.assert(
      fc.property(
        fc.constantFrom('hourly', 'daily', 'weekly', 'monthly' as const),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 4_000_000_000_000 }),
        fc.integer({ min: -720, max: 840 }),
        (frequency, minute, day, now, offset) => {
          const at = latestScheduledAt(schedule(frequency, minute, day), now, offset);
          expect(at).not.toBeNull();
          expect(at as number).toBeLessThanOrEqual(now);
          expect(now - (at as number)).toBeLessThan(periods[frequency]);
          // Same local minute of the day (or hour) as asked.
          const local = (at as number) + offset * MIN;
          const minuteOfDay = ((local % DAY) + DAY) % DAY / MIN;
          expect(frequency === 'hourly' ? minuteOfDay % 60 : minuteOfDay).toBe(frequency === 'hourly' ? minute % 60 : minute);
          if (frequency === 'weekly') expect(new Date(local).getUTCDay()).toBe(day);
          if (frequency === 'monthly') expect(new Date(local).getUTCDate()).toBe(1);
        },
      ),
    );
  });
});

const base = { ownerId: 'u1', teamId: 't1', createdAt: NOW - 30 * DAY, updatedAt: NOW - 30 * DAY, actions: [{ type: 'add_tag', params: { tag: 'x' } }], enabled: true };
const makeRule = (id: string, input: Partial<RuleInput>): Rule => ruleSchema.parse({ id, name: id, trigger: schedule('daily', 600), ...base, ...input });

describe('dueScheduleRuleIds', () => {
  const daily = makeRule('daily', {});
  it('is due when the latest moment came after the last run', () => {
    expect(dueScheduleRuleIds([daily], () => null, NOW, 0)).toEqual(new Set(['daily']));
    expect(dueScheduleRuleIds([daily], () => Date.UTC(2023, 10, 13, 10, 0), NOW, 0)).toEqual(new Set(['daily']));
    expect(dueScheduleRuleIds([daily], () => Date.UTC(2023, 10, 14, 10, 0), NOW, 0)).toEqual(new Set());
    expect(dueScheduleRuleIds([daily], () => Date.UTC(2023, 10, 14, 12, 0), NOW, 0)).toEqual(new Set());
  });

  it('catches up ONCE after the app was closed for days', () => {
    const lastRun = NOW - 10 * DAY;
    const due = dueScheduleRuleIds([daily], () => lastRun, NOW, 0);
    expect(due).toEqual(new Set(['daily']));
    // Having run at this tick, the next tick the same day finds nothing more to catch up.
    expect(dueScheduleRuleIds([daily], () => NOW, NOW + 5 * MIN, 0)).toEqual(new Set());
    expect(dueScheduleRuleIds([daily], () => NOW, NOW + DAY, 0)).toEqual(new Set(['daily']));
  });

  it('waits for the next moment when the rule was saved after the latest one', () => {
    const fresh = makeRule('fresh', { updatedAt: Date.UTC(2023, 10, 14, 10, 30) });
    expect(dueScheduleRuleIds([fresh], () => null, NOW, 0)).toEqual(new Set());
    expect(dueScheduleRuleIds([fresh], () => null, Date.UTC(2023, 10, 15, 10, 0), 0)).toEqual(new Set(['fresh']));
  });

  it('skips disabled rules and rules that are not scheduled; takes compiled rules too', () => {
    const off = makeRule('off', { enabled: false });
    const other = makeRule('other', { trigger: { kind: 'manual' } });
    const compiled = compileRule(makeRule('compiled', {}), defaultRuleCatalogueContext());
    if (!compiled.ok) throw new Error('compile');
    expect(dueScheduleRuleIds([off, other, compiled.value], () => null, NOW, 0)).toEqual(new Set(['compiled']));
  });

  it('uses the local day of the offset given', () => {
    // At NOW it is 12:13 on the 15th in UTC+14: its 10:00 was 20:00 UTC on the 14th.
    expect(dueScheduleRuleIds([daily], () => Date.UTC(2023, 10, 14, 19, 0), NOW, 14 * 60)).toEqual(new Set(['daily']));
    expect(dueScheduleRuleIds([daily], () => Date.UTC(2023, 10, 14, 21, 0), NOW, 14 * 60)).toEqual(new Set());
  });
});

describe('tickInterests', () => {
  it('is true for schedules, time since, periodic and in-cycle rules only', () => {
    expect(tickInterests(makeRule('a', {}))).toBe(true);
    expect(tickInterests(makeRule('b', { trigger: { kind: 'time_since', field: 'untouched', afterMs: HOUR } }))).toBe(true);
    expect(tickInterests(makeRule('c', { trigger: { kind: 'event', eventTypes: ['chat'] } }))).toBe(false);
    expect(tickInterests(makeRule('d', { trigger: { kind: 'event', eventTypes: ['chat'] }, executionMode: { kind: 'periodic', everyMs: DAY } }))).toBe(true);
    expect(tickInterests(makeRule('e', { trigger: { kind: 'manual' }, executionMode: { kind: 'in_cycle', everyMs: DAY, forMs: 7 * DAY } }))).toBe(true);
    expect(tickInterests(makeRule('f', { trigger: { kind: 'lead_changed', fields: [] } }))).toBe(false);
  });
});
