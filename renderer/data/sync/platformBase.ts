import type { BulkWriteRow, RxDocumentData, RxStorage, RxStorageInstanceCreationParams } from 'rxdb';
import type { WireDocument } from '../../../core/sync/protocol';

/**
 * A first sync writes the platform's documents straight into the store (firstLoad.ts) without
 * RxDB's per-document replication bookkeeping (its "assumed master state", a second write of every
 * document). Such a document carries `_meta[fromPlatform]`. The merge still needs that state as its
 * base when this device first changes the document: so the first local write of a marked document
 * keeps the state before it in `_meta[platformBase]` and drops the mark, in the same write (no
 * extra I/O), and the push sends it as the assumed state (syncController.ts).
 */
export const fromPlatformKey = 'lcFromPlatform';
export const platformBaseKey = 'lcPlatformBase';

/** Writes RxDB's replication makes itself (downstream, conflict resolution, bookkeeping). */
const isReplicationWrite = (context: string) => context.startsWith('replication-');
/** The first load's own writes. */
export const firstLoadContext = 'lead-center-first-load';

type Meta = Record<string, unknown>;

/** The wire form of a document: its fields and `_deleted`; RxDB's bookkeeping fields never leave the device. */
export function storedToWire(doc: object): WireDocument {
  const { _meta: _m, _rev: _r, _attachments: _a, ...rest } = doc as Record<string, unknown>;
  return { ...rest, id: String(rest.id), _deleted: rest._deleted === true };
}

/** The state a first-loaded document had on the platform before this device first changed it, if it was changed. */
export function platformBaseOf(doc: RxDocumentData<unknown>): WireDocument | null {
  const base = (doc._meta as Meta)[platformBaseKey];
  return typeof base === 'object' && base !== null ? (base as WireDocument) : null;
}

/** A first-loaded document this device has not changed: it is the platform's state as loaded. */
export function isUnchangedFromPlatform(doc: RxDocumentData<unknown>): boolean {
  return (doc._meta as Meta)[fromPlatformKey] === 1;
}

/** Moves the mark to the base on a local write of a marked document (in place: RxDB's cache and events see the same object). */
export function keepBaseOnLocalWrite<T>(rows: BulkWriteRow<T>[], context: string): BulkWriteRow<T>[] {
  if (isReplicationWrite(context) || context === firstLoadContext) return rows;
  for (const row of rows) {
    const previous = row.previous;
    if (!previous || !isUnchangedFromPlatform(previous)) continue;
    const { [fromPlatformKey]: _mark, ...meta } = row.document._meta as Meta;
    row.document._meta = { ...meta, [platformBaseKey]: storedToWire(previous) } as unknown as RxDocumentData<T>["_meta"];
  }
  return rows;
}

/** The storage with keepBaseOnLocalWrite on every write of every instance it creates. */
export function withPlatformBase<Internals, Options>(storage: RxStorage<Internals, Options>): RxStorage<Internals, Options> {
  return {
    name: storage.name,
    rxdbVersion: storage.rxdbVersion,
    async createStorageInstance<RxDocType>(params: RxStorageInstanceCreationParams<RxDocType, Options>) {
      const instance = await storage.createStorageInstance<RxDocType>(params);
      const bulkWrite = instance.bulkWrite.bind(instance);
      instance.bulkWrite = (rows, context) => bulkWrite(keepBaseOnLocalWrite(rows, context), context);
      return instance;
    },
  };
}
