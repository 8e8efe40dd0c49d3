import { describe, expect, it } from 'vitest';
import { RankedValues, sortByRank } from './rankedValues';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const isEmpty = (value: string): boolean => value === '';

describe('RankedValues', () => {
  it('ranks values in sorted order with empty values at -1', () => {
    const ranked = new RankedValues(compare);
    expect([...ranked.rank(['b', '', 'a', 'b'], isEmpty)]).toEqual([1, -1, 0, 1]);
  });

  it('inserts a few new values in place', () => {
    const ranked = new RankedValues(compare);
    ranked.rank(['a', 'c', 'e'], isEmpty);
    const ranks = ranked.rank(['e', 'd', 'a', 'c'], isEmpty);
    expect([...ranks]).toEqual([3, 2, 0, 1]);
  });

  it('rebuilds when many values are new', () => {
    const ranked = new RankedValues<number>((a, b) => a - b);
    ranked.rank([5], () => false);
    const values = Array.from({ length: 200 }, (_, i) => 200 - i);
    const ranks = ranked.rank(values, () => false);
    expect(ranks[0]).toBe(199);
    expect(ranks[199]).toBe(0);
  });
});

describe('sortByRank', () => {
  const ranks = Int32Array.from([2, -1, 0, 2, 1]);
  const order = Int32Array.from([0, 1, 2, 3, 4]);

  it('sorts ascending, ties in given order, empty last', () => {
    expect([...sortByRank(order, ranks, 3, 'asc')]).toEqual([2, 4, 0, 3, 1]);
  });

  it('sorts descending, still with empty last', () => {
    expect([...sortByRank(order, ranks, 3, 'desc')]).toEqual([0, 3, 4, 2, 1]);
  });

  it('keeps the tie order of the input order', () => {
    expect([...sortByRank(Int32Array.from([3, 0]), ranks, 3, 'asc')]).toEqual([3, 0]);
  });
});
