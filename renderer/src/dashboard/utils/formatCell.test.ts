import { describe, expect, it } from 'vitest';
import { formatCell, rateLabel } from './formatCell';

describe('formatCell', () => {
  it('shows each kind of cell in words a seller reads', () => {
    expect(formatCell(null, 'count')).toBe('—');
    expect(formatCell(Number.NaN, 'percent')).toBe('—');
    expect(formatCell('Events', 'text')).toBe('Events');
    expect(formatCell(2 / 3, 'percent')).toBe('66.7%');
    expect(formatCell(41.125, 'score')).toBe('41.1');
    expect(formatCell(12, 'count')).toBe((12).toLocaleString());
    expect(rateLabel(null)).toBe('');
    expect(rateLabel(0.25)).toBe('25.0%');
  });
});
