import { describe, expect, it } from 'vitest';
import { nameWords } from '../capture/duplicateKeys';
import { nameSimilarity, textSimilarity } from './similarity';

describe('textSimilarity', () => {
  it('is 1 for equal texts (empty ones too) and 0 for nothing in common', () => {
    expect(textSimilarity('gulfpower', 'gulfpower')).toBe(1);
    expect(textSimilarity('', '')).toBe(1);
    expect(textSimilarity('abc', 'xyz')).toBe(0);
    expect(textSimilarity('', 'abc')).toBe(0);
  });

  it('is one minus the edit distance over the longer length', () => {
    expect(textSimilarity('gulfpower', 'gulfpowers')).toBeCloseTo(0.9);
  });
});

describe('nameSimilarity', () => {
  it('sees a typo in a name', () => {
    expect(nameSimilarity(nameWords('Ahmed Ali'), nameWords('Ahmad Ali'))).toBeGreaterThanOrEqual(0.85);
    expect(nameSimilarity(nameWords('Mohammed Al Farsi'), nameWords('Mohamed Alfarsi'))).toBeGreaterThanOrEqual(0.85);
  });

  it('sees swapped given and family names', () => {
    expect(nameSimilarity(nameWords('Wei Zhang'), nameWords('Zhang Wei'))).toBe(1);
  });

  it('keeps different people apart', () => {
    expect(nameSimilarity(nameWords('Li Wei'), nameWords('Li Wen'))).toBeLessThan(0.85);
    expect(nameSimilarity(nameWords('Ahmed Ali'), nameWords('Omar Khalil'))).toBeLessThan(0.5);
  });

  it('is 0 when a name is missing', () => {
    expect(nameSimilarity([], ['ahmed'])).toBe(0);
  });
});
