import { isUnchangedFromPlatform, platformBaseOf } from './platformBase';
import { getAssumedMasterState, getChangedDocumentsSince, getComposedPrimaryKeyOfDocumentData, writeDocToDocState, type RxStorageInstanceReplicationState } from 'rxdb';

/**
 * How many local changes of one collection the platform has not acknowledged yet.
 *
 * RxDB's upstream keeps a checkpoint in the local storage's change order: everything before it
 * has been handed to the platform. The candidates are therefore the documents written since
 * that checkpoint (few when online, the offline edits otherwise; pages of `pageSize`). A
 * candidate is pending unless its state equals the platform state RxDB recorded for it after
 * the last acknowledged push or pull (the "assumed master state" in the replication's meta
 * store) — so documents the replication itself wrote from a pull are not counted, and an edit
 * undone before it was pushed is not either. A merge result that still has to go up (RxDB marks
 * it `isResolvedConflict`) is counted. A document a first sync loaded without that record is
 * compared with the state it was loaded with (platformBase.ts). Reads only: nothing of RxDB's state is changed.
 */
export async function countPendingChanges<T>(state: RxStorageInstanceReplicationState<T>, pageSize = 1000): Promise<number> {
  const { forkInstance, metaInstance, conflictHandler } = state.input;
  const checkpointId = getComposedPrimaryKeyOfDocumentData(metaInstance.schema, { isCheckpoint: '1', itemId: 'up' });
  const [checkpointDoc] = await metaInstance.findDocumentsById([checkpointId], false);
  let checkpoint: unknown = checkpointDoc?.checkpointData;
  let pending = 0;
  for (;;) {
    const page = await getChangedDocumentsSince(forkInstance, pageSize, checkpoint);
    if (page.documents.length === 0) break;
    const ids = page.documents.map((doc) => String((doc as Record<string, unknown>)[state.primaryPath]));
    const assumed = await getAssumedMasterState(state, ids);
    page.documents.forEach((doc, i) => {
      const master = assumed[ids[i] ?? ''];
      if (!master) {
        // A first-loaded document (firstLoad.ts) has no recorded state until it is first pushed:
        // as loaded it is not a change, and changed back to the state it was loaded with neither.
        const base = platformBaseOf(doc);
        const unchanged = isUnchangedFromPlatform(doc) || (base !== null && conflictHandler.isEqual(base as never, writeDocToDocState(doc, state.hasAttachments, false), 'lead-center-pending-count'));
        if (!unchanged) pending++;
        return;
      }
      if (master.metaDocument.isResolvedConflict === doc._rev) {
        pending++;
        return;
      }
      const local = writeDocToDocState(doc, state.hasAttachments, false);
      if (!conflictHandler.isEqual(master.docData, local, 'lead-center-pending-count')) pending++;
    });
    if (page.documents.length < pageSize) break;
    checkpoint = page.checkpoint;
  }
  return pending;
}
