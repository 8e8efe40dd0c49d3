import { describe, expect, it } from 'vitest';
import { jsonEqual } from './jsonEqual';

describe('jsonEqual', () => {
  it('ignores key order and compares nested values', () => {
    expect(jsonEqual({ a: 1, b: { c: [1, 2], d: null } }, { b: { d: null, c: [1, 2] }, a: 1 })).toBe(true);
  });
  it('tells apart arrays of different order or length, objects and arrays, null and missing', () => {
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual([1], [1, 1])).toBe(false);
    expect(jsonEqual({}, [])).toBe(false);
    expect(jsonEqual({ a: null }, {})).toBe(false);
    expect(jsonEqual(null, undefined)).toBe(false);
    expect(jsonEqual('1', 1)).toBe(false);
  });
});
