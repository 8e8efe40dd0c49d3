import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filter, firstValueFrom, timeout } from 'rxjs';
import { leadEvent, type LeadEvent } from '../../core/model/event';
import type { LoginResponse, WireDocument } from '../../core/sync/protocol';
import type { PlatformPort } from '../../renderer/data/sync/platformPort';
import { noFaults, seededRandom, startFaultProxy, type FaultProxy } from '../fixtures/faultProxy';
import { startTestPlatform, type TestPlatform } from '../fixtures/platformServer';
import { documentsOf, openSyncClient, testLead, testNote, type SyncTestClient } from '../fixtures/syncTestClient';

/**
 * Randomised fault injection (seeded; the seed is printed, FAULT_SEED=<n> repeats a run): two
 * devices of one seller edit, create and delete leads, notes and events — sometimes offline —
 * while their connections are dropped, delayed and cut mid-request and mid-response, pushes are
 * sent twice, and the platform restarts in the middle of pulls and pushes. At the end, with the
 * network healed, both devices and the platform must hold exactly the same documents: every
 * document created is there, a field only one device wrote has that device's last value, tags
 * added anywhere are kept, deletions nobody contradicted stand, and nothing is extra.
 */
const rounds = Number(process.env.FAULT_ROUNDS ?? 220);
const seed = Number(process.env.FAULT_SEED ?? Math.floor(Math.random() * 2 ** 31));
const random = seededRandom(seed);
const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const chance = (p: number) => random() < p;

type DeviceName = 'A' | 'B';
interface Device {
  name: DeviceName;
  client: SyncTestClient;
  proxy: FaultProxy;
}

/** What the test did, to judge the end state by. */
interface FieldHistory {
  writers: Set<DeviceName>;
  last: Map<DeviceName, unknown>;
}
interface LeadHistory {
  fields: Map<string, FieldHistory>;
  tags: Set<string>;
  editedBy: Set<DeviceName>;
  deletedBy: Set<DeviceName>;
}
const leads = new Map<string, LeadHistory>();
const notes = new Map<string, { body: FieldHistory }>();
const events = new Map<string, LeadEvent>();
const counts = { ops: 0, offlineRounds: 0, restarts: 0, duplicatedPushes: 0 };

let platform: TestPlatform;
let login: LoginResponse;
let a: Device;
let b: Device;

/** Sends some pushes twice (once more after the answer, or both at once): the platform must take it. */
function duplicatingPort(inner: PlatformPort): PlatformPort {
  return {
    stream: (path, handlers) => inner.stream(path, handlers),
    async request(request) {
      if (!request.path.endsWith('/push') || !chance(0.15)) return inner.request(request);
      counts.duplicatedPushes++;
      if (chance(0.5)) {
        const [first, second] = await Promise.allSettled([inner.request(request), inner.request(request)]);
        if (second.status === 'fulfilled') return second.value;
        if (first.status === 'fulfilled') return first.value;
        throw second.reason;
      }
      await inner.request(request).catch(() => undefined);
      return inner.request(request);
    },
  };
}

async function openDevice(name: DeviceName): Promise<Device> {
  const proxy = await startFaultProxy({ target: () => ({ host: '127.0.0.1', port: platform.config.port }), seed: seed + (name === 'A' ? 1 : 2) });
  const client = await openSyncClient({
    url: proxy.url,
    login,
    label: `fault-${name}`,
    collections: ['leads', 'notes', 'events'],
    timeoutMs: 3000,
    wrapPort: duplicatingPort,
    sync: { random: seededRandom(seed + (name === 'A' ? 3 : 4)), retryMs: 50, reconnect: { baseMs: 20, capMs: 500 } },
  });
  return { name, client, proxy };
}

function randomFaults(proxy: FaultProxy): void {
  if (chance(0.3)) {
    proxy.setFaults(noFaults);
    return;
  }
  proxy.setFaults({
    drop: random() * 0.15,
    delay: random() * 0.3,
    maxDelayMs: 60,
    cutResponse: random() * 0.3,
    cutRequest: random() * 0.1,
    cutWithinBytes: 3000,
  });
}

function noteWrite(history: FieldHistory, device: DeviceName, value: unknown): void {
  history.writers.add(device);
  history.last.set(device, value);
}

function fieldHistory(lead: LeadHistory, path: string): FieldHistory {
  let history = lead.fields.get(path);
  if (!history) {
    history = { writers: new Set(), last: new Map() };
    lead.fields.set(path, history);
  }
  return history;
}

async function liveLeadIds(d: Device): Promise<string[]> {
  return (await d.client.db.leads.find().exec()).map((l) => l.id);
}

/** One random local change on a device. */
async function randomOperation(d: Device, round: number, k: number): Promise<void> {
  counts.ops++;
  const seller = d.client.seller;
  const tag = `${d.name}-${round}-${k}`;
  const live = await liveLeadIds(d);
  const roll = random();
  if (live.length < 3 || roll < 0.2) {
    const id = `fi-lead-${tag}`;
    await d.client.db.leads.insert(testLead(seller, id));
    leads.set(id, { fields: new Map(), tags: new Set(), editedBy: new Set(), deletedBy: new Set() });
    return;
  }
  const leadId = pick(live);
  const history = leads.get(leadId);
  if (!history) throw new Error(`lead ${leadId} was not made by this test`);
  const doc = await d.client.db.leads.findOne(leadId).exec();
  if (!doc) return;
  if (roll < 0.55) {
    const field = pick(['jobTitle', 'department', 'company.name'] as const);
    const value = `v-${tag}`;
    if (field === 'company.name') await doc.incrementalModify((l) => ({ ...l, company: { ...l.company, name: value } }));
    else await doc.incrementalPatch({ [field]: value });
    noteWrite(fieldHistory(history, field), d.name, value);
    history.editedBy.add(d.name);
  } else if (roll < 0.65) {
    const added = `t-${tag}`;
    await doc.incrementalModify((l) => ({ ...l, tags: [...l.tags, added] }));
    history.tags.add(added);
    history.editedBy.add(d.name);
  } else if (roll < 0.77) {
    const id = `fi-note-${tag}`;
    await d.client.db.notes.insert(testNote(seller, id, leadId, `first ${tag}`));
    const body: FieldHistory = { writers: new Set(), last: new Map() };
    noteWrite(body, d.name, `first ${tag}`);
    notes.set(id, { body });
  } else if (roll < 0.87) {
    const mine = (await d.client.db.notes.find().exec()).map((n) => n.id);
    if (mine.length === 0) return;
    const id = pick(mine);
    const note = await d.client.db.notes.findOne(id).exec();
    await note?.incrementalPatch({ body: `edit ${tag}` });
    const entry = notes.get(id);
    if (entry) noteWrite(entry.body, d.name, `edit ${tag}`);
  } else if (roll < 0.95) {
    const event = leadEvent.parse({
      id: `fi-event-${tag}`,
      ownerId: seller.userId,
      teamId: seller.teamId,
      createdAt: 1_750_000_000_000 + round,
      updatedAt: 1_750_000_000_000 + round,
      leadId,
      type: 'call',
      at: 1_750_000_000_000 + round,
      actor: { kind: 'user', id: seller.userId, name: seller.userName },
      data: { round },
    });
    await d.client.db.events.insert(event);
    events.set(event.id, event);
  } else {
    await doc.remove();
    history.deletedBy.add(d.name);
  }
}

async function heal(): Promise<void> {
  for (const d of [a, b]) {
    d.proxy.setFaults(noFaults);
    d.proxy.setOffline(false);
  }
  // Twice each way: the second pass carries what merging the first produced.
  for (let i = 0; i < 2; i++) {
    await a.client.sync.syncNow();
    await b.client.sync.syncNow();
  }
  await a.client.sync.syncNow();
}

async function platformDocuments(collection: 'leads' | 'notes' | 'events'): Promise<Map<string, WireDocument>> {
  const out = new Map<string, WireDocument>();
  let checkpoint: unknown = null;
  for (;;) {
    const reply = await platform.call('POST', `/sync/${collection}/pull`, { token: login.token, body: { checkpoint, batchSize: 2000 } });
    expect(reply.status).toBe(200);
    const body = reply.body as { documents: WireDocument[]; checkpoint: unknown };
    for (const doc of body.documents) out.set(doc.id, doc);
    if (body.documents.length < 2000) break;
    checkpoint = body.checkpoint;
  }
  return out;
}

async function expectConverged(label: string): Promise<void> {
  for (const collection of ['leads', 'notes', 'events'] as const) {
    const onA = await documentsOf(a.client.db, collection);
    const onB = await documentsOf(b.client.db, collection);
    const onPlatform = await platformDocuments(collection);
    const made = collection === 'leads' ? leads : collection === 'notes' ? notes : events;
    // Nothing lost, nothing extra: exactly the documents the test made, on all three.
    expect([...onPlatform.keys()].sort(), `${label}: ${collection} on the platform`).toEqual([...made.keys()].sort());
    expect([...onA.keys()].sort(), `${label}: ${collection} on A`).toEqual([...made.keys()].sort());
    expect([...onB.keys()].sort(), `${label}: ${collection} on B`).toEqual([...made.keys()].sort());
    for (const [id, doc] of onPlatform) {
      expect(onA.get(id), `${label}: ${collection} ${id} on A`).toEqual(doc);
      expect(onB.get(id), `${label}: ${collection} ${id} on B`).toEqual(doc);
    }
  }
  // The live streams reconnect on their own backoff; the data was already checked above.
  for (const d of [a, b]) {
    const settled = await firstValueFrom(d.client.sync.status$.pipe(filter((s) => s.state === 'up_to_date'), timeout(10_000))).catch(() => d.client.sync.status());
    expect(settled, `${label}: ${d.name}'s status`).toMatchObject({ state: 'up_to_date', pending: 0, lastError: null });
  }
}

function expectNothingLost(finalLeads: Map<string, Record<string, unknown>>, finalNotes: Map<string, Record<string, unknown>>, finalEvents: Map<string, Record<string, unknown>>): void {
  for (const [id, history] of leads) {
    const lead = finalLeads.get(id) as Record<string, unknown> & { company: { name: string }; tags: string[] };
    for (const [path, field] of history.fields) {
      const value = path === 'company.name' ? lead.company.name : lead[path];
      const [only] = field.writers;
      // Written by one device only: its last value stands (no lost update).
      if (field.writers.size === 1 && only) expect(value, `lead ${id} ${path}`).toEqual(field.last.get(only));
      // Written by both: the merge took one of them.
      else expect([...field.last.values()], `lead ${id} ${path}`).toContain(value);
    }
    for (const tag of history.tags) expect(lead.tags, `lead ${id} tags`).toContain(tag);
    const contradicted = [...history.deletedBy].some((deleter) => [...history.editedBy].some((editor) => editor !== deleter));
    if (history.deletedBy.size > 0 && !contradicted) expect(lead._deleted, `lead ${id} deleted`).toBe(true);
    if (history.deletedBy.size === 0) expect(lead._deleted, `lead ${id} never deleted`).toBe(false);
  }
  for (const [id, { body }] of notes) {
    const [only] = body.writers;
    const value = finalNotes.get(id)?.body;
    if (body.writers.size === 1 && only) expect(value, `note ${id}`).toBe(body.last.get(only));
    else expect([...body.last.values()], `note ${id}`).toContain(value);
  }
  for (const [id, event] of events) expect(finalEvents.get(id), `event ${id}`).toEqual({ ...event, _deleted: false });
}

beforeAll(async () => {
  console.log(`faultInjection: seed ${seed} (FAULT_SEED=${seed} repeats this run), ${rounds} rounds`);
  platform = await startTestPlatform();
  login = await platform.login('omar@demo.powercozmo.com');
  a = await openDevice('A');
  b = await openDevice('B');
}, 60_000);

afterAll(async () => {
  for (const d of [a, b]) {
    await d?.client.close();
    await d?.proxy.close();
  }
  await platform?.close();
});

describe(`fault injection (seed ${seed})`, () => {
  it(`converges after ${rounds} rounds of edits, network faults, duplicated pushes and platform restarts`, async () => {
    for (let round = 1; round <= rounds; round++) {
      for (const d of [a, b]) {
        randomFaults(d.proxy);
        const offline = chance(0.2);
        if (offline) counts.offlineRounds++;
        d.proxy.setOffline(offline);
      }
      // Sometimes the platform restarts while this round's pulls and pushes are under way.
      const restart = chance(0.04)
        ? (async () => {
            counts.restarts++;
            await new Promise((r) => setTimeout(r, Math.floor(random() * 40)));
            await platform.restart();
          })()
        : null;
      const work = [a, b].map(async (d) => {
        const n = 1 + Math.floor(random() * 3);
        for (let k = 0; k < n; k++) await randomOperation(d, round, k);
      });
      await Promise.all(work);
      // Cut whatever is under way on one device: pulls, pushes and its streams.
      if (chance(0.3)) pick([a, b]).proxy.cutAll();
      await new Promise((r) => setTimeout(r, Math.floor(random() * 40)));
      await restart;
      if (round % 55 === 0) {
        await heal();
        await expectConverged(`after round ${round}`);
      }
    }
    await heal();
    await expectConverged('at the end');
    expectNothingLost(await documentsOf(a.client.db, 'leads'), await documentsOf(a.client.db, 'notes'), await documentsOf(a.client.db, 'events'));
    console.log(
      `faultInjection: seed ${seed}: ${counts.ops} changes, ${leads.size} leads, ${notes.size} notes, ${events.size} events; ${counts.offlineRounds} device-rounds offline, ` +
        `${counts.restarts} platform restarts, ${counts.duplicatedPushes} duplicated pushes; proxy A ${JSON.stringify(a.proxy.stats)}, B ${JSON.stringify(b.proxy.stats)}`,
    );
    expect(counts.restarts).toBeGreaterThan(0);
    expect(a.proxy.stats.cut + b.proxy.stats.cut).toBeGreaterThan(0);
  }, 300_000);
});
