import type { ChangeSet } from '../model/changeSet';

/** One applied merge: who survived and who was merged into it. */
export interface MergeRecord {
  changeSetId: string;
  survivorId: string;
  mergedIds: string[];
  at: number;
}

/**
 * The applied merges in a journal. The survivor is the merged lead the change set kept (its
 * `after` is a document); the others were deleted. Undone and rolled-back merges are left out.
 */
export function appliedMerges(sets: readonly ChangeSet[]): MergeRecord[] {
  const merges: MergeRecord[] = [];
  for (const set of sets) {
    if (set.kind !== 'merge' || set.status !== 'applied') continue;
    const leadChanges = set.changes.filter((change) => change.collection === 'leads');
    const survivor = leadChanges.find((change) => change.after !== null);
    if (!survivor) continue;
    const mergedIds = leadChanges.filter((change) => change.after === null).map((change) => change.id);
    merges.push({ changeSetId: set.id, survivorId: survivor.id, mergedIds, at: set.at });
  }
  return merges;
}

/**
 * Every lead merged into `leadId`, directly or through a lead that was itself a survivor before
 * (a merged into b, then b into c: c has a and b). Never includes `leadId` itself; cycles (a lead
 * merged, restored by hand and merged back) end.
 */
export function mergedLeadIds(leadId: string, merges: readonly MergeRecord[]): string[] {
  const into = new Map<string, string[]>();
  for (const merge of merges) {
    const list = into.get(merge.survivorId);
    if (list) list.push(...merge.mergedIds);
    else into.set(merge.survivorId, [...merge.mergedIds]);
  }
  const found = new Set<string>();
  const queue = [leadId];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    for (const id of into.get(next) ?? []) {
      if (id === leadId || found.has(id)) continue;
      found.add(id);
      queue.push(id);
    }
  }
  return [...found].sort();
}
