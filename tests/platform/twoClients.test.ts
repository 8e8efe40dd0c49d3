import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { firstValueFrom, filter, timeout } from 'rxjs';
import type { LoginResponse, WireDocument } from '../../core/sync/protocol';
import { leadEvent } from '../../core/model/event';
import { startFaultProxy, type FaultProxy } from '../fixtures/faultProxy';
import { startTestPlatform, type TestPlatform } from '../fixtures/platformServer';
import { documentsOf, openSyncClient, testLead, type SyncTestClient } from '../fixtures/syncTestClient';

/**
 * One seller, two devices (two local databases, each behind its own fault proxy so either can go
 * offline), one platform. Each device opens four collections: two full databases cannot open in
 * one process with the free RxDB build.
 */
let platform: TestPlatform;
let omar: LoginResponse;
const open: { close(): Promise<void> }[] = [];

interface Device {
  client: SyncTestClient;
  proxy: FaultProxy;
}

beforeAll(async () => {
  platform = await startTestPlatform();
  omar = await platform.login('omar@demo.powercozmo.com');
});

afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

afterAll(async () => {
  await platform?.close();
});

async function device(label: string): Promise<Device> {
  const proxy = await startFaultProxy({ target: () => ({ host: '127.0.0.1', port: platform.config.port }), seed: 7 });
  open.push(proxy);
  const login = await platform.login('omar@demo.powercozmo.com');
  const client = await openSyncClient({ url: proxy.url, login, label, collections: ['leads', 'events', 'notes', 'config'] });
  open.push(client);
  await client.sync.awaitInSync();
  return { client, proxy };
}

async function offline(d: Device): Promise<void> {
  d.proxy.setOffline(true);
  await firstValueFrom(d.client.sync.status$.pipe(filter((s) => s.state === 'offline'), timeout(5000)));
}

async function online(d: Device): Promise<void> {
  d.proxy.setOffline(false);
  await firstValueFrom(d.client.sync.status$.pipe(filter((s) => s.state === 'up_to_date'), timeout(15_000)));
  await d.client.sync.awaitInSync();
}

async function platformLead(id: string): Promise<WireDocument | undefined> {
  const reply = await platform.call('POST', '/sync/leads/pull', { token: omar.token, body: { checkpoint: null, batchSize: 2000 } });
  return (reply.body as { documents: WireDocument[] }).documents.find((d) => d.id === id);
}

async function patchLead(d: Device, id: string, patch: Record<string, unknown>): Promise<void> {
  const doc = await d.client.db.leads.findOne(id).exec();
  if (!doc) throw new Error(`lead ${id} missing on ${d.client.db.name}`);
  await doc.incrementalPatch(patch);
}

/** The same lead on both devices and the platform, deep-equal. */
async function expectConverged(id: string, a: Device, b: Device): Promise<Record<string, unknown>> {
  await a.client.sync.syncNow();
  await b.client.sync.syncNow();
  await a.client.sync.syncNow();
  const onA = (await documentsOf(a.client.db, 'leads')).get(id);
  const onB = (await documentsOf(b.client.db, 'leads')).get(id);
  const onPlatform = await platformLead(id);
  expect(onA).toEqual(onB);
  expect(onPlatform).toEqual(onA);
  return onA as Record<string, unknown>;
}

describe('two devices of one seller', () => {
  it('keep both offline edits to different fields of one lead', async () => {
    const a = await device('two-a');
    const b = await device('two-b');
    await a.client.db.leads.insert(testLead(a.client.seller, 'two-fields'));
    await a.client.sync.awaitInSync();
    await expect.poll(async () => (await b.client.db.leads.findOne('two-fields').exec()) !== null, { timeout: 5000 }).toBe(true);

    await offline(a);
    await offline(b);
    await patchLead(a, 'two-fields', { jobTitle: 'Head of procurement', updatedAt: 1_750_000_100_000 });
    await patchLead(b, 'two-fields', { phone: '+971501234567', tags: ['fair-2026'], updatedAt: 1_750_000_200_000 });
    await online(a);
    await online(b);

    const merged = await expectConverged('two-fields', a, b);
    expect(merged).toMatchObject({ jobTitle: 'Head of procurement', phone: '+971501234567', tags: ['fair-2026'], updatedAt: 1_750_000_200_000 });
    // Nothing of this was a conflict for the person.
    expect(await firstValueFrom(b.client.conflicts!.observe())).toEqual([]);
    expect(await firstValueFrom(a.client.conflicts!.observe())).toEqual([]);
  });

  it('resolve the same field to the platform value on both and list it on the device that lost', async () => {
    const a = await device('same-a');
    const b = await device('same-b');
    await a.client.db.leads.insert(testLead(a.client.seller, 'two-same'));
    await a.client.sync.awaitInSync();
    await expect.poll(async () => (await b.client.db.leads.findOne('two-same').exec()) !== null, { timeout: 5000 }).toBe(true);

    await offline(a);
    await offline(b);
    await patchLead(a, 'two-same', { jobTitle: 'CTO' });
    await patchLead(b, 'two-same', { jobTitle: 'Chief engineer', department: 'Engineering' });
    // A reaches the platform first: its value is the platform's.
    await online(a);
    await online(b);

    const merged = await expectConverged('two-same', a, b);
    expect(merged).toMatchObject({ jobTitle: 'CTO', department: 'Engineering' });
    const listed = await firstValueFrom(b.client.conflicts!.observe().pipe(filter((l) => l.length > 0), timeout(5000)));
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ collection: 'leads', documentId: 'two-same', label: 'Lead two-same' });
    expect(listed[0]?.fields).toEqual([expect.objectContaining({ path: 'jobTitle', mine: 'Chief engineer', theirs: 'CTO', chosen: 'theirs' })]);
  });

  it('replicate deletions, and an edit made offline to a lead deleted elsewhere survives and is listed', async () => {
    const a = await device('del-a');
    const b = await device('del-b');
    await a.client.db.leads.bulkInsert([testLead(a.client.seller, 'two-del-1'), testLead(a.client.seller, 'two-del-2')]);
    await a.client.sync.awaitInSync();
    await expect.poll(async () => (await b.client.db.leads.find().exec()).filter((l) => l.id.startsWith('two-del')).length, { timeout: 5000 }).toBe(2);

    await (await a.client.db.leads.findOne('two-del-1').exec())?.remove();
    await a.client.sync.awaitInSync();
    await expect.poll(async () => (await b.client.db.leads.findOne('two-del-1').exec()) === null, { timeout: 5000 }).toBe(true);
    expect((await documentsOf(b.client.db, 'leads')).get('two-del-1')?._deleted).toBe(true);

    await offline(b);
    await (await a.client.db.leads.findOne('two-del-2').exec())?.remove();
    await a.client.sync.awaitInSync();
    await patchLead(b, 'two-del-2', { jobTitle: 'Still talking to us' });
    await online(b);
    const merged = await expectConverged('two-del-2', a, b);
    expect(merged).toMatchObject({ _deleted: false, jobTitle: 'Still talking to us' });
    const listed = await firstValueFrom(b.client.conflicts!.observe().pipe(filter((l) => l.some((c) => c.documentId === 'two-del-2')), timeout(5000)));
    expect(listed.find((c) => c.documentId === 'two-del-2')?.fields.map((f) => f.path)).toContain('_deleted');
  });

  it('share events (immutable facts) exactly', async () => {
    const a = await device('ev-a');
    const b = await device('ev-b');
    await a.client.db.leads.insert(testLead(a.client.seller, 'two-ev'));
    const event = leadEvent.parse({
      id: 'two-ev-call',
      ownerId: a.client.seller.userId,
      teamId: a.client.seller.teamId,
      createdAt: 1_750_000_000_000,
      updatedAt: 1_750_000_000_000,
      leadId: 'two-ev',
      type: 'call',
      at: 1_750_000_000_000,
      actor: { kind: 'user', id: a.client.seller.userId, name: a.client.seller.userName },
      data: { outcome: 'interested' },
    });
    await a.client.db.events.insert(event);
    await a.client.sync.awaitInSync();
    await expect.poll(async () => (await documentsOf(b.client.db, 'events')).get('two-ev-call'), { timeout: 5000 }).toEqual({ ...event, _deleted: false });
  });
});
