import { describe, expect, it } from 'vitest';
import { emptyLeadListQuery } from './emptyLeadListQuery';
import { listQueryFromHash } from './listQueryFromHash';

describe('listQueryFromHash', () => {
  it('is null without a query', () => {
    expect(listQueryFromHash('#/leads', 'me-1')).toBeNull();
  });

  it('reads filters and sort', () => {
    expect(listQueryFromHash('#/leads?engagement=HOT,WARM&owner=me&sort=urgency:desc&group=qualified', 'me-1')).toEqual({
      filters: { ...emptyLeadListQuery.filters, engagementLevels: ['HOT', 'WARM'], owners: ['me-1'], groups: ['qualified'] },
      sort: { column: 'urgency', direction: 'desc' },
    });
    expect(listQueryFromHash('#/leads?sort=lastActivityAt:asc&temperature=hot&country=ae', 'x')).toMatchObject({
      filters: { temperatures: ['hot'], countries: ['AE'] },
      sort: { column: 'lastActivityAt', direction: 'asc' },
    });
  });

  it('drops values it does not know', () => {
    expect(listQueryFromHash('#/leads?engagement=LUKEWARM,not-assessed&temperature=boiling&sort=colour:up', 'x')).toEqual({
      filters: { ...emptyLeadListQuery.filters, engagementLevels: ['not-assessed'] },
      sort: null,
    });
  });
});
