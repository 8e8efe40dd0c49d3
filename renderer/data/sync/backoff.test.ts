import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './backoff';

describe('reconnectDelay', () => {
  const options = { baseMs: 500, capMs: 30_000 };

  it('waits nothing before any failure', () => {
    expect(reconnectDelay(0, () => 0.5, options)).toBe(0);
    expect(reconnectDelay(-3, () => 0.5, options)).toBe(0);
    expect(reconnectDelay(Number.NaN, () => 0.5, options)).toBe(0);
  });

  it('doubles from the base, half fixed and half random', () => {
    expect(reconnectDelay(1, () => 0, options)).toBe(250);
    expect(reconnectDelay(1, () => 1, options)).toBe(500);
    expect(reconnectDelay(2, () => 0, options)).toBe(500);
    expect(reconnectDelay(3, () => 1, options)).toBe(2000);
  });

  it('never exceeds the cap, however many failures', () => {
    expect(reconnectDelay(7, () => 1, options)).toBe(30_000);
    expect(reconnectDelay(1000, () => 1, options)).toBe(30_000);
    expect(reconnectDelay(1000, () => 0, options)).toBe(15_000);
  });

  it('clamps a random source outside [0, 1]', () => {
    expect(reconnectDelay(1, () => 7, options)).toBe(500);
    expect(reconnectDelay(1, () => -1, options)).toBe(250);
  });

  it('spreads clients over the upper half of the window', () => {
    const delays = [0.1, 0.4, 0.9].map((r) => reconnectDelay(4, () => r, options));
    expect(new Set(delays).size).toBe(3);
    for (const d of delays) {
      expect(d).toBeGreaterThanOrEqual(2000);
      expect(d).toBeLessThanOrEqual(4000);
    }
  });
});
