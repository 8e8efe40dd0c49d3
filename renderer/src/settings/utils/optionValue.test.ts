import { describe, expect, it } from 'vitest';
import { moveItem, optionValueFromLabel } from './optionValue';

describe('optionValueFromLabel', () => {
  it('derives lower-case values with digits and _', () => {
    expect(optionValueFromLabel('Within 2 Weeks', [])).toBe('within_2_weeks');
    expect(optionValueFromLabel('  Décideur / CEO ', [])).toBe('decideur_ceo');
  });
  it('never reuses a value', () => {
    expect(optionValueFromLabel('High', ['high'])).toBe('high_2');
    expect(optionValueFromLabel('High', ['high', 'high_2'])).toBe('high_3');
  });
  it('falls back when the label has no letters or digits', () => {
    expect(optionValueFromLabel('???', [])).toBe('option');
    expect(optionValueFromLabel('x'.repeat(100), []).length).toBeLessThanOrEqual(60);
  });
});

describe('moveItem', () => {
  it('moves up and down and clamps at the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 9)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a'], 5, 0)).toEqual(['a']);
  });
});
