import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayKeyOf,
  dayRangeFileLabel,
  describeDayRange,
  isInRange,
  localMidnight,
  parseDay,
  presetDayRange,
  resolveDayRange,
  type UtcOffsetAt,
} from './dateRange';

const utc: UtcOffsetAt = () => 0;
const dubai: UtcOffsetAt = () => 240;
const newYork: UtcOffsetAt = () => -300;
// Berlin in 2025: UTC+1, UTC+2 from 30 March 01:00 UTC.
const berlin: UtcOffsetAt = (ms) => (ms >= Date.UTC(2025, 2, 30, 1) && ms < Date.UTC(2025, 9, 26, 1) ? 120 : 60);

describe('parseDay', () => {
  it('accepts real days only', () => {
    expect(parseDay('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2025-02-29', '2025-04-31', '2025-13-01', '2025-1-01', '', 'yesterday', '1969-12-31']) expect(parseDay(bad)).toBeNull();
  });
});

describe('local days', () => {
  it('places an instant in the seller’s day', () => {
    const lateEvening = Date.UTC(2025, 5, 10, 22, 30);
    expect(dayKeyOf(lateEvening, utc)).toBe('2025-06-10');
    expect(dayKeyOf(lateEvening, dubai)).toBe('2025-06-11');
    expect(dayKeyOf(Date.UTC(2025, 5, 11, 3), newYork)).toBe('2025-06-10');
  });

  it('finds local midnight, also on the day the clocks change', () => {
    expect(localMidnight('2025-06-11', dubai)).toBe(Date.UTC(2025, 5, 10, 20));
    expect(localMidnight('2025-03-30', berlin)).toBe(Date.UTC(2025, 2, 29, 23));
    expect(localMidnight('2025-03-31', berlin)).toBe(Date.UTC(2025, 2, 30, 22));
  });

  it('adds days across months and leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(() => addDays('nope', 1)).toThrow(RangeError);
  });
});

describe('presetDayRange', () => {
  const now = Date.UTC(2025, 5, 15, 21, 30); // 16 June in Dubai
  it('ends every preset today', () => {
    expect(presetDayRange('today', now, dubai)).toEqual({ from: '2025-06-16', to: '2025-06-16' });
    expect(presetDayRange('last7', now, dubai)).toEqual({ from: '2025-06-10', to: '2025-06-16' });
    expect(presetDayRange('last30', now, utc)).toEqual({ from: '2025-05-17', to: '2025-06-15' });
    expect(presetDayRange('last90', now, utc)).toEqual({ from: '2025-03-18', to: '2025-06-15' });
    expect(presetDayRange('thisMonth', now, utc)).toEqual({ from: '2025-06-01', to: '2025-06-15' });
    expect(presetDayRange('thisYear', now, utc)).toEqual({ from: '2025-01-01', to: '2025-06-15' });
    expect(presetDayRange('all', now, utc)).toEqual({ from: null, to: null });
  });
});

describe('resolveDayRange', () => {
  it('turns local days into [start of the first, start of the day after the last)', () => {
    expect(resolveDayRange({ from: '2025-06-10', to: '2025-06-16' }, dubai)).toEqual({
      ok: true,
      value: { from: Date.UTC(2025, 5, 9, 20), to: Date.UTC(2025, 5, 16, 20) },
    });
    expect(resolveDayRange({ from: '2025-03-29', to: '2025-03-30' }, berlin)).toEqual({
      ok: true,
      value: { from: Date.UTC(2025, 2, 28, 23), to: Date.UTC(2025, 2, 30, 22) },
    });
  });

  it('leaves open ends open; an empty field is an open end', () => {
    expect(resolveDayRange({ from: null, to: null }, utc)).toEqual({ ok: true, value: { from: null, to: null } });
    expect(resolveDayRange({ from: '', to: '2025-01-01' }, utc)).toEqual({ ok: true, value: { from: null, to: Date.UTC(2025, 0, 2) } });
  });

  it('refuses bad ranges with the reason', () => {
    expect(resolveDayRange({ from: '2025-06-20', to: '2025-06-10' }, utc)).toEqual({ ok: false, error: 'The start of the period is after its end.' });
    expect(resolveDayRange({ from: '2025-02-30', to: null }, utc)).toEqual({ ok: false, error: 'The start "2025-02-30" is not a date.' });
    expect(resolveDayRange({ from: null, to: '30/06/2025' }, utc)).toEqual({ ok: false, error: 'The end "30/06/2025" is not a date.' });
  });

  it('survives an offset function that answers nonsense (treated as UTC, clamped to ±14 h)', () => {
    expect(resolveDayRange({ from: '2025-06-10', to: '2025-06-10' }, () => Number.NaN)).toEqual({
      ok: true,
      value: { from: Date.UTC(2025, 5, 10), to: Date.UTC(2025, 5, 11) },
    });
    expect(localMidnight('2025-06-10', () => 10_000)).toBe(Date.UTC(2025, 5, 10) - 14 * 3_600_000);
  });
});

describe('isInRange', () => {
  it('includes the start, excludes the end, rejects NaN unless all time', () => {
    const range = { from: 100, to: 200 };
    expect([99, 100, 199, 200].map((at) => isInRange(at, range))).toEqual([false, true, true, false]);
    expect(isInRange(Number.NaN, range)).toBe(false);
    expect(isInRange(Number.NaN, { from: null, to: null })).toBe(true);
    expect(isInRange(5, { from: null, to: 10 })).toBe(true);
  });
});

describe('range in words and in file names', () => {
  it('describes each shape', () => {
    expect(describeDayRange({ from: '2025-06-01', to: '2025-06-30' })).toBe('1 Jun 2025 – 30 Jun 2025');
    expect(describeDayRange({ from: '2025-06-05', to: '2025-06-05' })).toBe('5 Jun 2025');
    expect(describeDayRange({ from: '2025-06-05', to: null })).toBe('Since 5 Jun 2025');
    expect(describeDayRange({ from: null, to: '2025-06-05' })).toBe('Until 5 Jun 2025');
    expect(describeDayRange({ from: null, to: null })).toBe('All time');
    expect(dayRangeFileLabel({ from: '2025-06-01', to: '2025-06-30' })).toBe('2025-06-01-to-2025-06-30');
    expect(dayRangeFileLabel({ from: '2025-06-05', to: '2025-06-05' })).toBe('2025-06-05');
    expect(dayRangeFileLabel({ from: '2025-06-05', to: null })).toBe('from-2025-06-05');
    expect(dayRangeFileLabel({ from: null, to: '2025-06-05' })).toBe('until-2025-06-05');
    expect(dayRangeFileLabel({ from: null, to: null })).toBe('all-time');
  });
});
