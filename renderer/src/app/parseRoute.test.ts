import { describe, expect, it } from 'vitest';
import { parseRoute } from './parseRoute';
import { routeToHash } from './routeToHash';

describe('parseRoute', () => {
  it('defaults to the lead list', () => {
    expect(parseRoute('')).toEqual({ name: 'leads' });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'leads' });
  });

  it('round-trips every route', () => {
    for (const route of [
      { name: 'leads' },
      { name: 'lead', leadId: 'lead:1 2' },
      { name: 'overview' },
      { name: 'hot' },
      { name: 'capture' },
      { name: 'reminders' },
      { name: 'settings' },
      { name: 'approvals' },
    ] as const) {
      expect(parseRoute(routeToHash(route))).toEqual(route);
    }
  });
});
