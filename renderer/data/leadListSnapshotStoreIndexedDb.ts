import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { LeadListSnapshot, LeadListSnapshotStore } from './leadListSnapshotStore';

interface SnapshotRecord {
  /** The RxDB database name the snapshot belongs to. */
  key: string;
  snapshot: LeadListSnapshot;
}

/** Small separate IndexedDB database: a cache that can be dropped at any time without data loss. */
export const listCacheDatabaseName = 'lead-center-list-cache';

/**
 * Stores the list snapshot of the RxDB database `databaseName` in IndexedDB through Dexie.
 * `dexieOptions` lets tests pass fake-indexeddb.
 */
export function createIndexedDbLeadListSnapshotStore(databaseName: string, dexieOptions?: DexieOptions): LeadListSnapshotStore {
  const db = new Dexie(listCacheDatabaseName, dexieOptions) as Dexie & { snapshots: EntityTable<SnapshotRecord, 'key'> };
  db.version(1).stores({ snapshots: 'key' });
  return {
    async load() {
      const record: unknown = await db.snapshots.get(databaseName);
      return typeof record === 'object' && record !== null && 'snapshot' in record ? record.snapshot : null;
    },
    async save(snapshot) {
      await db.snapshots.put({ key: databaseName, snapshot });
    },
    async clear() {
      await db.snapshots.delete(databaseName);
    },
    async close() {
      db.close();
    },
  };
}
