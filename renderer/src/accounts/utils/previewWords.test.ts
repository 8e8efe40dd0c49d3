import { describe, expect, it } from 'vitest';
import { showValue } from './previewWords';

describe('showValue', () => {
  it('shows blanks as a dash and lists, consent and booleans in words', () => {
    expect(showValue('')).toBe('—');
    expect(showValue(null)).toBe('—');
    expect(showValue([])).toBe('—');
    expect(showValue(['solar', 'vip'])).toBe('solar, vip');
    expect(showValue({ marketingOptIn: true, unsubscribed: false })).toBe('marketing opt in');
    expect(showValue({ marketingOptIn: false })).toBe('—');
    expect(showValue(true)).toBe('Yes');
    expect(showValue(120)).toBe('120');
  });
});
