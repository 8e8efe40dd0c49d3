import { describe, expect, it } from 'vitest';
import { keepSecret, secretChanges, secretForRequest } from './secretChange';

describe('secret changes', () => {
  it('keeps the stored secret unless a new one is typed or removal is chosen', () => {
    expect(secretForRequest(keepSecret)).toBeUndefined();
    expect(secretForRequest({ mode: 'set', value: '' })).toBeUndefined();
    expect(secretForRequest({ mode: 'set', value: 'hunter2' })).toBe('hunter2');
    expect(secretForRequest({ mode: 'remove' })).toBeNull();
  });

  it('says whether saving would touch the secret', () => {
    expect(secretChanges(keepSecret)).toBe(false);
    expect(secretChanges({ mode: 'set', value: '' })).toBe(false);
    expect(secretChanges({ mode: 'set', value: ' ' })).toBe(true);
    expect(secretChanges({ mode: 'remove' })).toBe(true);
  });
});
