/**
 * Deterministic randomness for demo data (core takes no Math.random). mulberry32: tiny, fast,
 * and good enough to make fake leads look varied.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32 as a class: methods live on the prototype, so a generator per lead costs one object. */
class Mulberry32 implements Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

export function createRandom(seed: number): Random {
  return new Mulberry32(seed);
}

/** 32-bit avalanche (murmur3's finaliser): nearby inputs give unrelated outputs. */
function avalanche(value: number): number {
  let h = value | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Seed of the stream for item `index` of a run seeded with `seed`, so any lead can be generated
 * on its own (in chunks, in workers) and still come out the same.
 */
export function mixSeed(seed: number, index: number): number {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`a demo seed must be a whole number, not ${seed}`);
  const high = Math.floor(seed / 4_294_967_296) | 0;
  return avalanche(avalanche(seed >>> 0) ^ Math.imul(high, 0x27d4eb2d) ^ Math.imul(index + 1, 0x9e3779b9));
}

/** FNV-1a hash of a string: a seed derived from an id. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Picks items by relative weight; the cumulative table is built once. */
export function weightedPicker<T>(entries: ReadonlyArray<readonly [T, number]>): (random: Random) => T {
  if (entries.length === 0) throw new RangeError('cannot pick from an empty list');
  const items = entries.map(([item]) => item);
  const totals: number[] = [];
  let sum = 0;
  for (const [, weight] of entries) {
    if (!(weight >= 0)) throw new RangeError('weights must be zero or more');
    sum += weight;
    totals.push(sum);
  }
  if (sum <= 0) throw new RangeError('at least one weight must be above zero');
  return (random) => {
    const target = random.next() * sum;
    let low = 0;
    let high = totals.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((totals[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return items[low] as T;
  };
}
