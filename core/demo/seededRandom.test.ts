import { describe, expect, it } from 'vitest';
import { createRandom, hashText, mixSeed, weightedPicker } from './seededRandom';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(first[0]).toBeCloseTo(0.6011037519, 9);
  });

  it('differs between seeds', () => {
    expect(createRandom(1).next()).not.toBe(createRandom(2).next());
  });

  it('stays within its ranges and spreads evenly', () => {
    const random = createRandom(7);
    const counts = [0, 0, 0, 0, 0, 0];
    for (let index = 0; index < 60_000; index++) {
      const value = random.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      const die = random.int(1, 6);
      counts[die - 1] = (counts[die - 1] ?? 0) + 1;
    }
    for (const count of counts) expect(count).toBeGreaterThan(9_500);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(60_000);
  });

  it('gives the only value of a one-value range', () => {
    expect(createRandom(3).int(5, 5)).toBe(5);
  });

  it('honours chance at the extremes', () => {
    const random = createRandom(9);
    for (let index = 0; index < 1000; index++) {
      expect(random.chance(0)).toBe(false);
      expect(random.chance(1)).toBe(true);
    }
  });

  it('refuses to pick from nothing', () => {
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
  });
});

describe('mixSeed', () => {
  it('gives unrelated streams for neighbouring indexes and seeds', () => {
    const seeds = new Set<number>();
    for (let seed = 0; seed < 20; seed++) for (let index = 0; index < 500; index++) seeds.add(mixSeed(seed, index));
    expect(seeds.size).toBe(10_000);
  });

  it('uses the high bits of large seeds and negative seeds', () => {
    expect(mixSeed(2 ** 32 + 5, 0)).not.toBe(mixSeed(5, 0));
    expect(mixSeed(-5, 0)).not.toBe(mixSeed(5, 0));
  });

  it('refuses fractional and unsafe seeds', () => {
    expect(() => mixSeed(1.5, 0)).toThrow(RangeError);
    expect(() => mixSeed(Number.NaN, 0)).toThrow(RangeError);
    expect(() => mixSeed(2 ** 60, 0)).toThrow(RangeError);
  });
});

describe('hashText', () => {
  it('is stable and sensitive to every character', () => {
    expect(hashText('')).toBe(0x811c9dc5);
    expect(hashText('demo-1-0')).toBe(hashText('demo-1-0'));
    expect(hashText('demo-1-0')).not.toBe(hashText('demo-1-1'));
  });
});

describe('weightedPicker', () => {
  it('picks in proportion to the weights and never a zero weight', () => {
    const pick = weightedPicker<string>([
      ['a', 1],
      ['never', 0],
      ['b', 3],
    ]);
    const random = createRandom(11);
    const counts: Record<string, number> = { a: 0, b: 0, never: 0 };
    for (let index = 0; index < 40_000; index++) {
      const item = pick(random);
      counts[item] = (counts[item] ?? 0) + 1;
    }
    expect(counts.never).toBe(0);
    expect((counts.b ?? 0) / (counts.a ?? 1)).toBeGreaterThan(2.8);
    expect((counts.b ?? 0) / (counts.a ?? 1)).toBeLessThan(3.2);
  });

  it('refuses empty lists and unusable weights', () => {
    expect(() => weightedPicker([])).toThrow(RangeError);
    expect(() => weightedPicker([['a', 0]])).toThrow(RangeError);
    expect(() => weightedPicker([['a', -1]])).toThrow(RangeError);
    expect(() => weightedPicker([['a', Number.NaN]])).toThrow(RangeError);
  });
});
