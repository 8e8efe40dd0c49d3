import { engagementLevels, temperatures } from '../../../../core/model/lead';
import { notAssessed, type EngagementFilterValue, type Temperature } from '../../../../core/list/types';
import type { LeadListQuery } from '../../../data/contract';
import { leadColumns } from './leadColumns';
import { emptyLeadListQuery } from './emptyLeadListQuery';

/**
 * A lead list opened pre-filtered from a link: `#/leads?engagement=HOT,WARM&sort=urgency:desc`.
 * Parameters (comma-separated values): engagement (HOT… or not-assessed), temperature, group,
 * source, tag, country, owner ("me" for `sellerId`), search, sort (`column:asc|desc`). Unknown
 * values are dropped. Returns null when the hash has no query: the list keeps what it shows.
 */
export function listQueryFromHash(hash: string, sellerId: string): LeadListQuery | null {
  const at = hash.indexOf('?');
  if (at < 0) return null;
  const params = new URLSearchParams(hash.slice(at + 1));
  const list = (name: string): string[] =>
    (params.get(name) ?? '')
      .split(',')
      .map((value) => value.trim())
      .filter((value) => value !== '');
  const engagementOptions: readonly string[] = [...engagementLevels, notAssessed];
  const sortText = params.get('sort') ?? '';
  const [column = '', direction = ''] = sortText.split(':');
  const sortColumn = leadColumns.find((c) => c.id === column)?.id;
  return {
    filters: {
      ...emptyLeadListQuery.filters,
      search: (params.get('search') ?? '').slice(0, 200),
      groups: list('group'),
      sources: list('source'),
      tags: list('tag'),
      countries: list('country').map((code) => code.toUpperCase()),
      temperatures: list('temperature').filter((t): t is Temperature => (temperatures as readonly string[]).includes(t)),
      engagementLevels: list('engagement').filter((level): level is EngagementFilterValue => engagementOptions.includes(level)),
      owners: list('owner').map((owner) => (owner === 'me' ? sellerId : owner)),
    },
    sort: sortColumn ? { column: sortColumn, direction: direction === 'asc' ? 'asc' : 'desc' } : null,
  };
}
