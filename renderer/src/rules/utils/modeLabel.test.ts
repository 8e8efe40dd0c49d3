import { describe, expect, it } from 'vitest';
import { modeLabel } from './modeLabel';

const day = 86_400_000;

describe('modeLabel', () => {
  it('says each mode in a few words', () => {
    expect(modeLabel({ kind: 'one_time' })).toBe('Once per lead');
    expect(modeLabel({ kind: 'periodic', everyMs: day })).toBe('Every 1 day');
    expect(modeLabel({ kind: 'periodic', everyMs: 6 * 3_600_000 })).toBe('Every 6 hours');
    expect(modeLabel({ kind: 'in_cycle', everyMs: 3 * day, forMs: 14 * day })).toBe('Every 3 days for 14 days');
  });
});
