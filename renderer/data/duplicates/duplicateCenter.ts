import { pairsAmong } from '../../../core/duplicates/pairKey';
import type { DataContext } from '../context';
import type { DuplicateCenter } from '../duplicatesContract';
import { dismissPairs, undismissPairs } from './dismissals';
import type { DuplicateQueue } from './duplicateQueue';
import { mergedLeadIdsOf } from './mergedLeads';
import { merge, observeMergesInto, previewMerge, undoMerge } from './mergeWrites';

/** data.duplicates: the queue (over the list projection) and merging (through the change journal). */
export function createDuplicateCenter(ctx: DataContext, queue: DuplicateQueue): DuplicateCenter {
  return {
    observeQueue: () => queue.observe(),
    rescan: () => queue.rescan(),
    dismiss: (leadIds) => dismissPairs(ctx, pairsAmong(leadIds)),
    dismissLead: (leadId, others) => dismissPairs(ctx, [...new Set(others)].filter((id) => id !== leadId).map((id) => [leadId, id] as const)),
    undismiss: (leadIds) => undismissPairs(ctx, pairsAmong(leadIds)),
    previewMerge: (leadIds, survivorId) => previewMerge(ctx, leadIds, survivorId),
    merge: (input) => merge(ctx, input),
    undoMerge: (changeSetId) => undoMerge(ctx, changeSetId),
    mergedLeadIdsOf: (leadId) => mergedLeadIdsOf(ctx, leadId),
    observeMergesInto: (leadId) => observeMergesInto(ctx, leadId),
  };
}

