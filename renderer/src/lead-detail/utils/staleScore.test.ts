import { describe, expect, it } from 'vitest';
import { storedScoreLags } from './staleScore';

describe('storedScoreLags', () => {
  it('accepts rounding differences up to 0.05', () => {
    expect(storedScoreLags(42.3, 42.3)).toBe(false);
    expect(storedScoreLags(42.3, 42.35)).toBe(false);
    expect(storedScoreLags(42.35, 42.3)).toBe(false);
  });

  it('flags a stored score that lags behind', () => {
    expect(storedScoreLags(42.3, 42.4)).toBe(true);
    expect(storedScoreLags(10, 55.2)).toBe(true);
  });

  it('flags unusable numbers', () => {
    expect(storedScoreLags(Number.NaN, 10)).toBe(true);
    expect(storedScoreLags(10, Number.POSITIVE_INFINITY)).toBe(true);
  });
});
