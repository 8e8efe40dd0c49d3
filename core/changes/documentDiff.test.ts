import { describe, expect, it } from 'vitest';
import { changedFields, sameDocument } from './documentDiff';

describe('changedFields', () => {
  it('lists top-level fields that differ, were added or removed, sorted', () => {
    expect(changedFields({ a: 1, b: { x: 1 }, c: 'same', gone: true }, { c: 'same', a: 2, b: { x: 2 }, added: null })).toEqual(['a', 'added', 'b', 'gone']);
  });
  it('is empty for equal documents whatever the key order', () => {
    expect(changedFields({ a: [1, { b: 2 }], c: null }, { c: null, a: [1, { b: 2 }] })).toEqual([]);
  });
});

describe('sameDocument', () => {
  it('treats null as absent', () => {
    expect(sameDocument(null, null)).toBe(true);
    expect(sameDocument(null, { id: 'a' })).toBe(false);
    expect(sameDocument({ id: 'a' }, null)).toBe(false);
    expect(sameDocument({ id: 'a', n: 1 }, { n: 1, id: 'a' })).toBe(true);
  });
});
