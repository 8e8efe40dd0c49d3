import { describe, expect, it } from 'vitest';
import { percentOf } from './percentOf';

describe('percentOf', () => {
  it('rounds to whole percent, marks tiny shares and an empty total', () => {
    expect(percentOf(1, 3)).toBe('33%');
    expect(percentOf(0, 3)).toBe('0%');
    expect(percentOf(1, 1000)).toBe('<1%');
    expect(percentOf(3, 3)).toBe('100%');
    expect(percentOf(0, 0)).toBe('—');
  });
});
