import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { firstValueFrom, filter, timeout } from 'rxjs';
import type { LoginResponse, WireDocument } from '../../core/sync/protocol';
import type { SyncState } from '../../renderer/data/sync/syncContract';
import { startFaultProxy, type FaultProxy } from '../fixtures/faultProxy';
import { startTestPlatform, type TestPlatform } from '../fixtures/platformServer';
import { documentsOf, openSyncClient, sellerOf, testLead, testNote, type SyncTestClient } from '../fixtures/syncTestClient';
import { createFetchPlatformPort } from '../fixtures/fetchPlatformPort';
import { openTestData, testClock } from '../fixtures/testData';
import { untouchedRuleDraft } from '../fixtures/ruleDrafts';
import { createLeadBrain } from '../../core/brain/leadBrain';
import { applyEventToLead } from '../../core/brain/eventEffects';
import { leadEvent } from '../../core/model/event';
import { lead as leadSchema } from '../../core/model/lead';
import { defaultLeadSettings } from '../../core/settings/leadSettings';
import { effectiveStages } from '../../core/settings/stageSettings';

let platform: TestPlatform;
let omar: LoginResponse;
let lena: LoginResponse;
const open: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  platform = await startTestPlatform();
  omar = await platform.login('omar@demo.powercozmo.com');
  lena = await platform.login('lena@demo.powercozmo.com');
});

afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

afterAll(async () => {
  await platform?.close();
});

async function proxy(seed = 1): Promise<FaultProxy> {
  const p = await startFaultProxy({ target: () => ({ host: '127.0.0.1', port: platform.config.port }), seed });
  open.push(p);
  return p;
}

async function client(login: LoginResponse, label: string, url = platform.url): Promise<SyncTestClient> {
  const c = await openSyncClient({ url, login, label, collections: ['leads', 'notes', 'events'] });
  open.push(c);
  return c;
}

/** What the platform holds for a user (a pull from the start, as that user). */
async function platformDocuments(login: LoginResponse, collection: 'leads' | 'notes' | 'events'): Promise<Map<string, WireDocument>> {
  const reply = await platform.call('POST', `/sync/${collection}/pull`, { token: login.token, body: { checkpoint: null, batchSize: 2000 } });
  expect(reply.status).toBe(200);
  const docs = (reply.body as { documents: WireDocument[] }).documents;
  return new Map(docs.map((d) => [d.id, d]));
}

function waitForState(c: SyncTestClient, state: SyncState, ms = 10_000) {
  return firstValueFrom(c.sync.status$.pipe(filter((s) => s.state === state), timeout(ms)));
}

describe('replication client against the platform', () => {
  it('pushes local leads and notes, then reports up to date with nothing pending', async () => {
    const c = await client(omar, 'push');
    const seller = sellerOf(omar);
    await c.db.leads.bulkInsert([testLead(seller, 'rc-push-1', { company: { name: 'Gulf Solar', size: null, annualRevenue: null, industry: 'solar', website: '' } }), testLead(seller, 'rc-push-2')]);
    await c.db.notes.insert(testNote(seller, 'rc-push-n1', 'rc-push-1', 'Called, wants a quote'));
    await c.sync.awaitInSync();
    const status = c.sync.status();
    expect(status).toMatchObject({ state: 'up_to_date', pending: 0, lastError: null });
    expect(status.lastSyncAt).not.toBeNull();
    const leads = await platformDocuments(omar, 'leads');
    expect(leads.get('rc-push-1')).toMatchObject({ name: 'Lead rc-push-1', company: { name: 'Gulf Solar' }, _deleted: false });
    expect(leads.has('rc-push-2')).toBe(true);
    expect((await platformDocuments(omar, 'notes')).get('rc-push-n1')).toMatchObject({ body: 'Called, wants a quote' });
  });

  it('counts offline changes as pending and sends them when the platform is back', async () => {
    const p = await proxy();
    const c = await client(omar, 'offline', p.url);
    const seller = sellerOf(omar);
    await c.db.leads.insert(testLead(seller, 'rc-off-1'));
    await c.sync.awaitInSync();
    expect(c.sync.status().pending).toBe(0);

    p.setOffline(true);
    await waitForState(c, 'offline');
    const doc = await c.db.leads.findOne('rc-off-1').exec();
    await doc?.incrementalPatch({ jobTitle: 'Procurement lead' });
    await c.db.leads.insert(testLead(seller, 'rc-off-2'));
    await c.db.notes.insert(testNote(seller, 'rc-off-n1', 'rc-off-1', 'Met at the fair'));
    const offline = await firstValueFrom(c.sync.status$.pipe(filter((s) => s.pending === 3), timeout(5000)));
    expect(offline.state).toBe('offline');
    expect(offline.collections.leads?.pending).toBe(2);
    expect(offline.collections.notes?.pending).toBe(1);
    expect(offline.lastError).toMatch(/platform/);
    // An edit undone before it could be sent is nothing to send.
    await doc?.getLatest().incrementalPatch({ jobTitle: '' });
    await firstValueFrom(c.sync.status$.pipe(filter((s) => s.pending === 2), timeout(5000)));

    p.setOffline(false);
    await waitForState(c, 'up_to_date', 15_000);
    await c.sync.awaitInSync();
    expect(c.sync.status().pending).toBe(0);
    const leads = await platformDocuments(omar, 'leads');
    expect(leads.get('rc-off-1')?.jobTitle).toBe('');
    expect(leads.has('rc-off-2')).toBe(true);
    expect((await platformDocuments(omar, 'notes')).has('rc-off-n1')).toBe(true);
  });

  it('receives what the platform writes while connected (the stream), and deletions both ways', async () => {
    const c = await client(omar, 'live');
    const seller = sellerOf(omar);
    await c.db.leads.insert(testLead(seller, 'rc-live-1'));
    await c.sync.awaitInSync();
    await waitForState(c, 'up_to_date');
    const stored = (await platformDocuments(omar, 'leads')).get('rc-live-1');
    await platform.store.platformWrite(async (tx) => {
      await tx.write('leads', { ...(stored as WireDocument), jobTitle: 'Written by the platform' });
      await tx.write('leads', { ...testLead(seller, 'rc-live-2'), _deleted: false });
    });
    // No syncNow: the stream brings it.
    await expect.poll(async () => (await c.db.leads.findOne('rc-live-1').exec())?.jobTitle, { timeout: 5000 }).toBe('Written by the platform');
    await expect.poll(async () => (await c.db.leads.findOne('rc-live-2').exec()) !== null, { timeout: 5000 }).toBe(true);

    // Deleted here → a tombstone on the platform.
    await (await c.db.leads.findOne('rc-live-2').exec())?.remove();
    await c.sync.awaitInSync();
    expect((await platformDocuments(omar, 'leads')).get('rc-live-2')?._deleted).toBe(true);
    // Deleted on the platform → gone here.
    const latest = (await platformDocuments(omar, 'leads')).get('rc-live-1') as WireDocument;
    await platform.store.platformWrite((tx) => tx.write('leads', { ...latest, _deleted: true }));
    await expect.poll(async () => (await c.db.leads.findOne('rc-live-1').exec()) === null, { timeout: 5000 }).toBe(true);
    const local = await documentsOf(c.db, 'leads');
    expect(local.get('rc-live-1')?._deleted).toBe(true);
  });

  it('names documents the platform refuses, and still sends the others of the batch', async () => {
    const c = await client(omar, 'refused');
    const seller = sellerOf(omar);
    await c.sync.awaitInSync();
    await c.db.leads.bulkInsert([testLead(seller, 'rc-ok-1'), testLead({ ...seller, userId: sellerOf(lena).userId }, 'rc-not-mine')]);
    const status = await waitForState(c, 'error');
    expect(status.lastError).toMatch(/refused by the platform — rc-not-mine/);
    await c.sync.awaitInSync();
    const leads = await platformDocuments(omar, 'leads');
    expect(leads.has('rc-ok-1')).toBe(true);
    expect(leads.has('rc-not-mine')).toBe(false);
    expect((await platformDocuments(lena, 'leads')).has('rc-not-mine')).toBe(false);
    // Once the person sets it right (removes it here), the next push of it goes through and the error clears.
    await (await c.db.leads.findOne('rc-not-mine').exec())?.remove();
    await c.db.leads.upsert(testLead(seller, 'rc-not-mine'));
    await waitForState(c, 'up_to_date');
    expect((await platformDocuments(omar, 'leads')).has('rc-not-mine')).toBe(true);
  });

  it('keeps each seller to their own documents', async () => {
    const a = await client(omar, 'iso-omar');
    const b = await client(lena, 'iso-lena');
    await a.db.leads.insert(testLead(sellerOf(omar), 'rc-iso-omar'));
    await b.db.leads.insert(testLead(sellerOf(lena), 'rc-iso-lena'));
    await Promise.all([a.sync.awaitInSync(), b.sync.awaitInSync()]);
    await a.sync.syncNow();
    await b.sync.syncNow();
    const aLeads = await documentsOf(a.db, 'leads');
    const bLeads = await documentsOf(b.db, 'leads');
    expect(aLeads.has('rc-iso-omar')).toBe(true);
    expect(aLeads.has('rc-iso-lena')).toBe(false);
    expect(bLeads.has('rc-iso-lena')).toBe(true);
    expect([...bLeads.values()].every((l) => l.ownerId === sellerOf(lena).userId)).toBe(true);
    expect([...aLeads.values()].every((l) => l.ownerId === sellerOf(omar).userId)).toBe(true);
  });

  it('pauses (nothing is sent, changes wait) and resumes', async () => {
    const c = await client(omar, 'pause');
    await c.sync.awaitInSync();
    await c.sync.pause();
    expect(c.sync.status().state).toBe('paused');
    await c.db.leads.insert(testLead(sellerOf(omar), 'rc-paused-1'));
    await new Promise((r) => setTimeout(r, 300));
    expect((await platformDocuments(omar, 'leads')).has('rc-paused-1')).toBe(false);
    expect(c.sync.status()).toMatchObject({ state: 'paused', pending: 1 });
    c.sync.resume();
    await waitForState(c, 'up_to_date');
    await c.sync.awaitInSync();
    expect((await platformDocuments(omar, 'leads')).has('rc-paused-1')).toBe(true);
  });

  it('says the sign-in is no longer accepted when the token is revoked', async () => {
    const login = await platform.login('omar@demo.powercozmo.com');
    const c = await client(login, 'revoked');
    await c.sync.awaitInSync();
    const out = await platform.call('POST', '/auth/logout', { token: login.token });
    expect(out.status).toBe(204);
    await c.db.leads.insert(testLead(sellerOf(login), 'rc-revoked-1'));
    const status = await waitForState(c, 'error');
    expect(status.lastError).toMatch(/no longer accepts this sign-in/);
  });

  it('opens with the data layer (data.sync): a platform event brings its lead up to date, a received lead is not rescored', async () => {
    const clock = testClock(Date.now());
    const port = createFetchPlatformPort({ url: platform.url, token: omar.token, timeoutMs: 5000 });
    const { data } = await openTestData({
      label: 'data-sync',
      clock,
      // Ids unique across devices (a manager's device receives this lead too).
      newId: () => crypto.randomUUID(),
      seller: sellerOf(omar),
      sync: { port, waitForLeadership: false, retryMs: 100, reconnect: { baseMs: 50, capMs: 1000 }, pendingDelayMs: 20 },
    });
    open.push(data);
    const sync = data.sync;
    if (!sync) throw new Error('data.sync is missing with a sync option');
    const created = await data.createLead({ name: 'Nadia Rahman', email: 'nadia@gulfsolar.example', company: { name: 'Gulf Solar', size: null, annualRevenue: null, industry: 'solar', website: '' } });
    await sync.awaitInSync();
    expect(sync.status()).toMatchObject({ state: 'up_to_date', pending: 0 });
    const onPlatform = (await platformDocuments(omar, 'leads')).get(created.id) as WireDocument;
    expect(onPlatform).toBeDefined();

    // The marketplace's quote request: the platform counts it on the lead and records the event.
    const at = clock.now();
    const event = leadEvent.parse({
      id: `rc-platform-event-${at}`,
      ownerId: created.ownerId,
      teamId: created.teamId,
      createdAt: at,
      updatedAt: at,
      leadId: created.id,
      type: 'quote_request',
      at,
      actor: { kind: 'platform', id: 'platform', name: 'Power Cozmo' },
      data: { detail: '500 kW inverter' },
    });
    const counted = applyEventToLead(leadSchema.parse(onPlatform), event, effectiveStages(defaultLeadSettings.stages)).lead;
    await platform.store.platformWrite(async (tx) => {
      await tx.write('leads', { ...counted, _deleted: false });
      await tx.write('events', { ...event, _deleted: false });
    });
    const brain = createLeadBrain(defaultLeadSettings);
    const expected = brain.derive(counted, [event], clock.now());
    expect(expected.engagementLevel).not.toBe(created.engagementLevel);
    await expect
      .poll(async () => {
        const local = await data.getLead(created.id);
        return local && { engagementLevel: local.engagementLevel, score: local.score, urgency: local.urgency, quoteRequests: local.counters.quoteRequests };
      }, { timeout: 8000 })
      .toEqual({ engagementLevel: expected.engagementLevel, score: expected.score, urgency: expected.urgency, quoteRequests: 1 });
    // The derived lead goes back to the platform like any change.
    await sync.awaitInSync();
    expect((await platformDocuments(omar, 'leads')).get(created.id)).toMatchObject({ engagementLevel: expected.engagementLevel, score: expected.score });

    // A lead arriving without an event keeps what the platform sent (no rescoring of received leads).
    const latest = (await platformDocuments(omar, 'leads')).get(created.id) as WireDocument;
    await platform.store.platformWrite((tx) => tx.write('leads', { ...latest, score: 3, jobTitle: 'Procurement' }));
    await expect.poll(async () => (await data.getLead(created.id))?.jobTitle, { timeout: 5000 }).toBe('Procurement');
    await new Promise((r) => setTimeout(r, 400));
    expect((await data.getLead(created.id))?.score).toBe(3);
  });

  it("leaves a team member's lead to its owner: a manager's rescoring pass does not write it", async () => {
    const maria = await platform.login('maria@demo.powercozmo.com');
    const seller = sellerOf(omar);
    const c = await client(omar, 'team-owner');
    // A stored score a full pass would change (a fresh lead derives to a low score).
    await c.db.leads.insert(testLead(seller, 'rc-team-1', { score: 77, temperature: 'hot' }));
    await c.sync.awaitInSync();
    await c.close();
    open.splice(open.indexOf(c), 1);

    const clock = testClock(Date.now());
    const port = createFetchPlatformPort({ url: platform.url, token: maria.token, timeoutMs: 5000 });
    const { data } = await openTestData({ label: 'manager', clock, newId: () => crypto.randomUUID(), seller: sellerOf(maria), sync: { port, waitForLeadership: false, retryMs: 100, pendingDelayMs: 20 } });
    open.push(data);
    await expect.poll(async () => (await data.getLead('rc-team-1'))?.ownerId, { timeout: 5000 }).toBe(seller.userId);
    await data.rescoring.runNow('manual');
    await data.sync?.awaitInSync();
    expect(await data.getLead('rc-team-1')).toMatchObject({ score: 77, temperature: 'hot' });
    expect((await platformDocuments(omar, 'leads')).get('rc-team-1')).toMatchObject({ score: 77, temperature: 'hot' });
    expect(data.rescoring.status.lastError).toBeNull();

    // Nor do the manager's rules act on it (Run now treats the trigger as met for every lead).
    const mine = await data.createLead({ name: 'Maria own lead' });
    const rule = await data.rules.save(untouchedRuleDraft());
    const run = await data.rules.runNow(rule.id);
    expect(run.fired).toBe(1);
    expect((await data.getLead(mine.id))?.tags).toContain('checked');
    expect((await data.getLead('rc-team-1'))?.tags).not.toContain('checked');
  });
});
