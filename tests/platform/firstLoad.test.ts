import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoginResponse, WireDocument } from '../../core/sync/protocol';
import type { PlatformPort } from '../../renderer/data/sync/platformPort';
import { startTestPlatform, type TestPlatform } from '../fixtures/platformServer';
import { openSyncClient, testLead, type SyncTestClient } from '../fixtures/syncTestClient';

/**
 * The first sync of an empty client writes the platform's documents straight into the store
 * (renderer/data/sync/firstLoad.ts): nothing of it may be pushed back, the platform's later changes
 * must still arrive, and the first local change of a loaded document must merge like any other.
 */
let platform: TestPlatform;
let omar: LoginResponse;
const open: SyncTestClient[] = [];

beforeAll(async () => {
  platform = await startTestPlatform();
  omar = await platform.login('omar@demo.powercozmo.com');
  const seller = { userId: omar.user.id, teamId: omar.user.teamId, userName: omar.user.name };
  await platform.store.platformWrite(async (tx) => {
    for (let i = 0; i < 2500; i++) await tx.write('leads', { ...testLead(seller as never, `fl-${String(i).padStart(4, '0')}`), _deleted: false });
  });
}, 120_000);

afterAll(async () => {
  for (const c of open) await c.close();
  await platform.close();
});

async function client(label: string, wrapPort?: (port: PlatformPort) => PlatformPort): Promise<SyncTestClient> {
  const c = await openSyncClient({ url: platform.url, login: omar, label, collections: ['leads'], ...(wrapPort ? { wrapPort } : {}) });
  open.push(c);
  return c;
}

async function platformLeads(): Promise<Map<string, WireDocument>> {
  const out = new Map<string, WireDocument>();
  let checkpoint: unknown = null;
  for (;;) {
    const reply = await platform.call('POST', '/sync/leads/pull', { token: omar.token, body: { checkpoint, batchSize: 2000 } });
    const body = reply.body as { documents: WireDocument[]; checkpoint: unknown };
    for (const doc of body.documents) out.set(doc.id, doc);
    if (body.documents.length < 2000) break;
    checkpoint = body.checkpoint;
  }
  return out;
}

describe('first sync of an empty client', () => {
  it('loads every document, pushes none back, and reports up to date with nothing pending', async () => {
    const pushes: string[] = [];
    const before = await platformLeads();
    const c = await client('load', (port) => ({
      stream: (path, handlers) => port.stream(path, handlers),
      request: (request) => {
        if (request.path.endsWith('/push')) pushes.push(request.path);
        return port.request(request);
      },
    }));
    await c.sync.awaitInSync();
    expect(await c.db.leads.count().exec()).toBe(before.size);
    expect(c.sync.status()).toMatchObject({ state: 'up_to_date', pending: 0, lastError: null });
    expect(pushes).toEqual([]);
    expect((await c.db.leads.findOne('fl-0042').exec())?.name).toBe('Lead fl-0042');
  });

  it('keeps the platform’s later change and this device’s own edit of the same loaded lead', async () => {
    const b = await client('merge');
    await b.sync.awaitInSync();
    const a = await client('other-device');
    await a.sync.awaitInSync();
    // Another device changes the department; this device, not yet knowing, changes the job title.
    await (await a.db.leads.findOne('fl-0100').exec())?.incrementalPatch({ department: 'Procurement' });
    await a.sync.awaitInSync();
    await b.sync.pause();
    await (await b.db.leads.findOne('fl-0100').exec())?.incrementalPatch({ jobTitle: 'Buyer' });
    await expect.poll(() => b.sync.status().pending, { timeout: 5000 }).toBe(1);
    b.sync.resume();
    await b.sync.syncNow();
    await a.sync.syncNow();
    const onPlatform = (await platformLeads()).get('fl-0100');
    expect(onPlatform).toMatchObject({ department: 'Procurement', jobTitle: 'Buyer' });
    expect(await b.db.leads.findOne('fl-0100').exec()).toMatchObject({ department: 'Procurement', jobTitle: 'Buyer' });
    expect(await a.db.leads.findOne('fl-0100').exec()).toMatchObject({ department: 'Procurement', jobTitle: 'Buyer' });
  });

  it('receives the platform’s changes and sends its deletions of loaded leads', async () => {
    const c = await client('follow');
    await c.sync.awaitInSync();
    const current = (await platformLeads()).get('fl-0200') as WireDocument;
    await platform.store.platformWrite((tx) => tx.write('leads', { ...current, jobTitle: 'Set by the platform' }));
    await expect.poll(async () => (await c.db.leads.findOne('fl-0200').exec())?.jobTitle, { timeout: 5000 }).toBe('Set by the platform');
    await (await c.db.leads.findOne('fl-0201').exec())?.remove();
    await c.sync.awaitInSync();
    expect((await platformLeads()).get('fl-0201')?._deleted).toBe(true);
    expect(c.sync.status()).toMatchObject({ state: 'up_to_date', pending: 0 });
  });

  it('sends a lead the person writes while the load is under way', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let pulls = 0;
    const c = await client('during', (port) => ({
      stream: (path, handlers) => port.stream(path, handlers),
      request: async (request) => {
        // The second page of the load waits until the person has written.
        if (request.path.endsWith('/pull') && ++pulls === 2) await held;
        return port.request(request);
      },
    }));
    await expect.poll(() => pulls, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    await c.db.leads.insert(testLead(c.seller, 'fl-during-load'));
    release();
    await c.sync.awaitInSync();
    expect((await platformLeads()).has('fl-during-load')).toBe(true);
    expect(c.sync.status()).toMatchObject({ state: 'up_to_date', pending: 0 });
    const live = [...(await platformLeads()).values()].filter((d) => !d._deleted);
    expect(await c.db.leads.count().exec()).toBe(live.length);
  });
});
