import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './formatRelativeTime';

const now = 1_700_000_000_000;

describe('formatRelativeTime', () => {
  it('says "just now" within a minute either way', () => {
    expect(formatRelativeTime(now - 30_000, now)).toBe('just now');
    expect(formatRelativeTime(now + 7_000, now)).toBe('just now');
  });

  it('names the largest whole unit', () => {
    expect(formatRelativeTime(now - 5 * 60_000, now)).toBe('5 minutes ago');
    expect(formatRelativeTime(now - 3 * 86_400_000, now)).toBe('3 days ago');
    expect(formatRelativeTime(now + 2 * 3_600_000, now)).toBe('in 2 hours');
  });
});
