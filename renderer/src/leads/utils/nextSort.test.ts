import { describe, expect, it } from 'vitest';
import { nextSort } from './nextSort';

describe('nextSort', () => {
  it('cycles ascending, descending, unsorted', () => {
    const asc = nextSort(null, 'score');
    expect(asc).toEqual({ column: 'score', direction: 'asc' });
    const desc = nextSort(asc, 'score');
    expect(desc).toEqual({ column: 'score', direction: 'desc' });
    expect(nextSort(desc, 'score')).toBeNull();
  });

  it('starts ascending on another column', () => {
    expect(nextSort({ column: 'score', direction: 'desc' }, 'name')).toEqual({ column: 'name', direction: 'asc' });
  });
});
