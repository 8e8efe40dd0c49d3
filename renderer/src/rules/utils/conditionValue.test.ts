import { describe, expect, it } from 'vitest';
import { parseList, parseNumber, valueFor, valueKindFor } from './conditionValue';

describe('valueKindFor', () => {
  it('follows the operator first, then the data type', () => {
    expect(valueKindFor('text', 'is_empty', false)).toBe('none');
    expect(valueKindFor('number', 'is_not_empty', false)).toBe('none');
    expect(valueKindFor('yes_no', 'equals', false)).toBe('yes_no');
    expect(valueKindFor('number', 'within_range', false)).toBe('range');
    expect(valueKindFor('number', 'greater_than', false)).toBe('number');
    expect(valueKindFor('custom', 'less_than', false)).toBe('number');
    expect(valueKindFor('number', 'equals', false)).toBe('number');
    expect(valueKindFor('text', 'in_list', false)).toBe('list');
    expect(valueKindFor('text', 'in_list', true)).toBe('options');
    expect(valueKindFor('text', 'equals', true)).toBe('option');
    expect(valueKindFor('text', 'contains', true)).toBe('text');
    expect(valueKindFor('tags', 'contains', false)).toBe('text');
    expect(valueKindFor('tags', 'not_in_list', false)).toBe('list');
  });
});

describe('valueFor', () => {
  it('keeps a value that fits and replaces one that does not', () => {
    expect(valueFor('none', 'x')).toBeNull();
    expect(valueFor('yes_no', false)).toBe(false);
    expect(valueFor('yes_no', 'x')).toBe(true);
    expect(valueFor('number', 5)).toBe(5);
    expect(valueFor('number', 'five')).toBe(0);
    expect(valueFor('range', [1, 4])).toEqual([1, 4]);
    expect(valueFor('range', [1])).toEqual([0, 0]);
    expect(valueFor('list', 'Events')).toEqual(['Events']);
    expect(valueFor('list', ['a', 3, 'b'])).toEqual(['a', 'b']);
    expect(valueFor('options', '')).toEqual([]);
    expect(valueFor('text', 7)).toBe('');
    expect(valueFor('option', 'Web')).toBe('Web');
  });
});

describe('parsing typed values', () => {
  it('splits lists on commas and drops blanks', () => {
    expect(parseList('Events, Trade show ,, Web')).toEqual(['Events', 'Trade show', 'Web']);
    expect(parseList('  ')).toEqual([]);
  });
  it('reads numbers, with thousands separators, and refuses the rest', () => {
    expect(parseNumber('1,500')).toBe(1500);
    expect(parseNumber('-2.5')).toBe(-2.5);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('abc')).toBeNull();
  });
});
