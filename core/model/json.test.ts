import { describe, expect, it } from 'vitest';
import { jsonObject, jsonValue } from './json';

describe('jsonValue', () => {
  it('accepts nested plain data', () => {
    const value = { a: [1, 'two', null, true, { b: [] }] };
    expect(jsonValue.parse(value)).toEqual(value);
  });

  it('refuses what JSON cannot carry', () => {
    expect(jsonValue.safeParse(undefined).success).toBe(false);
    expect(jsonValue.safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
    expect(jsonValue.safeParse({ f: () => 1 }).success).toBe(false);
    expect(jsonObject.safeParse([1, 2]).success).toBe(false);
  });
});
