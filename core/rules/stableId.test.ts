import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stableId } from './stableId';

describe('stableId', () => {
  it('gives 32 hex digits', () => {
    expect(stableId(['rule-1', 'lead-1', '1', '0'])).toMatch(/^[0-9a-f]{32}$/);
    expect(stableId([])).toMatch(/^[0-9a-f]{32}$/);
  });

  it('is the same for the same parts and differs when any part changes', () => {
    const id = stableId(['rule-1', 'lead-1', '1', '0']);
    expect(stableId(['rule-1', 'lead-1', '1', '0'])).toBe(id);
    expect(stableId(['rule-1', 'lead-1', '2', '0'])).not.toBe(id);
    expect(stableId(['rule-1', 'lead-1', '1', '1'])).not.toBe(id);
    expect(stableId(['rule-2', 'lead-1', '1', '0'])).not.toBe(id);
  });

  it('keeps part boundaries apart', () => {
    expect(stableId(['ab', 'c'])).not.toBe(stableId(['a', 'bc']));
    expect(stableId(['a|', 'b'])).not.toBe(stableId(['a', '|b']));
    expect(stableId([''])).not.toBe(stableId([]));
  });

  it('has no clashes among 20,000 neighbouring inputs', () => {
    const ids = new Set<string>();
    for (let lead = 0; lead < 2000; lead++) for (let index = 0; index < 10; index++) ids.add(stableId(['r', `lead-${lead}`, '1', String(index)]));
    expect(ids.size).toBe(20_000);
  });

  it('is a pure function of its parts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 6 }), (parts) => {
        const copy = [...parts];
        const id = stableId(parts);
        expect(stableId(copy)).toBe(id);
        expect(parts).toEqual(copy);
        expect(id).toMatch(/^[0-9a-f]{32}$/);
      }),
    );
  });
});
