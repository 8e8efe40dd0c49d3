import type { RxCollection } from 'rxdb';
import { WriteConflictError } from './errors';
import { replaceRow, withoutMeta, writeRows } from './storedDocuments';

export interface Change<T> {
  data: T;
  /** True to soft-delete (RxDB _deleted, so the deletion replicates). */
  deleted?: boolean;
}

export interface Written<T> {
  before: T;
  after: T;
  deleted: boolean;
}

/** Retries when a document changed between our read and our write. */
const maxAttempts = 10;

/**
 * Reads the live documents with `ids`, asks `change` for each one's next state (null: leave it),
 * and writes all of them in one storage write. Documents that changed meanwhile are read and
 * changed again. Missing and deleted documents are skipped: compare the ids of the result.
 */
export async function changeDocuments<T>(
  collection: RxCollection<T>,
  read: (stored: Record<string, unknown>) => T,
  ids: readonly string[],
  change: (current: T) => Change<T> | null,
  context: string,
): Promise<Written<T>[]> {
  const written: Written<T>[] = [];
  let pending = [...new Set(ids)];
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt === maxAttempts) {
      throw new WriteConflictError(`${pending.length} ${collection.name} document(s) kept changing while being written; try again`, pending);
    }
    const stored = await collection.storageInstance.findDocumentsById(pending, false);
    const planned = new Map<string, Written<T>>();
    const rows = [];
    for (const doc of stored) {
      const before = read(withoutMeta(doc));
      const next = change(before);
      if (!next) continue;
      const deleted = next.deleted ?? false;
      const id = String((doc as Record<string, unknown>)[collection.schema.primaryPath as string]);
      planned.set(id, { before, after: next.data, deleted });
      rows.push(replaceRow(doc, next.data, deleted));
    }
    const { written: ok, conflicts } = await writeRows(collection, rows, context);
    for (const id of ok) {
      const result = planned.get(id);
      if (result) written.push(result);
    }
    pending = conflicts;
  }
  return written;
}
