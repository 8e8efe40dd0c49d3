import { describe, expect, it } from 'vitest';
import { selectRange } from './selectRange';

const ids = ['a', 'b', 'c', 'd', 'e'];

describe('selectRange', () => {
  it('selects from the anchor to the clicked row, either direction', () => {
    expect([...selectRange(new Set(), ids, 'b', 'd', true)].sort()).toEqual(['b', 'c', 'd']);
    expect([...selectRange(new Set(), ids, 'd', 'b', true)].sort()).toEqual(['b', 'c', 'd']);
  });

  it('keeps what was selected before', () => {
    expect([...selectRange(new Set(['a']), ids, 'c', 'd', true)].sort()).toEqual(['a', 'c', 'd']);
  });

  it('deselects a range', () => {
    expect([...selectRange(new Set(ids), ids, 'b', 'c', false)].sort()).toEqual(['a', 'd', 'e']);
  });

  it('acts on the clicked row alone without an anchor in the list', () => {
    expect([...selectRange(new Set(), ids, 'zz', 'c', true)]).toEqual(['c']);
    expect([...selectRange(new Set(), ids, null, 'c', true)]).toEqual(['c']);
  });
});
