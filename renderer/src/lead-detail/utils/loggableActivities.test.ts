import { describe, expect, it } from 'vitest';
import { leadEventTypes } from '../../../../core/model/event';
import { activityData, loggableActivities, parseActivityWhen } from './loggableActivities';
import { toDateTimeLocal } from './toDateTimeLocal';

describe('loggableActivities', () => {
  it('lists the eight buyer activities a seller logs by hand, each a known event type, once', () => {
    const types = loggableActivities.map((a) => a.type);
    expect(types).toEqual(['quote_request', 'call', 'meeting', 'email_reply', 'email_open', 'page_view', 'download', 'chat']);
    expect(types.every((t) => (leadEventTypes as readonly string[]).includes(t))).toBe(true);
    expect(new Set(loggableActivities.map((a) => a.label)).size).toBe(loggableActivities.length);
  });
});

describe('parseActivityWhen', () => {
  const now = new Date(2025, 5, 15, 12, 0).getTime();

  it('leaves an empty time to the data layer (now)', () => {
    expect(parseActivityWhen('', now)).toEqual({ ok: true, at: undefined });
  });

  it('reads a local date and time', () => {
    const at = new Date(2025, 5, 12, 9, 30).getTime();
    expect(parseActivityWhen(toDateTimeLocal(at), now)).toEqual({ ok: true, at });
  });

  it('refuses the future beyond a minute of clock slack, and garbage', () => {
    expect(parseActivityWhen(toDateTimeLocal(now + 3_600_000), now).ok).toBe(false);
    expect(parseActivityWhen(toDateTimeLocal(now + 30_000), now).ok).toBe(true);
    expect(parseActivityWhen('not a date', now).ok).toBe(false);
  });
});

describe('activityData', () => {
  it('carries the trimmed note, or nothing', () => {
    expect(activityData('  40 pumps ')).toEqual({ note: '40 pumps' });
    expect(activityData('   ')).toEqual({});
    expect(activityData('x'.repeat(3000)).note).toHaveLength(2000);
  });
});
