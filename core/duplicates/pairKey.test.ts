import { describe, expect, it } from 'vitest';
import { dismissalKey, pairKey, pairOf, pairsAmong } from './pairKey';

describe('pairKey', () => {
  it('does not depend on the order the leads are named in', () => {
    expect(pairKey('b', 'a')).toBe(pairKey('a', 'b'));
    expect(pairOf(pairKey('lead-2', 'lead-1'))).toEqual(['lead-1', 'lead-2']);
  });

  it('keeps ids that contain the separator-like characters apart', () => {
    expect(pairKey('a:b', 'c')).not.toBe(pairKey('a', 'b:c'));
  });
});

describe('dismissalKey', () => {
  it('is short, a valid config key, and the same both ways', () => {
    const a = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const b = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    const key = dismissalKey(a, b);
    expect(key).toMatch(/^p[0-9a-f]{14}$/);
    expect(dismissalKey(b, a)).toBe(key);
    expect(`duplicate-dismissal:${key}`.length).toBeLessThanOrEqual(64);
  });

  it('differs between pairs', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 2_000; i++) keys.add(dismissalKey(`lead-${i}`, `lead-${i + 1}`));
    expect(keys.size).toBe(2_000);
  });
});

describe('pairsAmong', () => {
  it('lists each pair once and ignores repeated ids', () => {
    expect(pairsAmong(['a', 'b', 'c', 'a'])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
    expect(pairsAmong(['a'])).toEqual([]);
    expect(pairsAmong([])).toEqual([]);
  });
});
