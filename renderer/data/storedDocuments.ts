import { getDefaultRevision, getDefaultRxDocumentMeta, type BulkWriteRow, type RxCollection, type RxDocumentData, type RxStorageWriteError } from 'rxdb';

/**
 * Writes go straight to the collection's storage instance with the previous document state, so
 * a chunk is one storage bulkWrite, a concurrent change shows as a conflict (status 409) instead
 * of being overwritten, and no RxDocument objects are built for 100,000 leads. RxDB's wrapper
 * still stamps revisions and write times, and the change events reach collection.$ as usual.
 */

const metaFields = ['_deleted', '_rev', '_meta', '_attachments'] as const;

/** Document data without RxDB's bookkeeping fields. */
export function withoutMeta(doc: RxDocumentData<unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = { ...(doc as Record<string, unknown>) };
  for (const field of metaFields) delete data[field];
  return data;
}

export function insertRow<T>(data: T): BulkWriteRow<T> {
  return { document: { ...data, _deleted: false, _attachments: {}, _rev: getDefaultRevision(), _meta: getDefaultRxDocumentMeta() } };
}

/**
 * Replaces `previous` by `data`. Fields the stored document has but this app version does not
 * know (added by a newer app, arriving through replication) are kept: fields are additive.
 */
export function replaceRow<T>(previous: RxDocumentData<T>, data: T, deleted = false): BulkWriteRow<T> {
  return {
    previous,
    document: { ...withoutMeta(previous), ...data, _deleted: deleted, _attachments: previous._attachments, _rev: previous._rev, _meta: previous._meta } as RxDocumentData<T>,
  };
}

/** Writes rows in one storage bulkWrite; returns the ids that hit a conflict, throws on anything else. */
export async function writeRows<T>(collection: RxCollection<T>, rows: BulkWriteRow<T>[], context: string): Promise<{ written: string[]; conflicts: string[] }> {
  if (rows.length === 0) return { written: [], conflicts: [] };
  const result = await collection.storageInstance.bulkWrite(rows, context);
  const failed = new Set<string>();
  const conflicts: string[] = [];
  const other: RxStorageWriteError<T>[] = [];
  for (const error of result.error) {
    failed.add(error.documentId);
    if (error.status === 409) conflicts.push(error.documentId);
    else other.push(error);
  }
  if (other.length > 0) {
    throw new Error(`Could not write ${other.length} ${collection.name} document(s) (status ${other[0]?.status}, id ${other[0]?.documentId})`);
  }
  const primaryPath = collection.schema.primaryPath as string;
  const written = rows.map((row) => String((row.document as Record<string, unknown>)[primaryPath])).filter((id) => !failed.has(id));
  return { written, conflicts };
}

/** Lets the UI paint between chunks of a long operation. */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
