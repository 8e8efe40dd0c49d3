import { describe, expect, it } from 'vitest';
import { durationMs, formatDuration, splitDuration } from './durations';

describe('durations', () => {
  it('picks the largest exact unit', () => {
    expect(splitDuration(3 * 86_400_000)).toEqual({ amount: 3, unit: 'days' });
    expect(splitDuration(36 * 3_600_000)).toEqual({ amount: 36, unit: 'hours' });
    expect(splitDuration(90 * 60_000)).toEqual({ amount: 90, unit: 'minutes' });
    expect(splitDuration(0)).toEqual({ amount: 0, unit: 'minutes' });
    expect(splitDuration(-5)).toEqual({ amount: 0, unit: 'minutes' });
  });

  it('round-trips and reads in words', () => {
    expect(durationMs(2, 'days')).toBe(172_800_000);
    expect(durationMs(1.5, 'hours')).toBe(5_400_000);
    expect(formatDuration(durationMs(1, 'hours'))).toBe('1 hour');
    expect(formatDuration(durationMs(14, 'days'))).toBe('14 days');
  });
});
