import type { ListRowColumns } from '../../core/list/rowColumns';

/**
 * The list projection's rows saved outside RxDB, so the next start shows the list at once and
 * only catches up with the changes since `checkpoint` instead of reading every lead.
 */
/** 3: rows carry temperature, engagement level, urgency and owner (rowColumns format 3). */
export const listSnapshotFormat = 3;

export interface LeadListSnapshot {
  /** Layout of this record; a different one is discarded and the list rebuilt from the database. */
  format: typeof listSnapshotFormat;
  /** The RxDB database's storage token: a snapshot of another (e.g. re-created) database is discarded. */
  storageToken: string;
  /** Schema version of the leads collection: a migration moves the data, so the checkpoint no longer applies. */
  schemaVersion: number;
  /** The leads storage's checkpoint of the last change in `rows` (getChangedDocumentsSince). */
  checkpoint: unknown;
  savedAt: number;
  rows: ListRowColumns;
}

export interface LeadListSnapshotStore {
  /**
   * The last saved snapshot as stored, or null. Typed unknown on purpose: whatever comes back
   * from disk is checked before use, never trusted.
   */
  load(): Promise<unknown>;
  save(snapshot: LeadListSnapshot): Promise<void>;
  clear(): Promise<void>;
  close?(): Promise<void>;
}

/** Keeps the snapshot in memory (tests; or no persistence at all). */
export function createMemoryLeadListSnapshotStore(): LeadListSnapshotStore & { saves: number } {
  let stored: unknown = null;
  return {
    saves: 0,
    async load() {
      return stored === null ? null : structuredClone(stored);
    },
    async save(snapshot) {
      this.saves += 1;
      stored = structuredClone(snapshot);
    },
    async clear() {
      stored = null;
    },
  };
}
