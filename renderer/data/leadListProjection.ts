import { getChangedDocumentsSince, type RxChangeEventBulk, type RxCollection } from 'rxdb';
import type { Subscription } from 'rxjs';
import { LeadListIndex } from '../../core/list/leadListIndex';
import { leadRowFromDocument } from '../../core/list/leadRow';
import { decodeRowColumns, encodeRowColumnsStepwise } from '../../core/list/rowColumns';
import type { ListFacets, ListRow } from '../../core/list/types';
import type { Lead } from '../../core/model/lead';
import type { LeadListProjection, LeadListQuery, LeadRow, Progress } from './contract';
import { laterCheckpoint, withOverlap } from './listCheckpoint';
import { listSnapshotFormat, type LeadListSnapshot, type LeadListSnapshotStore } from './leadListSnapshotStore';
import { yieldToUi } from './storedDocuments';

export interface LeadListProjectionOptions {
  collection: RxCollection<Lead>;
  /** The database's storage token (RxDatabase.storageToken); ties a snapshot to this database. */
  storageToken: string;
  clock: () => number;
  snapshotStore?: LeadListSnapshotStore;
  /** Save this long after the last change... */
  saveDelayMs?: number;
  /** ...but no later than this after the first unsaved one (a long stream of changes). */
  maxSaveDelayMs?: number;
  /** Listeners hear of a burst of changes once, this long after its first change. */
  notifyDelayMs?: number;
  /** Leads read per step when building from the database. */
  batchSize?: number;
  /** Told of every applied change (keeps the duplicate index in step). */
  onRowsChanged?: (upserts: readonly ListRow[], removedIds: readonly string[], replacedAll: boolean) => void;
}

/**
 * The Lead Center list as an in-memory projection of the leads collection.
 *
 * Start: the saved snapshot (if it checks out) is shown at once, then the changes since its
 * checkpoint are read from the leads storage with getChangedDocumentsSince, which includes
 * deleted documents, so deletions since the snapshot are applied too. With no usable snapshot
 * the list is built the same way from the beginning, 2,000 leads per step, with progress.
 * Change events that arrive meanwhile are held and applied after the catch-up; from then on
 * every change event is applied as it comes. The snapshot is saved a few seconds after changes
 * and on close.
 */
export class RxLeadListProjection implements LeadListProjection {
  private readonly index = new LeadListIndex();
  private readonly listeners = new Set<() => void>();
  private readonly subscription: Subscription;
  private readonly loaded: Promise<void>;
  private held: RxChangeEventBulk<Lead>[] | null = [];
  private checkpoint: unknown = undefined;
  private isReady = false;
  private progress: Progress | null = { done: 0, total: 0 };
  private closed = false;
  private dirtySince: number | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private notifyTimer: ReturnType<typeof setTimeout> | undefined;
  private prepareTimer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();
  private readonly saveDelayMs: number;
  private readonly maxSaveDelayMs: number;
  private readonly notifyDelayMs: number;
  private readonly batchSize: number;

  constructor(private readonly options: LeadListProjectionOptions) {
    this.saveDelayMs = options.saveDelayMs ?? 5_000;
    this.maxSaveDelayMs = options.maxSaveDelayMs ?? 60_000;
    this.notifyDelayMs = options.notifyDelayMs ?? 16;
    this.batchSize = options.batchSize ?? 2_000;
    // Subscribe first, so nothing written during the load is missed.
    this.subscription = options.collection.eventBulks$.subscribe((bulk) => this.onChangeBulk(bulk));
    this.loaded = this.load().catch((error: unknown) => {
      console.error('Lead Center: the lead list could not be loaded', error);
    });
  }

  get version(): number {
    return this.index.version;
  }

  get size(): number {
    return this.index.size;
  }

  get ready(): boolean {
    return this.isReady;
  }

  get loading(): Progress | null {
    return this.progress;
  }

  query(query: LeadListQuery): readonly LeadRow[] {
    return this.index.query(query);
  }

  get(id: string): LeadRow | undefined {
    return this.index.get(id);
  }

  facets(): ListFacets {
    return this.index.facets();
  }

  /** Current rows (for the duplicate index). */
  rows(): readonly LeadRow[] {
    return this.index.allRows();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Resolves once the initial load has finished (or failed, which is logged). */
  whenLoaded(): Promise<void> {
    return this.loaded;
  }

  /** Stops listening and saves the snapshot if anything changed since the last save. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.subscription.unsubscribe();
    clearTimeout(this.notifyTimer);
    clearTimeout(this.saveTimer);
    clearTimeout(this.prepareTimer);
    await this.loaded;
    if (this.dirtySince !== null) this.startSave();
    await this.saving;
    await this.options.snapshotStore?.close?.();
  }

  private async load(): Promise<void> {
    const fromSnapshot = await this.loadSnapshot();
    let changed: boolean;
    try {
      changed = await this.catchUp(fromSnapshot ? withOverlap(this.checkpoint) : undefined, fromSnapshot);
    } catch (error) {
      if (!fromSnapshot) throw error;
      console.warn('Lead Center: the list snapshot could not be brought up to date; rebuilding it', error);
      this.replaceAll([]);
      this.checkpoint = undefined;
      changed = await this.catchUp(undefined, false);
    }
    if (this.closed) return;
    const held = this.held ?? [];
    this.held = null;
    for (const bulk of held) if (this.applyBulk(bulk)) changed = true;
    this.isReady = true;
    this.progress = null;
    performance.mark('lead-center:list-ready');
    if (changed || !fromSnapshot) this.markDirty();
    this.notifySoon();
  }

  /** Shows the saved snapshot; false when there is none or it does not check out. */
  private async loadSnapshot(): Promise<boolean> {
    const store = this.options.snapshotStore;
    if (!store) return false;
    let stored: unknown;
    try {
      stored = await store.load();
      performance.mark('lead-center:list-snapshot-read');
    } catch (error) {
      console.warn('Lead Center: the list snapshot could not be read; rebuilding it', error);
      return false;
    }
    if (stored === null || stored === undefined) return false;
    const rows = this.checkSnapshot(stored);
    if (!rows) {
      console.warn('Lead Center: discarded a list snapshot that does not match this database; rebuilding it');
      return false;
    }
    this.replaceAll(rows.rows);
    this.checkpoint = rows.checkpoint;
    performance.mark('lead-center:list-snapshot-shown');
    this.notifySoon();
    return true;
  }

  private checkSnapshot(stored: unknown): { rows: ListRow[]; checkpoint: unknown } | null {
    if (typeof stored !== 'object' || stored === null) return null;
    const snapshot = stored as Record<string, unknown>;
    // A snapshot of an earlier format is not read (its rows lack fields the list now shows).
    if (snapshot.format !== listSnapshotFormat) return null;
    if (snapshot.storageToken !== this.options.storageToken) return null;
    if (snapshot.schemaVersion !== this.options.collection.schema.version) return null;
    if (typeof snapshot.checkpoint !== 'object' || snapshot.checkpoint === null) return null;
    const rows = decodeRowColumns(snapshot.rows);
    performance.mark('lead-center:list-snapshot-decoded');
    return rows ? { rows, checkpoint: snapshot.checkpoint } : null;
  }

  /** Reads every change after `since` in batches; true when any row changed. */
  private async catchUp(since: unknown, fromSnapshot: boolean): Promise<boolean> {
    const storage = this.options.collection.storageInstance;
    let checkpoint = since;
    let done = 0;
    let total = 0;
    if (!fromSnapshot) {
      // Runs alongside the first batches; only the progress bar waits for it.
      void this.options.collection
        .count()
        .exec()
        .then((count) => {
          total = count;
        })
        .catch(() => undefined);
    }
    let changed = false;
    for (;;) {
      const batch = await getChangedDocumentsSince(storage, this.batchSize, checkpoint);
      if (this.closed) return changed;
      if (this.applyDocuments(batch.documents)) changed = true;
      checkpoint = batch.checkpoint;
      this.checkpoint = laterCheckpoint(this.checkpoint, batch.checkpoint);
      done += batch.documents.length;
      this.progress = { done, total: Math.max(total, done) };
      this.notifySoon();
      if (batch.documents.length < this.batchSize) return changed;
      await yieldToUi();
    }
  }

  private onChangeBulk(bulk: RxChangeEventBulk<Lead>): void {
    if (this.closed) return;
    if (this.held) {
      this.held.push(bulk);
      return;
    }
    if (this.applyBulk(bulk)) {
      this.markDirty();
      this.notifySoon();
    }
  }

  private applyBulk(bulk: RxChangeEventBulk<Lead>): boolean {
    const changed = this.applyDocuments(bulk.events.map((event) => (event.operation === 'DELETE' ? { ...event.documentData, _deleted: true } : event.documentData)));
    this.checkpoint = laterCheckpoint(this.checkpoint, bulk.checkpoint);
    return changed;
  }

  /** Applies stored documents (tombstones remove); the last state of an id in the list wins. */
  private applyDocuments(documents: readonly unknown[]): boolean {
    const latest = new Map<string, ListRow | null>();
    for (const doc of documents) {
      const row = leadRowFromDocument(doc);
      if (!row) continue;
      const deleted = (doc as { _deleted?: unknown })._deleted === true;
      latest.set(row.id, deleted ? null : row);
    }
    const upserts: ListRow[] = [];
    const removed: string[] = [];
    for (const [id, row] of latest) {
      if (row) upserts.push(row);
      else removed.push(id);
    }
    const changed = this.index.apply(upserts, removed);
    if (changed) this.options.onRowsChanged?.(upserts, removed, false);
    return changed;
  }

  private replaceAll(rows: readonly ListRow[]): void {
    this.index.replaceAll(rows);
    this.options.onRowsChanged?.(rows, [], true);
    this.prepareSearchWhenIdle();
  }

  /** Builds the search texts in slices between frames, so the first search is instant too. */
  private prepareSearchWhenIdle(): void {
    clearTimeout(this.prepareTimer);
    const step = (): void => {
      if (this.closed || this.index.prepareSearch(10_000)) return;
      this.prepareTimer = setTimeout(step, 0);
    };
    this.prepareTimer = setTimeout(step, 50);
  }

  private markDirty(): void {
    const now = Date.now();
    this.dirtySince ??= now;
    clearTimeout(this.saveTimer);
    const delay = Math.max(0, Math.min(this.saveDelayMs, this.dirtySince + this.maxSaveDelayMs - now));
    this.saveTimer = setTimeout(() => this.startSave(), delay);
  }

  private startSave(): void {
    const store = this.options.snapshotStore;
    if (!store || !this.isReady || this.dirtySince === null) return;
    this.dirtySince = null;
    // Rows and checkpoint as of now; rows changed later are replayed from the checkpoint at start-up.
    const rows = [...this.index.allRows()];
    const header = {
      format: listSnapshotFormat,
      storageToken: this.options.storageToken,
      schemaVersion: this.options.collection.schema.version,
      checkpoint: this.checkpoint,
      savedAt: this.options.clock(),
    } as const;
    this.saving = this.saving
      .then(async () => {
        // One column per task, so saving 100,000 rows never holds the page for long.
        const steps = encodeRowColumnsStepwise(rows);
        for (;;) {
          const step = steps.next();
          if (step.done === true) return { ...header, rows: step.value } satisfies LeadListSnapshot;
          await yieldToUi();
        }
      })
      .then((snapshot) => store.save(snapshot))
      .catch((error: unknown) => {
        console.warn('Lead Center: the list snapshot could not be saved', error);
      });
  }

  private notifySoon(): void {
    if (this.notifyTimer !== undefined || this.closed) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = undefined;
      for (const listener of [...this.listeners]) listener();
    }, this.notifyDelayMs);
  }
}
