/**
 * Distinct values of one column in sorted order, each with its rank, kept across list versions.
 * Sorting 100,000 names with a collator takes ~300 ms; sorting rows by an integer rank takes a
 * counting sort (~20 ms). So the collator runs only over values never seen before: a few new
 * values are inserted by binary search, many at once trigger a full rebuild.
 */
export class RankedValues<T extends string | number> {
  private sorted: T[] = [];
  private rankOf = new Map<T, number>();

  constructor(private readonly compare: (a: T, b: T) => number) {}

  /** Number of ranks handed out (ranks run from 0 to size - 1). */
  get size(): number {
    return this.sorted.length;
  }

  /**
   * Ranks of `values`; `isEmpty` values get -1. Ranks stay comparable only within one call:
   * inserting a value renumbers the ones after it.
   */
  rank(values: readonly T[], isEmpty: (value: T) => boolean): Int32Array {
    this.learn(values, isEmpty);
    const ranks = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const value = values[i] as T;
      ranks[i] = isEmpty(value) ? -1 : (this.rankOf.get(value) ?? -1);
    }
    return ranks;
  }

  private learn(values: readonly T[], isEmpty: (value: T) => boolean): void {
    const missing = new Set<T>();
    for (const value of values) if (!isEmpty(value) && !this.rankOf.has(value)) missing.add(value);
    if (missing.size === 0) return;
    // Stale values (no row has them any more) accumulate; rebuilding now and then bounds that.
    const rebuild = this.sorted.length === 0 || missing.size > 64 || this.sorted.length > 2 * values.length + 1024;
    if (rebuild) {
      const distinct = new Set<T>();
      for (const value of values) if (!isEmpty(value)) distinct.add(value);
      this.sorted = [...distinct].sort(this.compare);
    } else {
      for (const value of missing) this.sorted.splice(this.insertionPoint(value), 0, value);
    }
    this.rankOf = new Map();
    this.sorted.forEach((value, rank) => this.rankOf.set(value, rank));
  }

  private insertionPoint(value: T): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(this.sorted[middle] as T, value) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/**
 * Stable counting sort of `order` (row indexes) by `ranks[row]`: ascending or descending, with
 * empty values (rank -1) last either way. Ties keep their order in `order`.
 */
export function sortByRank(order: Int32Array, ranks: Int32Array, rankCount: number, direction: 'asc' | 'desc'): Int32Array {
  const emptyBucket = rankCount;
  const starts = new Int32Array(rankCount + 2);
  const bucketOf = (rank: number): number => (rank < 0 ? emptyBucket : direction === 'asc' ? rank : rankCount - 1 - rank);
  for (let i = 0; i < order.length; i++) starts[bucketOf(ranks[order[i] as number] as number) + 1]! += 1;
  for (let bucket = 0; bucket <= rankCount; bucket++) starts[bucket + 1]! += starts[bucket] as number;
  const sorted = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const row = order[i] as number;
    const bucket = bucketOf(ranks[row] as number);
    sorted[starts[bucket] as number] = row;
    starts[bucket]! += 1;
  }
  return sorted;
}

/**
 * Ranks of numbers (NaN = empty, rank -1) by one native typed-array sort of the distinct values
 * and a binary search per value: no Map keyed by doubles, which is several times slower.
 */
export function rankNumbers(values: Float64Array): { ranks: Int32Array; count: number } {
  const sorted = values.slice().sort();
  let count = 0;
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i] as number;
    if (Number.isNaN(value)) break; // NaN sorts last
    if (count === 0 || value !== sorted[count - 1]) sorted[count++] = value;
  }
  const ranks = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (Number.isNaN(value)) {
      ranks[i] = -1;
      continue;
    }
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] as number) < value) low = middle + 1;
      else high = middle;
    }
    ranks[i] = low;
  }
  return { ranks, count };
}
