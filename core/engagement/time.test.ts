import { describe, expect, it } from 'vitest';
import { counted, DAY_MS, daysAgo, isPastTime, wholeDaysBetween } from './time';

describe('time helpers', () => {
  it('accepts only finite, non-negative times not after now', () => {
    expect(isPastTime(5, 10)).toBe(true);
    expect(isPastTime(10, 10)).toBe(true);
    for (const bad of [11, -1, Number.NaN, Number.POSITIVE_INFINITY, '5', null, undefined]) expect(isPastTime(bad, 10)).toBe(false);
  });
  it('counts whole days with floor and never below 0', () => {
    expect(wholeDaysBetween(0, DAY_MS - 1)).toBe(0);
    expect(wholeDaysBetween(0, DAY_MS)).toBe(1);
    expect(wholeDaysBetween(0, 7.9 * DAY_MS)).toBe(7);
    expect(wholeDaysBetween(DAY_MS, 0)).toBe(0);
  });
  it('says days in plain words', () => {
    expect([0, 1, 9].map(daysAgo)).toEqual(['today', 'yesterday', '9 days ago']);
    expect(counted(1, 'email', 'emails')).toBe('1 email');
    expect(counted(3, 'email', 'emails')).toBe('3 emails');
  });
});
