import { describe, expect, it } from 'vitest';
import { dailyReviewKey, localDayKey, localDayStart } from './reviewDay';

const at = (iso: string): number => Date.parse(iso);

describe('localDayKey', () => {
  it('is the UTC date at offset 0', () => {
    expect(localDayKey(at('2025-03-10T23:59:59.999Z'), 0)).toBe('2025-03-10');
    expect(localDayKey(at('2025-03-11T00:00:00.000Z'), 0)).toBe('2025-03-11');
  });

  it('moves to the next day east of UTC before UTC midnight', () => {
    // 22:30 UTC is 02:30 the next morning in Dubai (+4:00).
    expect(localDayKey(at('2025-03-10T22:30:00Z'), 240)).toBe('2025-03-11');
    expect(localDayKey(at('2025-03-10T19:59:59Z'), 240)).toBe('2025-03-10');
    expect(localDayKey(at('2025-03-10T20:00:00Z'), 240)).toBe('2025-03-11');
  });

  it('stays on the previous day west of UTC after UTC midnight', () => {
    // 03:00 UTC is 22:00 the evening before in New York (−5:00).
    expect(localDayKey(at('2025-03-11T03:00:00Z'), -300)).toBe('2025-03-10');
    expect(localDayKey(at('2025-03-11T05:00:00Z'), -300)).toBe('2025-03-11');
  });

  it('handles half-hour offsets, the year end and leap days', () => {
    expect(localDayKey(at('2024-12-31T18:29:59Z'), 330)).toBe('2024-12-31');
    expect(localDayKey(at('2024-12-31T18:30:00Z'), 330)).toBe('2025-01-01');
    expect(localDayKey(at('2024-02-29T12:00:00Z'), 0)).toBe('2024-02-29');
    expect(localDayKey(at('2024-03-01T10:00:00Z'), -720)).toBe('2024-02-29');
  });

  it('treats a missing or absurd offset as UTC or clamps it', () => {
    expect(localDayKey(at('2025-03-10T23:00:00Z'), Number.NaN)).toBe('2025-03-10');
    expect(localDayKey(at('2025-03-10T23:00:00Z'), 10_000)).toBe(localDayKey(at('2025-03-10T23:00:00Z'), 14 * 60));
  });
});

describe('localDayStart', () => {
  it('is local midnight', () => {
    expect(localDayStart(at('2025-03-10T15:00:00Z'), 0)).toBe(at('2025-03-10T00:00:00Z'));
    expect(localDayStart(at('2025-03-10T22:30:00Z'), 240)).toBe(at('2025-03-10T20:00:00Z'));
    expect(localDayStart(at('2025-03-11T03:00:00Z'), -300)).toBe(at('2025-03-10T05:00:00Z'));
  });

  it('is the instant itself at midnight and agrees with the day key', () => {
    const midnight = at('2025-03-10T20:00:00Z');
    expect(localDayStart(midnight, 240)).toBe(midnight);
    expect(localDayStart(midnight - 1, 240)).toBe(midnight - 86_400_000);
    for (let t = at('2025-03-09T00:00:00Z'); t < at('2025-03-12T00:00:00Z'); t += 37 * 60_000) {
      for (const offset of [-600, -300, 0, 60, 330, 840]) {
        expect(localDayKey(localDayStart(t, offset), offset)).toBe(localDayKey(t, offset));
        expect(localDayKey(localDayStart(t, offset) - 1, offset)).not.toBe(localDayKey(t, offset));
      }
    }
  });

  it('works before 1970', () => {
    expect(localDayStart(-1, 0)).toBe(-86_400_000);
  });
});

describe('dailyReviewKey', () => {
  it('joins user and day', () => {
    expect(dailyReviewKey('user-1', '2025-03-10')).toEqual({ ok: true, value: 'user-1:2025-03-10' });
  });

  it('refuses no user or a malformed day', () => {
    expect(dailyReviewKey('', '2025-03-10').ok).toBe(false);
    expect(dailyReviewKey('u1', '10/03/2025').ok).toBe(false);
  });

  it('shortens a user id that does not fit (the app’s own user-<uuid>) or has other characters, one key per user', () => {
    const appUser = 'user-3f2b9c1e-8a7d-4b6e-9f01-2c3d4e5f6a7b';
    const key = dailyReviewKey(appUser, '2025-03-10');
    const other = dailyReviewKey('user-3f2b9c1e-8a7d-4b6e-9f01-2c3d4e5f6a7c', '2025-03-10');
    expect(key.ok && other.ok).toBe(true);
    if (!key.ok || !other.ok) return;
    expect(key.value).toMatch(/^user-3f2b9c1\.[0-9a-f]{16}:2025-03-10$/);
    expect(other.value).not.toBe(key.value);
    expect(dailyReviewKey(appUser, '2025-03-10')).toEqual(key);
    for (const value of [key.value, dailyReviewKey('a b', '2025-03-10'), dailyReviewKey('u'.repeat(64), '2025-03-10')].map((k) => (typeof k === 'string' ? k : k.ok ? k.value : ''))) {
      expect(value.length).toBeLessThanOrEqual(40);
      expect(value).toMatch(/^[A-Za-z0-9_.:-]+$/);
    }
    expect(dailyReviewKey('u'.repeat(29), '2025-03-10')).toEqual({ ok: true, value: `${'u'.repeat(29)}:2025-03-10` });
    expect(dailyReviewKey('u'.repeat(30), '2025-03-10')).not.toEqual({ ok: true, value: `${'u'.repeat(30)}:2025-03-10` });
  });
});
