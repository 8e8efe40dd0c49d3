import { getChangedDocumentsSince, now, type RxCollection, type RxDocumentData, type RxStorageDefaultCheckpoint, type WrappedRxStorageInstance } from 'rxdb';
import type { ReplicatedCollection, SyncCheckpoint, WireDocument } from '../../../core/sync/protocol';
import { firstLoadContext, fromPlatformKey } from './platformBase';
import { pullBatch, type PulledBatch } from './platformCalls';
import type { PlatformPort } from './platformPort';

/**
 * The first sync of an empty collection. RxDB's replication writes every pulled document twice
 * (the document and its "assumed master state") after reading both, which made a 100,000-lead
 * first sync 3–5 times a plain bulk insert. Into an empty collection that bookkeeping is not
 * needed yet: the documents are written once, each marked as the platform's state
 * (platformBase.ts), and the replication then starts from where the load ended.
 *
 * RxDB's downstream takes a marked document as the platform's (`_meta.o`, as its own writes do), so
 * a later change on the platform replaces it; the upstream starts after the load's last write, so
 * nothing loaded is pushed back. A write by the person during the load (a new lead) lies between
 * loaded batches: the upstream then starts before it, and a loaded document it meets unchanged is
 * not sent (syncController.ts).
 */
export interface FirstLoadOptions {
  collection: RxCollection<{ id: string }>;
  name: ReplicatedCollection;
  port: PlatformPort;
  /** RxDB's replication identifier of this collection's replication (its documents' `_meta.o.hash`). */
  replicationIdentifier: string;
  batchSize: number;
  /** Asked between batches: stop loading (the sync was stopped). */
  cancelled: () => boolean;
  /** Waits for the platform (e.g. records an unreachable platform in the status). */
  request: <T>(work: () => Promise<T>) => Promise<T>;
  onInvalid: (batch: PulledBatch) => void;
  onProgress?: (loaded: number) => void;
}

export interface FirstLoadResult {
  /** The platform's checkpoint after the last batch written: the replication pulls on from here. */
  pulledUpTo: SyncCheckpoint | null;
  /** The store's checkpoint before any write that was not the load's: the replication pushes from here. */
  pushFrom: RxStorageDefaultCheckpoint | null;
  loaded: number;
}

/** Loads the collection when it is empty; null when it is not (the replication does everything). */
export async function loadIntoEmptyCollection(options: FirstLoadOptions): Promise<FirstLoadResult | null> {
  const { collection } = options;
  const storage = collection.storageInstance;
  // RxDB's wrapper gives every inserted document a fresh `_meta`; the mark must reach the store, so
  // the load writes one level down (stamping the write time and first revision as the wrapper would).
  const store = (storage as WrappedRxStorageInstance<{ id: string }, unknown, unknown>).originalStorageInstance ?? storage;
  const firstRevision = `1-${collection.database.token}`;

  // Watching before looking: a write by the person from here on is seen (the upstream then starts before it).
  let pushFrom: RxStorageDefaultCheckpoint | null = null;
  let othersWrote = false;
  const watching = storage.changeStream().subscribe((bulk) => {
    if (bulk.context !== firstLoadContext) othersWrote = true;
    else if (!othersWrote) pushFrom = bulk.checkpoint as RxStorageDefaultCheckpoint;
  });
  const anything = await getChangedDocumentsSince(storage, 1);
  if (anything.documents.length > 0) {
    watching.unsubscribe();
    return null;
  }
  // RxDB's replication hashes its identifier the same way for the documents it writes itself.
  const hash = await collection.database.hashFunction(`rxdbreplication${options.replicationIdentifier}`);

  let pulledUpTo: SyncCheckpoint | null = null;
  let loaded = 0;
  try {
    const pages = readAhead((from) => options.request(() => pullBatch(options.port, options.name, from, options.batchSize)), options.batchSize, options.cancelled);
    for (;;) {
      const batch = await pages.next();
      if (batch === null || options.cancelled()) break;
      options.onInvalid(batch);
      let complete = true;
      // In writes of writeChunk documents, so no single write holds the page up for long.
      for (let start = 0; start < batch.documents.length && complete; start += writeChunk) {
        const writtenAt = now();
        // In id order: the change checkpoint of a write is then its last row (the upstream starts after it).
        const rows = batch.documents
          .slice(start, start + writeChunk)
          .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
          .map((doc) => ({ document: storedDocument(doc, hash, writtenAt, firstRevision) }));
        const result = await store.bulkWrite(rows, firstLoadContext);
        // Only a write by the person can collide with an empty collection's load; the replication
        // brings whatever was left out. Stop here so the checkpoint stays true.
        if (result.error.length > 0) complete = false;
        else loaded += rows.length;
        options.onProgress?.(loaded);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (!complete) break;
      if (batch.checkpoint) pulledUpTo = batch.checkpoint;
    }
  } catch {
    // Offline or refused midway: what was written stands, the replication goes on from there.
  } finally {
    watching.unsubscribe();
  }
  return { pulledUpTo, pushFrom, loaded };
}

const writeChunk = 500;
/** Pages fetched ahead of the writes: the network and the platform keep busy while the store writes. */
const pagesAhead = 2;

/** Pulls pages one after another into a small buffer; next() takes them in order (null at the end). A failed pull rejects next(). */
function readAhead(pull: (from: SyncCheckpoint | null) => Promise<PulledBatch>, batchSize: number, cancelled: () => boolean): { next(): Promise<PulledBatch | null> } {
  const buffer: PulledBatch[] = [];
  let done = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  let room: (() => void) | null = null;
  const signal = () => {
    wake?.();
    wake = null;
  };
  void (async () => {
    let from: SyncCheckpoint | null = null;
    try {
      while (!cancelled()) {
        while (buffer.length >= pagesAhead && !cancelled()) await new Promise<void>((resolve) => (room = resolve));
        const batch = await pull(from);
        buffer.push(batch);
        signal();
        if (batch.documents.length + batch.invalid.length < batchSize || !batch.checkpoint) break;
        from = batch.checkpoint;
      }
    } catch (error) {
      failure = error;
    }
    done = true;
    signal();
  })();
  return {
    async next() {
      for (;;) {
        const batch = buffer.shift();
        if (batch) {
          room?.();
          room = null;
          return batch;
        }
        if (failure !== null) throw failure;
        if (done) return null;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
}

function storedDocument(doc: WireDocument, hash: string, writtenAt: number, revision: string): RxDocumentData<{ id: string }> {
  return {
    ...doc,
    _attachments: {},
    _rev: revision,
    // `o`: the platform's state at revision 1, as RxDB marks the documents its replication writes.
    _meta: { lwt: writtenAt, o: { _rev: 1, hash }, [fromPlatformKey]: 1 },
  } as unknown as RxDocumentData<{ id: string }>;
}
