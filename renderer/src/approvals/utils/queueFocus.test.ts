import { describe, expect, it } from 'vitest';
import { focusAfterLeaving, moveFocus } from './queueFocus';

describe('moveFocus', () => {
  it('moves by one and stops at both ends', () => {
    const ids = ['a', 'b', 'c'];
    expect(moveFocus(ids, 'a', 1)).toBe('b');
    expect(moveFocus(ids, 'c', 1)).toBe('c');
    expect(moveFocus(ids, 'a', -1)).toBe('a');
    expect(moveFocus(ids, 'b', -1)).toBe('a');
  });

  it('starts at the first row when nothing (or a vanished row) is focused, and has nothing in an empty list', () => {
    expect(moveFocus(['a', 'b'], null, 1)).toBe('a');
    expect(moveFocus(['a', 'b'], 'gone', -1)).toBe('a');
    expect(moveFocus([], 'a', 1)).toBeNull();
  });
});

describe('focusAfterLeaving', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('goes to the next row that stays after the focused one leaves', () => {
    expect(focusAfterLeaving(ids, 'b', new Set(['b']))).toBe('c');
    expect(focusAfterLeaving(ids, 'b', new Set(['b', 'c']))).toBe('d');
  });

  it('goes back when the last rows leave, and to nothing when all leave', () => {
    expect(focusAfterLeaving(ids, 'd', new Set(['d']))).toBe('c');
    expect(focusAfterLeaving(ids, 'c', new Set(['c', 'd']))).toBe('b');
    expect(focusAfterLeaving(ids, 'a', new Set(ids))).toBeNull();
  });

  it('keeps focus on a row that stays', () => {
    expect(focusAfterLeaving(ids, 'a', new Set(['b', 'c']))).toBe('a');
    expect(focusAfterLeaving(ids, null, new Set(['a']))).toBe('b');
  });
});
