import { describe, expect, it } from 'vitest';
import { daysSince, formatDays, sinceLine, untouchedSentence } from './formatDays';

const DAY = 86_400_000;
const now = Date.UTC(2025, 5, 15, 12);

describe('formatDays', () => {
  it('reads whole days in words', () => {
    expect(formatDays(0)).toBe('today');
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(12)).toBe('12 days');
    expect(formatDays(3.9)).toBe('3 days');
  });

  it('says never when there is no such moment', () => {
    expect(formatDays(null)).toBe('never');
    expect(formatDays(Number.NaN)).toBe('never');
  });

  it('treats a negative figure (clock skew) as today', () => {
    expect(formatDays(-2)).toBe('today');
  });
});

describe('daysSince', () => {
  it('counts whole days', () => {
    expect(daysSince(now - 3 * DAY - 1000, now)).toBe(3);
    expect(daysSince(now - DAY + 1, now)).toBe(0);
  });

  it('is 0 for the future and null for nothing', () => {
    expect(daysSince(now + DAY, now)).toBe(0);
    expect(daysSince(null, now)).toBeNull();
    expect(daysSince(Number.NaN, now)).toBeNull();
  });
});

describe('sentences', () => {
  it('builds the time-untouched headline', () => {
    expect(untouchedSentence(12)).toBe('12 days since the last sign of interest');
    expect(untouchedSentence(1)).toBe('1 day since the last sign of interest');
    expect(untouchedSentence(0)).toBe('Showed interest today');
    expect(untouchedSentence(null)).toBe('No sign of interest yet');
  });

  it('builds the action-specific lines', () => {
    expect(sinceLine('since quote request', 3)).toBe('since quote request: 3 days');
    expect(sinceLine('since last email', null)).toBe('since last email: never');
    expect(sinceLine('since call', 0)).toBe('since call: today');
  });
});
