import { describe, expect, it } from 'vitest';
import { fromStored, jsonEqual, sameDocument, storedData, withoutLocalFields } from './wireDocuments';

describe('wire documents', () => {
  it("drops RxDB's local fields and keeps everything else as pushed", () => {
    const pushed = { id: 'a', _deleted: false, _meta: { lwt: 1 }, _rev: '1-x', _attachments: {}, name: 'A', extra: { deep: [1, 2] } };
    expect(withoutLocalFields(pushed)).toEqual({ id: 'a', _deleted: false, name: 'A', extra: { deep: [1, 2] } });
    expect(storedData(pushed)).toEqual({ id: 'a', name: 'A', extra: { deep: [1, 2] } });
    expect(fromStored(storedData(pushed), true)).toEqual({ id: 'a', _deleted: true, name: 'A', extra: { deep: [1, 2] } });
  });

  it('compares by value: key order, local fields and undefined members do not matter', () => {
    expect(sameDocument({ id: 'a', _deleted: false, x: 1, y: { b: 2, a: 1 } }, { y: { a: 1, b: 2 }, x: 1, id: 'a', _deleted: false, _rev: '2-y' })).toBe(true);
    expect(sameDocument({ id: 'a', _deleted: false, x: undefined }, { id: 'a', _deleted: false })).toBe(true);
    expect(sameDocument({ id: 'a', _deleted: false }, { id: 'a', _deleted: true })).toBe(false);
    expect(sameDocument(null, null)).toBe(true);
    expect(sameDocument(null, { id: 'a', _deleted: false })).toBe(false);
  });

  it('tells arrays, objects, nulls and numbers apart', () => {
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual({ a: null }, { a: undefined })).toBe(false);
    expect(jsonEqual({ a: [{ b: 1 }] }, { a: [{ b: 1 }] })).toBe(true);
    expect(jsonEqual(1, '1')).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});
