import { filter, firstValueFrom } from 'rxjs';
import type { RxCollection, WithDeleted } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { afterEach, describe, expect, it } from 'vitest';
import { createLeadBrain } from '../../core/brain/leadBrain';
import type { Lead } from '../../core/model/lead';
import { defaultLeadSettings } from '../../core/settings/leadSettings';
import { valuesEqual } from '../../core/sync/merge';
import type { DataContext } from '../../renderer/data/context';
import { createLeadCenterDatabase, type LeadCenterDatabase } from '../../renderer/data/database';
import { createLead, updateLead } from '../../renderer/data/leadWrites';
import { setConfig } from '../../renderer/data/configStore';
import { createMergeConflictHandler, setSyncConflictSink, type SyncConflictReport } from '../../renderer/data/sync/conflictHandler';
import { createSyncConflictStore, syncConflictKey, type SyncConflict, type SyncConflictCenter } from '../../renderer/data/sync/conflictStore';
import { seller, testClock, testIds, uniqueDatabaseName } from '../fixtures/testData';
import { validatedMemoryStorage } from '../fixtures/validatedMemoryStorage';

/**
 * The merge conflict handler inside a real RxDB replication: a master kept in memory answers
 * pushes the way the platform does (stored state ≠ assumed state → the stored document comes back
 * as a conflict), the handler merges, RxDB writes the merge locally and pushes it again, and the
 * Needs review list gets what took the platform's value over this device's edit.
 */

type Doc = Record<string, unknown>;
const replicationFields = ['_meta', '_rev', '_attachments'];
const wire = (doc: Doc): Doc => Object.fromEntries(Object.entries(doc).filter(([key]) => !replicationFields.includes(key)));

/** The platform's side for one collection: documents by id, a sequence in write order. */
class MemoryMaster {
  readonly documents = new Map<string, { doc: Doc; seq: number }>();
  private seq = 0;
  pushes = 0;
  conflictsAnswered = 0;

  write(doc: Doc): void {
    this.seq += 1;
    this.documents.set(String(doc.id), { doc: structuredClone(wire(doc)), seq: this.seq });
  }

  get(id: string): Doc | undefined {
    return this.documents.get(id)?.doc;
  }

  /** Changes a stored document the way another device's push would. */
  edit(id: string, change: (doc: Doc) => Doc): void {
    const stored = this.get(id);
    if (!stored) throw new Error(`no master document ${id}`);
    this.write(change(structuredClone(stored)));
  }

  pull(checkpoint: { sequence: number } | undefined, batchSize: number): { documents: Doc[]; checkpoint: { sequence: number } } {
    const after = checkpoint?.sequence ?? 0;
    const rows = [...this.documents.values()].filter((row) => row.seq > after).sort((a, b) => a.seq - b.seq).slice(0, batchSize);
    const last = rows.at(-1)?.seq ?? after;
    return { documents: rows.map((row) => structuredClone(row.doc)), checkpoint: { sequence: last } };
  }

  push(rows: { assumedMasterState?: Doc; newDocumentState: Doc }[]): Doc[] {
    this.pushes += 1;
    const conflicts: Doc[] = [];
    for (const row of rows) {
      const id = String(row.newDocumentState.id);
      const stored = this.get(id);
      if (stored && valuesEqual(stored, wire(row.newDocumentState))) continue;
      const assumed = row.assumedMasterState ? wire(row.assumedMasterState) : undefined;
      if ((stored === undefined && assumed === undefined) || (stored !== undefined && assumed !== undefined && valuesEqual(stored, assumed))) {
        this.write(row.newDocumentState);
      } else if (stored) {
        this.conflictsAnswered += 1;
        conflicts.push(structuredClone(stored));
      }
    }
    return conflicts;
  }
}

let db: LeadCenterDatabase | undefined;
let replication: RxReplicationState<Lead, { sequence: number }> | undefined;
let restoreSink: (() => void) | undefined;

afterEach(async () => {
  restoreSink?.();
  await replication?.cancel();
  await db?.close();
  replication = undefined;
  db = undefined;
});

async function setUp(): Promise<{ ctx: DataContext; store: SyncConflictCenter; clock: ReturnType<typeof testClock> }> {
  db = await createLeadCenterDatabase({ name: uniqueDatabaseName('sync-conflicts'), storage: validatedMemoryStorage(), multiInstance: false });
  const clock = testClock();
  const brain = createLeadBrain(defaultLeadSettings);
  const ctx: DataContext = { db, seller, clock: clock.now, newId: testIds('lead'), brain: () => brain };
  const store = createSyncConflictStore(ctx);
  restoreSink = setSyncConflictSink((report) => void store.record(report));
  return { ctx, store, clock };
}

function replicate(collection: RxCollection<Lead>, master: MemoryMaster): RxReplicationState<Lead, { sequence: number }> {
  return replicateRxCollection<Lead, { sequence: number }>({
    replicationIdentifier: `test-master-${collection.name}`,
    collection,
    live: false,
    waitForLeadership: false,
    retryTime: 50,
    pull: { batchSize: 50, handler: (checkpoint, batchSize) => Promise.resolve(master.pull(checkpoint, batchSize) as unknown as { documents: WithDeleted<Lead>[]; checkpoint: { sequence: number } }) },
    push: { batchSize: 50, handler: (rows) => Promise.resolve(master.push(rows as unknown as { assumedMasterState?: Doc; newDocumentState: Doc }[]) as unknown as WithDeleted<Lead>[]) },
  });
}

/** One run of the replication (pull, then push): resolves when both are done. */
async function syncOnce(master: MemoryMaster): Promise<void> {
  if (!db) throw new Error('no database');
  await replication?.cancel();
  replication = replicate(db.leads, master);
  const errors: unknown[] = [];
  replication.error$.subscribe((error) => errors.push(error));
  await replication.awaitInitialReplication();
  await replication.awaitInSync();
  expect(errors).toEqual([]);
}

async function entries(store: SyncConflictCenter, count: number): Promise<SyncConflict[]> {
  return firstValueFrom(store.observe().pipe(filter((list) => list.length === count)));
}

describe('sync conflicts through a real replication', () => {
  it('keeps both sides’ edits to different fields, gives the platform the same field, and lists it', async () => {
    const { ctx, store, clock } = await setUp();
    const master = new MemoryMaster();
    const created = await createLead(ctx, { name: 'Aisha Khan', email: 'aisha@example.com', company: { name: 'Desert Solar' }, tags: ['solar'] });
    await syncOnce(master);
    expect(master.get(created.id)?.name).toBe('Aisha Khan');

    // Offline on both sides: the platform got another device's edit, this device edits too.
    master.edit(created.id, (doc) => ({ ...doc, name: 'Aisha Khan-Said', phone: '+971 4 555 0100', tags: ['solar', 'gcc'], updatedAt: Number(doc.updatedAt) + 10 }));
    clock.advance(60_000);
    await updateLead(ctx, created.id, { name: 'Aisha K.', jobTitle: 'Procurement lead', tags: ['solar', 'vip'] });
    await syncOnce(master);

    expect(master.conflictsAnswered).toBeGreaterThan(0);
    const local = (await ctx.db.leads.findOne(created.id).exec())?.toJSON();
    expect(local).toMatchObject({ name: 'Aisha Khan-Said', phone: '+971 4 555 0100', jobTitle: 'Procurement lead', tags: ['solar', 'gcc', 'vip'] });
    // The merge went back up: the platform holds the same merged lead.
    expect(master.get(created.id)).toMatchObject({ name: 'Aisha Khan-Said', jobTitle: 'Procurement lead', tags: ['solar', 'gcc', 'vip'] });

    const [entry] = await entries(store, 1);
    expect(entry).toMatchObject({ collection: 'leads', documentId: created.id, label: 'Aisha Khan-Said (Desert Solar)', key: syncConflictKey('leads', created.id) });
    expect(entry?.fields).toEqual([{ path: 'name', segments: ['name'], mine: 'Aisha K.', theirs: 'Aisha Khan-Said', chosen: 'theirs' }]);

    // Keep mine: a normal local edit that replicates like any other.
    if (!entry) throw new Error('no entry');
    await store.keepMine(entry);
    expect((await ctx.db.leads.findOne(created.id).exec())?.name).toBe('Aisha K.');
    await entries(store, 0);
    await syncOnce(master);
    expect(master.get(created.id)?.name).toBe('Aisha K.');
    expect(master.get(created.id)?.phone).toBe('+971 4 555 0100');
  });

  it('keeps this device’s edit of a lead the platform deleted; Use theirs deletes it after all', async () => {
    const { ctx, store, clock } = await setUp();
    const master = new MemoryMaster();
    const created = await createLead(ctx, { name: 'Chen Wei', email: 'chen@example.com' });
    await syncOnce(master);

    master.edit(created.id, (doc) => ({ ...doc, _deleted: true, updatedAt: Number(doc.updatedAt) + 5 }));
    clock.advance(1000);
    await updateLead(ctx, created.id, { jobTitle: 'Plant manager' });
    await syncOnce(master);

    expect(master.get(created.id)).toMatchObject({ _deleted: false, jobTitle: 'Plant manager' });
    const [entry] = await entries(store, 1);
    expect(entry?.fields).toEqual([{ path: '_deleted', segments: ['_deleted'], mine: false, theirs: true, chosen: 'mine' }]);
    if (!entry) throw new Error('no entry');

    await store.useTheirs(entry);
    expect(await ctx.db.leads.findOne(created.id).exec()).toBeNull();
    await entries(store, 0);
    await syncOnce(master);
    expect(master.get(created.id)?._deleted).toBe(true);
  });

  it('records nothing when the edits touch different fields', async () => {
    const { ctx, store, clock } = await setUp();
    const master = new MemoryMaster();
    const created = await createLead(ctx, { name: 'Ravi Menon', email: 'ravi@example.com' });
    await syncOnce(master);
    master.edit(created.id, (doc) => ({ ...doc, phone: '+91 22 5550 0100', updatedAt: Number(doc.updatedAt) + 5 }));
    clock.advance(1000);
    await updateLead(ctx, created.id, { department: 'Procurement' });
    await syncOnce(master);
    expect(master.get(created.id)).toMatchObject({ phone: '+91 22 5550 0100', department: 'Procurement' });
    expect(master.conflictsAnswered).toBe(1);
    expect(await firstValueFrom(store.observe())).toEqual([]);
  });
});

describe('the Needs review store', () => {
  const report = (fields: SyncConflictReport['fields'], label = 'Aisha Khan'): SyncConflictReport => ({ collection: 'leads', documentId: 'lead-x', label, fields });
  const field = (path: string, mine: unknown, theirs: unknown): SyncConflictReport['fields'][number] => ({ path, segments: path.split('.'), base: null, mine, theirs, chosen: 'theirs' });

  it('joins repeated conflicts on one document into one entry, the later value winning per field', async () => {
    const { store, clock } = await setUp();
    await store.record(report([field('name', 'A', 'B'), field('company.name', 'X', 'Y')]));
    clock.advance(1000);
    await store.record(report([field('name', 'A2', 'B2'), field('customFields.Budget', undefined, '50k')], 'Aisha Khan-Said'));
    const [entry] = await entries(store, 1);
    expect(entry?.label).toBe('Aisha Khan-Said');
    expect(entry?.at).toBe(clock.now());
    expect(entry?.fields).toEqual([
      { path: 'company.name', segments: ['company', 'name'], mine: 'X', theirs: 'Y', chosen: 'theirs' },
      { path: 'name', segments: ['name'], mine: 'A2', theirs: 'B2', chosen: 'theirs' },
      { path: 'customFields.Budget', segments: ['customFields', 'Budget'], theirs: '50k', chosen: 'theirs' },
    ]);
  });

  it('keeps mine for nested, removed and non-lead fields through the handler', async () => {
    const { ctx, store } = await setUp();
    const handler = createMergeConflictHandler<Record<string, unknown>>('config', (r) => void store.record(r));
    await setConfig(ctx, 'tag-catalogue', 'default', { tags: ['solar', 'pumps'] });
    const stored = (await ctx.db.config.findOne('tag-catalogue:default').exec())?.toJSON() as Doc;
    const base: Doc = { ...wire(stored), _deleted: false };
    const mine = { ...base, data: { tags: ['solar', 'pumps', 'valves'] } };
    const theirs = { ...base, data: { tags: ['solar'] }, updatedAt: Number(base.updatedAt) + 1 };
    const merged = await handler.resolve({ assumedMasterState: base as never, newDocumentState: mine as never, realMasterState: theirs as never }, 'test');
    expect((merged as Doc).data).toEqual({ tags: ['solar'] });
    // RxDB writes the merge; here the local document takes it by hand.
    await setConfig(ctx, 'tag-catalogue', 'default', { tags: ['solar'] });
    const [entry] = await entries(store, 1);
    expect(entry).toMatchObject({ collection: 'config', documentId: 'tag-catalogue:default', label: 'Setting: tag-catalogue default' });
    if (!entry) throw new Error('no entry');
    await store.keepMine(entry);
    expect((await ctx.db.config.findOne('tag-catalogue:default').exec())?.toJSON().data).toEqual({ tags: ['solar', 'pumps', 'valves'] });
    await entries(store, 0);
  });

  it('says a document is equal when only RxDB’s bookkeeping differs, and never lists its own entries', async () => {
    const reports: SyncConflictReport[] = [];
    const handler = createMergeConflictHandler<Doc>('config', (r) => reports.push(r));
    const doc = { id: 'sync-conflict:k', kind: 'sync-conflict', key: 'k', data: { label: 'a' }, _deleted: false };
    expect(handler.isEqual({ ...doc, _meta: { lwt: 1 }, _rev: '1-a' } as never, { ...doc, _rev: '2-b', _attachments: {} } as never, 'test')).toBe(true);
    expect(handler.isEqual(doc as never, { ...doc, _deleted: true } as never, 'test')).toBe(false);
    await handler.resolve({ assumedMasterState: doc as never, newDocumentState: { ...doc, data: { label: 'b' } } as never, realMasterState: { ...doc, data: { label: 'c' } } as never }, 'test');
    expect(reports).toEqual([]);
  });
});
