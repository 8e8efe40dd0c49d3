import type { RxConflictHandler, RxConflictHandlerInput, WithDeleted } from 'rxdb';
import { documentLabel, mergeDocuments, valuesEqual, type FieldConflict } from '../../../core/sync/merge';
import type { ReplicatedCollection } from '../../../core/sync/protocol';

/**
 * RxDB's conflict handler for one replicated collection (RxDB 17: isEqual synchronous, resolve
 * async). RxDB calls resolve when the platform answers a push with its current state (the device's
 * assumed master state was out of date): the three-way merge with base = assumedMasterState gives
 * the document RxDB writes locally (it adds `_meta`, `_rev`, `_attachments` itself) and pushes
 * again. What the merge changed against this device's edit goes to the report (Needs review).
 */

/** One merged document whose fields took the platform's value over this device's edit. */
export interface SyncConflictReport {
  collection: ReplicatedCollection;
  documentId: string;
  /** The lead's name, the email's subject… (core/sync/merge/documentLabel). */
  label: string;
  fields: FieldConflict[];
}

export type SyncConflictSink = (report: SyncConflictReport) => void;

let sink: SyncConflictSink | null = null;

/**
 * Where reports go: the sync controller sets it when replication starts (the handlers are
 * installed with the collections, before anyone knows where reports should be kept). Returns a
 * function that puts back the previous sink. Without a sink, reports are dropped: the merge
 * itself still happens.
 */
export function setSyncConflictSink(next: SyncConflictSink | null): () => void {
  const previous = sink;
  sink = next;
  return () => {
    if (sink === next) sink = previous;
  };
}

/** Passes a report to the current sink; a failing sink never breaks the replication. */
export function reportToSink(report: SyncConflictReport): void {
  try {
    sink?.(report);
  } catch (error) {
    console.error('Lead Center: could not record a sync conflict', error);
  }
}

const replicationFields = new Set(['_meta', '_rev', '_attachments']);

function replicatedContent(document: object): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) if (!replicationFields.has(key)) content[key] = value;
  return content;
}

/** The Needs review list lives in config: its own entries never become entries (no loop). */
function isReviewEntry(collection: ReplicatedCollection, document: Record<string, unknown>): boolean {
  return collection === 'config' && document.kind === 'sync-conflict';
}

export function createMergeConflictHandler<T>(collection: ReplicatedCollection, report: SyncConflictSink = reportToSink): RxConflictHandler<T> {
  return {
    isEqual(a: WithDeleted<T>, b: WithDeleted<T>): boolean {
      return valuesEqual(replicatedContent(a), replicatedContent(b));
    },
    resolve(input: RxConflictHandlerInput<T>): Promise<WithDeleted<T>> {
      const mine = replicatedContent(input.newDocumentState);
      const theirs = replicatedContent(input.realMasterState);
      const base = input.assumedMasterState ? replicatedContent(input.assumedMasterState) : null;
      const { merged, conflicts } = mergeDocuments(collection, base, mine, theirs);
      if (conflicts.length > 0 && !isReviewEntry(collection, merged)) {
        const documentId = typeof merged.id === 'string' ? merged.id : String(theirs.id);
        report({ collection, documentId, label: documentLabel(collection, merged), fields: conflicts });
      }
      return Promise.resolve(merged as WithDeleted<T>);
    },
  };
}
