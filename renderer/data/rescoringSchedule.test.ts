import { describe, expect, it } from 'vitest';
import { localDay, rescoreDue } from './rescoringSchedule';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();

describe('rescoreDue', () => {
  it('runs at start-up when no pass ever ran', () => {
    expect(rescoreDue(null, 'f1', at(2026, 11, 23))).toBe('startup');
  });

  it('runs when the settings differ from the last pass’s, even the same day', () => {
    expect(rescoreDue({ lastFullPassAt: at(2026, 11, 23, 9), settingsFingerprint: 'f0', leadsScored: 3 }, 'f1', at(2026, 11, 23, 10))).toBe('settings');
  });

  it('runs once a calendar day: not again the same day, again after midnight or a missed day', () => {
    const state = { lastFullPassAt: at(2026, 11, 23, 0), settingsFingerprint: 'f1', leadsScored: 3 };
    expect(rescoreDue(state, 'f1', at(2026, 11, 23, 23))).toBeNull();
    expect(rescoreDue(state, 'f1', at(2026, 11, 24, 0))).toBe('startup');
    expect(rescoreDue(state, 'f1', at(2026, 11, 30))).toBe('startup');
  });

  it('names local days', () => {
    expect(localDay(at(2026, 1, 5, 8))).toBe('2026-01-05');
  });
});
