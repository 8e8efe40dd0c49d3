import { afterEach, describe, expect, it } from 'vitest';
import { leadRowFromLead } from '../../core/list/leadRow';
import { decodeRowColumns, encodeRowColumns } from '../../core/list/rowColumns';
import type { LeadListQuery } from '../../renderer/data/contract';
import { createLeadCenterDatabase } from '../../renderer/data/database';
import { createMemoryLeadListSnapshotStore, listSnapshotFormat, type LeadListSnapshot } from '../../renderer/data/leadListSnapshotStore';
import { listReady, makeLead, openTestData, seller, testIds, waitFor, type TestData } from '../fixtures/testData';
import { validatedMemoryStorage } from '../fixtures/validatedMemoryStorage';

const opened: TestData[] = [];

afterEach(async () => {
  for (const t of opened.splice(0)) await t.data.close();
});

async function open(options: Parameters<typeof openTestData>[0] = {}): Promise<TestData> {
  const t = await openTestData({ label: 'list', ...options });
  opened.push(t);
  return t;
}

async function close(t: TestData): Promise<void> {
  opened.splice(opened.indexOf(t), 1);
  await t.data.close();
}

const all: LeadListQuery = { filters: { search: '', groups: [], sources: [], tags: [], countries: [] }, sort: null };
const search = (text: string): LeadListQuery => ({ ...all, filters: { ...all.filters, search: text } });

/** Changes the database while no list is watching (another run of the app, or a sync). */
async function changeBehindTheList(databaseName: string, change: (db: Awaited<ReturnType<typeof createLeadCenterDatabase>>) => Promise<void>): Promise<void> {
  const db = await createLeadCenterDatabase({ name: databaseName, storage: validatedMemoryStorage(), multiInstance: false });
  try {
    await change(db);
  } finally {
    await db.close();
  }
}

describe('lead list projection', () => {
  it('builds from the database in batches with progress, then becomes ready', async () => {
    const first = await open();
    await first.data.insertLeads(Array.from({ length: 450 }, (_, i) => makeLead(i)));
    await close(first);

    const t = await open({ databaseName: first.databaseName, snapshotStore: createMemoryLeadListSnapshotStore(), list: { batchSize: 100, notifyDelayMs: 0 } });
    const seen: { done: number; total: number }[] = [];
    t.data.leadList.subscribe(() => {
      if (t.data.leadList.loading) seen.push(t.data.leadList.loading);
    });
    expect(t.data.leadList.ready).toBe(false);
    await listReady(t.data);
    expect(t.data.leadList.loading).toBeNull();
    expect(t.data.leadList.size).toBe(450);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ done: 400, total: 450 });
    expect(t.data.leadList.query(search('BUYER17@')).map((r) => r.id)).toEqual([makeLead(17).id]);
    const newestFirst = t.data.leadList.query(search('buyer 1')).map((r) => r.createdAt);
    expect(newestFirst).toEqual([...newestFirst].sort((a, b) => b - a));
  });

  it('follows creates, updates and deletes as they happen', async () => {
    const t = await open();
    await listReady(t.data);
    const created = await t.data.createLead({ name: 'Live Lead', company: { name: 'Grid Co' }, country: 'SA', tags: ['solar'] });
    await waitFor(() => t.data.leadList.get(created.id) !== undefined);
    expect(t.data.leadList.get(created.id)).toMatchObject({ name: 'Live Lead', company: 'Grid Co', country: 'SA', tags: ['solar'] });
    expect(t.data.leadList.facets()).toMatchObject({ countries: ['SA'], tags: ['solar'] });
    const version = t.data.leadList.version;
    await t.data.updateLead(created.id, { name: 'Renamed Lead' });
    await waitFor(() => t.data.leadList.get(created.id)?.name === 'Renamed Lead');
    expect(t.data.leadList.version).toBeGreaterThan(version);
    await t.data.deleteLeads([created.id]);
    await waitFor(() => t.data.leadList.size === 0);
    expect(t.data.leadList.facets()).toEqual({ groups: [], sources: [], tags: [], countries: [], owners: [] });
  });

  it('carries temperature, engagement level, urgency and owner, and filters and sorts by them', async () => {
    const t = await open();
    await t.data.insertLeads([
      makeLead(1, { score: 85, temperature: 'hot', engagementLevel: 'HOT', urgency: 9 }),
      makeLead(2, { score: 40, temperature: 'cool', engagementLevel: null, urgency: 0 }),
      makeLead(3, { score: 60, temperature: 'warm', engagementLevel: 'COLD', urgency: 3, ownerId: 'user-2' }),
    ]);
    await listReady(t.data);
    await waitFor(() => t.data.leadList.size === 3);
    // Whatever the data layer stored (it may rescore on write), the row shows exactly that.
    for (const i of [1, 2, 3]) {
      const stored = await t.data.getLead(makeLead(i).id);
      expect(stored).not.toBeNull();
      expect(t.data.leadList.get(makeLead(i).id)).toEqual(leadRowFromLead(stored!));
    }
    expect(t.data.leadList.facets().owners).toEqual([seller.userId, 'user-2'].sort());
    const list = t.data.leadList;
    const stored = await Promise.all([1, 2, 3].map((i) => t.data.getLead(makeLead(i).id)));
    // The list is newest first: lead 3, 2, 1.
    const newestFirst = stored.reverse();
    const hot = newestFirst.filter((lead) => lead?.temperature === 'hot').map((lead) => lead!.id);
    expect(list.query({ ...all, filters: { ...all.filters, temperatures: ['hot'] } }).map((r) => r.id)).toEqual(hot);
    const unassessed = newestFirst.filter((lead) => lead?.engagementLevel === null).map((lead) => lead!.id);
    expect(list.query({ ...all, filters: { ...all.filters, engagementLevels: ['not-assessed'] } }).map((r) => r.id)).toEqual(unassessed);
    const assessed = newestFirst.filter((lead) => lead?.engagementLevel !== null).map((lead) => lead!.id);
    expect(list.query({ ...all, filters: { ...all.filters, engagementLevels: ['HOT', 'WARM', 'INTERESTED', 'COLD', 'UNRESPONSIVE'] } }).map((r) => r.id)).toEqual(assessed);
    expect(list.query({ ...all, filters: { ...all.filters, owners: ['user-2'] } }).map((r) => r.id)).toEqual([makeLead(3).id]);
    const byUrgency = list.query({ ...all, sort: { column: 'urgency', direction: 'desc' } }).map((r) => r.urgency);
    expect(byUrgency).toEqual([...byUrgency].sort((a, b) => b - a));

    // A change written while the list was closed (sync, another window) is caught up as written.
    await close(t);
    await changeBehindTheList(t.databaseName, async (db) => {
      const doc = await db.leads.findOne(makeLead(2).id).exec();
      await doc?.incrementalPatch({ temperature: 'warm', engagementLevel: 'INTERESTED', urgency: 5, ownerId: 'user-3' });
    });
    const reopened = await open({ databaseName: t.databaseName, snapshotStore: t.snapshotStore });
    await listReady(reopened.data);
    expect(reopened.data.leadList.get(makeLead(2).id)).toMatchObject({ temperature: 'warm', engagementLevel: 'INTERESTED', urgency: 5, ownerId: 'user-3' });
    expect(reopened.data.leadList.facets().owners).toContain('user-3');
  });

  it('tells listeners once per burst of changes', async () => {
    const t = await open({ list: { notifyDelayMs: 100 } });
    await listReady(t.data);
    let calls = 0;
    t.data.leadList.subscribe(() => {
      calls += 1;
    });
    for (let i = 0; i < 10; i++) await t.data.insertLeads([makeLead(i)]);
    await waitFor(() => t.data.leadList.size === 10);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(calls).toBeGreaterThanOrEqual(1);
    expect(calls).toBeLessThan(10);
  });

  it('saves a snapshot, and on the next start shows it and catches up with changes made since', async () => {
    const first = await open();
    await first.data.insertLeads(Array.from({ length: 30 }, (_, i) => makeLead(i)));
    await waitFor(() => first.data.leadList.size === 30);
    const store = first.snapshotStore;
    await close(first);
    expect(store.saves).toBeGreaterThan(0);

    // Mark the snapshot with a row the database does not have: if it is still listed after
    // the restart, the list came from the snapshot (plus catch-up), not from a rebuild.
    const saved = (await store.load()) as LeadListSnapshot;
    const rows = decodeRowColumns(saved.rows) ?? [];
    const marker = { ...rows[0]!, id: 'only-in-snapshot', name: 'Snapshot Marker' };
    await store.save({ ...saved, rows: encodeRowColumns([...rows, marker]) });

    await changeBehindTheList(first.databaseName, async (db) => {
      const renamed = await db.leads.findOne(makeLead(3).id).exec();
      await renamed?.incrementalPatch({ name: 'Renamed Meanwhile' });
      await (await db.leads.findOne(makeLead(4).id).exec())?.remove();
      await db.leads.insert(makeLead(99, { name: 'Added Meanwhile' }));
    });

    const t = await open({ databaseName: first.databaseName, snapshotStore: store });
    await listReady(t.data);
    const list = t.data.leadList;
    expect(list.get('only-in-snapshot')?.name).toBe('Snapshot Marker');
    expect(list.get(makeLead(3).id)?.name).toBe('Renamed Meanwhile');
    expect(list.get(makeLead(4).id)).toBeUndefined();
    expect(list.get(makeLead(99).id)?.name).toBe('Added Meanwhile');
    expect(list.size).toBe(30 - 1 + 1 + 1);
  });

  it('discards a snapshot that does not check out and rebuilds from the database', async () => {
    const first = await open();
    await first.data.insertLeads(Array.from({ length: 12 }, (_, i) => makeLead(i)));
    await waitFor(() => first.data.leadList.size === 12);
    const store = first.snapshotStore;
    await close(first);
    const saved = (await store.load()) as LeadListSnapshot;

    const broken: unknown[] = [
      { ...saved, rows: { ...saved.rows, text: { ...saved.rows.text, name: saved.rows.text.name.split('\u001e').slice(1).join('\u001e') } } },
      { ...saved, rows: { ...saved.rows, text: { ...saved.rows.text, id: `only-in-snapshot\u001e${saved.rows.text.id}` } } },
      { ...saved, rows: { ...saved.rows, score: Array.from(saved.rows.score, () => 'x') } },
      { ...saved, storageToken: 'another-database' },
      { ...saved, schemaVersion: 0 },
      { ...saved, format: 1 },
      'garbage',
    ];
    for (const snapshot of broken) {
      await store.save(snapshot as LeadListSnapshot);
      const t = await open({ databaseName: first.databaseName, snapshotStore: store });
      await listReady(t.data);
      expect(t.data.leadList.size).toBe(12);
      expect(t.data.leadList.get('only-in-snapshot')).toBeUndefined();
      await close(t);
      // The rebuilt list was saved over the bad snapshot.
      expect(decodeRowColumns(((await store.load()) as LeadListSnapshot).rows)?.length).toBe(12);
    }
  });

  it('discards a snapshot of the format before temperature, engagement, urgency and owner, and rebuilds it', async () => {
    const first = await open();
    await first.data.insertLeads(Array.from({ length: 8 }, (_, i) => makeLead(i, { engagementLevel: i % 2 === 0 ? 'WARM' : null, urgency: i })));
    await waitFor(() => first.data.leadList.size === 8);
    const store = first.snapshotStore;
    await close(first);
    const saved = (await store.load()) as LeadListSnapshot;
    expect(saved.format).toBe(listSnapshotFormat);

    // The record an earlier version wrote: format 2, no new columns, plus a marker row.
    const rows = decodeRowColumns(saved.rows) ?? [];
    const current = encodeRowColumns([...rows, { ...rows[0]!, id: 'only-in-snapshot' }]);
    const { temperature: _t, engagementLevel: _e, ownerId: _o, ...formerText } = current.text;
    const { urgency: _u, ...formerColumns } = current;
    await store.save({ ...saved, format: 2, rows: { ...formerColumns, format: 2, text: formerText } } as unknown as LeadListSnapshot);

    const t = await open({ databaseName: first.databaseName, snapshotStore: store });
    await listReady(t.data);
    expect(t.data.leadList.size).toBe(8);
    expect(t.data.leadList.get('only-in-snapshot')).toBeUndefined();
    for (let i = 0; i < 8; i++) {
      const stored = await t.data.getLead(makeLead(i).id);
      expect(t.data.leadList.get(makeLead(i).id)).toEqual(leadRowFromLead(stored!));
    }
    await close(t);
    const rebuilt = (await store.load()) as LeadListSnapshot;
    expect(rebuilt.format).toBe(listSnapshotFormat);
    expect(decodeRowColumns(rebuilt.rows)?.map((r) => r.ownerId)).toEqual(Array.from({ length: 8 }, () => seller.userId));
  });

  it('saves the snapshot a moment after changes', async () => {
    const t = await open({ list: { saveDelayMs: 20, maxSaveDelayMs: 100 } });
    await listReady(t.data);
    const saves = t.snapshotStore.saves;
    await t.data.createLead({ name: 'Saved Soon' });
    await waitFor(() => t.snapshotStore.saves > saves);
    const saved = (await t.snapshotStore.load()) as LeadListSnapshot;
    expect(decodeRowColumns(saved.rows)?.map((r) => r.name)).toEqual(['Saved Soon']);
    expect(saved.checkpoint).toMatchObject({ id: expect.any(String), lwt: expect.any(Number) });
  });

  it('finds possible duplicates among the listed leads', async () => {
    const t = await open();
    await t.data.insertLeads([
      makeLead(1, { name: 'Ahmed Al-Farsi', email: 'Ahmed@PetroGulf.example', phone: '+971501234567', company: { name: 'Petro Gulf LLC' } }),
      makeLead(2, { name: 'Sara Haddad', email: 'sara@grid.example', phone: '+966501112222', company: { name: 'Grid Co' } }),
    ]);
    await listReady(t.data);
    await waitFor(() => t.data.leadList.size === 2);
    expect(t.data.findPossibleDuplicates({ email: 'ahmed@petrogulf.example' })).toEqual([{ leadId: makeLead(1).id, name: 'Ahmed Al-Farsi', company: 'Petro Gulf LLC', reason: 'same email' }]);
    expect(t.data.findPossibleDuplicates({ name: 'Eng. Ahmed Al Farsi', company: 'Petro Gulf' }).map((d) => d.leadId)).toEqual([makeLead(1).id]);
    expect(t.data.findPossibleDuplicates({ name: 'Nobody', email: 'new@x.example' })).toEqual([]);
    // Kept in step with later changes.
    const created = await t.data.createLead({ name: 'New Buyer', phone: '+971509998877' });
    await waitFor(() => t.data.leadList.get(created.id) !== undefined);
    expect(t.data.findPossibleDuplicates({ phone: '+971509998877' }).map((d) => d.leadId)).toEqual([created.id]);
    await t.data.deleteLeads([makeLead(2).id]);
    await waitFor(() => t.data.leadList.size === 2);
    expect(t.data.findPossibleDuplicates({ email: 'sara@grid.example' })).toEqual([]);
  });

  it('finds duplicates of leads loaded from a snapshot, built in the background or on demand', async () => {
    const first = await open();
    await first.data.insertLeads(Array.from({ length: 30 }, (_, i) => makeLead(i, { email: `buyer${i}@grid.example` })));
    await waitFor(() => first.data.leadList.size === 30);
    const store = first.snapshotStore;
    await close(first);

    // Asked at once after opening: the background build is finished on demand.
    const t = await open({ databaseName: first.databaseName, snapshotStore: store, newId: testIds('second') });
    await listReady(t.data);
    expect(t.data.findPossibleDuplicates({ email: 'BUYER7@grid.example' }).map((d) => d.leadId)).toEqual([makeLead(7).id]);
    // A change made after the reload is seen with its new values, the old ones forgotten.
    await t.data.updateLead(makeLead(3).id, { email: 'changed@grid.example' });
    await waitFor(() => t.data.leadList.get(makeLead(3).id)?.email === 'changed@grid.example');
    expect(t.data.findPossibleDuplicates({ email: 'changed@grid.example' }).map((d) => d.leadId)).toEqual([makeLead(3).id]);
    expect(t.data.findPossibleDuplicates({ email: 'buyer3@grid.example' })).toEqual([]);
  });
});
