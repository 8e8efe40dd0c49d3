import { describe, expect, it } from 'vitest';
import { buyingIntentText, isOverdue, levelText } from './engagementWords';

describe('engagement words', () => {
  it('names every buying intent and shows an unknown one as itself', () => {
    expect(buyingIntentText('high')).toMatch(/^High/);
    expect(buyingIntentText('none')).toBe('None shown yet');
    expect(buyingIntentText('extreme')).toBe('extreme');
  });

  it('says when a lead has no level yet', () => {
    expect(levelText('WARM')).toBe('WARM');
    expect(levelText(null)).toBe('Not judged yet');
  });

  it('marks follow-ups in the past as overdue', () => {
    expect(isOverdue(999, 1000)).toBe(true);
    expect(isOverdue(1000, 1000)).toBe(false);
    expect(isOverdue(2000, 1000)).toBe(false);
    expect(isOverdue(null, 1000)).toBe(false);
    expect(isOverdue(Number.NaN, 1000)).toBe(false);
  });
});
