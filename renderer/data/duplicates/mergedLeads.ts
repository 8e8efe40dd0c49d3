import { distinctUntilChanged, firstValueFrom, map, type Observable } from 'rxjs';
import { appliedMerges, mergedLeadIds } from '../../../core/merge/mergedLeadIds';
import type { ChangeSet } from '../../../core/model/changeSet';
import { observeChangeSets } from '../changeJournal';
import type { DataContext } from '../context';

/**
 * Leads merged into a lead, read from the change journal (leads carry no such field: a lead
 * schema change would migrate every lead). Merged leads keep their events under their own id;
 * the survivor's timeline and its account's history add them through these ids.
 */

const sameIds = (a: string[], b: string[]): boolean => a.length === b.length && a.every((id, i) => id === b[i]);

export function mergedIdsFrom(sets: readonly ChangeSet[], leadId: string): string[] {
  return mergedLeadIds(leadId, appliedMerges(sets));
}

/** Every lead merged into `leadId`, directly or through earlier merges; sorted. */
export async function mergedLeadIdsOf(ctx: DataContext, leadId: string): Promise<string[]> {
  return mergedIdsFrom(await firstValueFrom(observeChangeSets(ctx)), leadId);
}

/** The same, live: a merge or its undo changes it. */
export function observeMergedLeadIds(ctx: DataContext, leadId: string): Observable<string[]> {
  return observeChangeSets(ctx).pipe(
    map((sets) => mergedIdsFrom(sets, leadId)),
    distinctUntilChanged(sameIds),
  );
}
