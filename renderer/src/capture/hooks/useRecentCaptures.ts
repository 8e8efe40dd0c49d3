import { useMemo } from 'react';
import type { LeadRow } from '../../../data/contract';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useLeadListVersion } from '../../leads/hooks/useLeadListVersion';
import { emptyLeadListQuery } from '../../leads/utils/emptyLeadListQuery';

/** The newest leads created since the session started (the list's default order is newest first). */
export function useRecentCaptures(since: number, count = 5): LeadRow[] {
  const { data } = useLeadCenter();
  const version = useLeadListVersion(data.leadList);
  return useMemo(() => {
    const recent: LeadRow[] = [];
    for (const row of data.leadList.query(emptyLeadListQuery)) {
      if (row.createdAt < since) break;
      recent.push(row);
      if (recent.length >= count) break;
    }
    return recent;
  }, [data, since, count, version]); // eslint-disable-line react-hooks/exhaustive-deps
}
