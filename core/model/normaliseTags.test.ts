import { describe, expect, it } from 'vitest';
import { normaliseTags } from './normaliseTags';

describe('normaliseTags', () => {
  it('splits on commas, semicolons and new lines', () => {
    expect(normaliseTags('solar, Pumps;VIP\nvalves')).toEqual(['solar', 'Pumps', 'VIP', 'valves']);
  });

  it('drops blanks, hashes and case-insensitive repeats, keeping the first spelling', () => {
    expect(normaliseTags(' , #Solar ,solar,  gas   turbines ,,')).toEqual(['Solar', 'gas turbines']);
  });

  it('accepts a list', () => {
    expect(normaliseTags(['a, b', 'B', ' c '])).toEqual(['a', 'b', 'c']);
  });

  it('returns nothing for empty input', () => {
    expect(normaliseTags('')).toEqual([]);
    expect(normaliseTags([])).toEqual([]);
  });
});
