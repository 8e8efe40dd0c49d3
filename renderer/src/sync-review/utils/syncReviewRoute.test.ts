import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../app/parseRoute';
import { routeToHash } from '../../app/routeToHash';

describe('the Needs review route', () => {
  it('is #/sync-review both ways', () => {
    expect(parseRoute('#/sync-review')).toEqual({ name: 'sync-review' });
    expect(routeToHash({ name: 'sync-review' })).toBe('#/sync-review');
  });
});
