import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullResponse, pushResponse, type LoginResponse, type WireDocument } from '../../core/sync/protocol';
import { platformEvent, platformLead, startTestPlatform, type TestPlatform } from '../fixtures/platformServer';

describe('replication endpoints (pull, push)', () => {
  let platform: TestPlatform;
  let omar: LoginResponse;
  const seller = () => ({ id: omar.user.id, teamId: omar.user.teamId });

  beforeAll(async () => {
    platform = await startTestPlatform();
    omar = await platform.login('omar@demo.powercozmo.com');
  });
  afterAll(async () => platform?.close());

  async function push(collection: string, rows: { assumedMasterState: WireDocument | null; newDocumentState: WireDocument }[], token = omar.token) {
    const reply = await platform.call('POST', `/sync/${collection}/push`, { token, body: { rows } });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return pushResponse.parse(reply.body);
  }

  async function pull(collection: string, checkpoint: { sequence: number } | null, batchSize = 1000, token = omar.token) {
    const reply = await platform.call('POST', `/sync/${collection}/pull`, { token, body: { checkpoint, batchSize } });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return pullResponse.parse(reply.body);
  }

  it('pushes new documents and pulls them back exactly as pushed, with a checkpoint', async () => {
    const lead = platformLead(seller(), 'rep-lead-1', { tags: ['vip'], customFields: { size: 'large' } });
    const withRxdbFields = { ...lead, _meta: { lwt: 1 }, _rev: '1-abc', _attachments: {} };
    expect(await push('leads', [{ assumedMasterState: null, newDocumentState: withRxdbFields }])).toEqual({ conflicts: [] });
    const page = await pull('leads', null);
    const pulled = page.documents.find((doc) => doc.id === 'rep-lead-1');
    expect(pulled).toEqual(lead);
    expect(page.checkpoint?.sequence).toBeGreaterThan(0);
  });

  it('answers a stale assumed state with the stored document as a conflict and writes nothing', async () => {
    const v1 = platformLead(seller(), 'rep-lead-2', { name: 'First' });
    await push('leads', [{ assumedMasterState: null, newDocumentState: v1 }]);
    const v2 = { ...v1, name: 'Second', updatedAt: v1.updatedAt as number + 1 };
    expect(await push('leads', [{ assumedMasterState: v1, newDocumentState: v2 }])).toEqual({ conflicts: [] });
    // Another device still thinks v1 is current.
    const other = { ...v1, phone: '+971500000000', updatedAt: v1.updatedAt as number + 2 };
    const result = await push('leads', [{ assumedMasterState: v1, newDocumentState: other }]);
    expect(result.conflicts).toEqual([v2]);
    // A push that assumes nothing for an existing document is a conflict too.
    expect((await push('leads', [{ assumedMasterState: null, newDocumentState: other }])).conflicts).toEqual([v2]);
    const stored = (await pull('leads', null)).documents.find((doc) => doc.id === 'rep-lead-2');
    expect(stored).toEqual(v2);
  });

  it('treats a repeated push as a success without a new sequence', async () => {
    const lead = platformLead(seller(), 'rep-lead-3');
    await push('leads', [{ assumedMasterState: null, newDocumentState: lead }]);
    const before = await pull('leads', null);
    // The client did not see the answer and pushes again with the old assumed state.
    expect(await push('leads', [{ assumedMasterState: null, newDocumentState: lead }])).toEqual({ conflicts: [] });
    const after = await pull('leads', null);
    expect(after.checkpoint).toEqual(before.checkpoint);
  });

  it('compares documents by value, not by key order', async () => {
    const lead = platformLead(seller(), 'rep-lead-4', { company: { name: 'Acme', website: 'https://acme.example' } });
    await push('leads', [{ assumedMasterState: null, newDocumentState: lead }]);
    const reordered = Object.fromEntries(Object.entries(lead).reverse()) as WireDocument;
    const next = { ...lead, name: 'Renamed' };
    expect(await push('leads', [{ assumedMasterState: reordered, newDocumentState: next }])).toEqual({ conflicts: [] });
  });

  it('orders pulls by sequence, pages by batch size and never repeats or skips', async () => {
    const start = (await pull('notes', null)).checkpoint;
    const notes = Array.from({ length: 25 }, (_, i) => ({
      id: `rep-note-${i.toString().padStart(2, '0')}`,
      ownerId: omar.user.id,
      teamId: omar.user.teamId,
      createdAt: 1,
      updatedAt: 1,
      leadId: 'rep-lead-1',
      body: `note ${i}`,
      authorId: omar.user.id,
      authorName: '',
      _deleted: false,
    }));
    // Three pushes: the order of commits is the order of sequences.
    await push('notes', notes.slice(0, 10).map((doc) => ({ assumedMasterState: null, newDocumentState: doc })));
    await push('notes', notes.slice(10, 20).map((doc) => ({ assumedMasterState: null, newDocumentState: doc })));
    await push('notes', notes.slice(20).map((doc) => ({ assumedMasterState: null, newDocumentState: doc })));
    const updated = { ...notes[0]!, body: 'edited last' };
    await push('notes', [{ assumedMasterState: notes[0]!, newDocumentState: updated }]);

    const seen: string[] = [];
    const sequences: number[] = [];
    let checkpoint = start;
    for (let round = 0; round < 20; round += 1) {
      const page = await pull('notes', checkpoint, 7);
      expect(page.documents.length).toBeLessThanOrEqual(7);
      if (page.documents.length === 0) {
        expect(page.checkpoint).toEqual(checkpoint);
        break;
      }
      seen.push(...page.documents.map((doc) => doc.id));
      sequences.push(page.checkpoint!.sequence);
      checkpoint = page.checkpoint;
    }
    // rep-note-00 moved to the end when it was edited; every note once.
    expect(seen).toEqual([...notes.slice(1).map((doc) => doc.id), 'rep-note-00']);
    expect([...sequences].sort((a, b) => a - b)).toEqual(sequences);
    const last = await pull('notes', start, 1000);
    expect(last.documents.at(-1)).toEqual(updated);
  });

  it('replicates deletions as tombstones', async () => {
    const lead = platformLead(seller(), 'rep-lead-5');
    await push('leads', [{ assumedMasterState: null, newDocumentState: lead }]);
    const checkpoint = (await pull('leads', null)).checkpoint;
    const deleted = { ...lead, _deleted: true };
    expect(await push('leads', [{ assumedMasterState: lead, newDocumentState: deleted }])).toEqual({ conflicts: [] });
    const page = await pull('leads', checkpoint);
    expect(page.documents).toEqual([deleted]);
    // Undeleting is an ordinary write on top of the tombstone.
    expect(await push('leads', [{ assumedMasterState: deleted, newDocumentState: lead }])).toEqual({ conflicts: [] });
    expect((await pull('leads', page.checkpoint)).documents).toEqual([lead]);
  });

  it('keeps events immutable: identical re-push is fine, a change is refused', async () => {
    const event = platformEvent(seller(), 'rep-event-1', 'rep-lead-1');
    await push('events', [{ assumedMasterState: null, newDocumentState: event }]);
    await push('events', [{ assumedMasterState: event, newDocumentState: event }]);
    const changed = await platform.call('POST', '/sync/events/push', { token: omar.token, body: { rows: [{ assumedMasterState: event, newDocumentState: { ...event, at: 5 } }] } });
    expect(changed.status).toBe(403);
    expect(changed.body).toMatchObject({ error: 'forbidden', problems: [{ id: 'rep-event-1' }] });
    const deleted = await platform.call('POST', '/sync/events/push', { token: omar.token, body: { rows: [{ assumedMasterState: event, newDocumentState: { ...event, _deleted: true } }] } });
    expect(deleted.status).toBe(403);
    expect((await pull('events', null)).documents).toEqual([event]);
  });

  it('writes two rows for one document in one request in order', async () => {
    const v1 = platformLead(seller(), 'rep-lead-7', { name: 'One' });
    const v2 = { ...v1, name: 'Two' };
    expect(await push('leads', [{ assumedMasterState: null, newDocumentState: v1 }, { assumedMasterState: v1, newDocumentState: v2 }])).toEqual({ conflicts: [] });
    expect((await pull('leads', null)).documents.find((doc) => doc.id === 'rep-lead-7')).toEqual(v2);
  });

  it('caps the batch size and refuses a bad pull', async () => {
    const tooBig = await platform.call('POST', '/sync/leads/pull', { token: omar.token, body: { checkpoint: null, batchSize: 5000 } });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body).toMatchObject({ error: 'invalid_request' });
    const negative = await platform.call('POST', '/sync/leads/pull', { token: omar.token, body: { checkpoint: { sequence: -1 } } });
    expect(negative.status).toBe(400);
    // No body at all pulls from the beginning with the default batch.
    const empty = await platform.call('POST', '/sync/leads/pull', { token: omar.token });
    expect(empty.status).toBe(200);
    expect(pullResponse.parse(empty.body).documents.length).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown collection and 401 without a token', async () => {
    expect((await platform.call('POST', '/sync/secrets/pull', { token: omar.token, body: {} })).body).toMatchObject({ error: 'unknown_collection' });
    expect((await platform.call('POST', '/sync/secrets/pull', { token: omar.token, body: {} })).status).toBe(404);
    const anonymous = await platform.call('POST', '/sync/leads/pull', { body: {} });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ error: 'unauthorized' });
  });

  it('gives concurrent writers sequences in commit order: a paged pull sees every write once', async () => {
    const lena = await platform.login('lena@demo.powercozmo.com');
    const start = (await pull('reminders', null)).checkpoint;
    const reminder = (owner: LoginResponse, id: string) => ({
      id,
      ownerId: owner.user.id,
      teamId: owner.user.teamId,
      createdAt: 1,
      updatedAt: 1,
      leadId: 'rep-lead-1',
      kind: 'call',
      title: id,
      dueAt: 2,
      _deleted: false,
    });
    const writers = Array.from({ length: 24 }, (_, i) => {
      const owner = i % 2 === 0 ? omar : lena;
      const rows = Array.from({ length: 5 }, (_, j) => ({ assumedMasterState: null, newDocumentState: reminder(owner, `rep-rem-${i}-${j}`) }));
      return platform.call('POST', '/sync/reminders/push', { token: owner.token, body: { rows } });
    });
    // Pull while the writes land: a checkpoint may never pass a write that commits later.
    const seen = new Map<string, number>();
    let checkpoint = start;
    const drain = async () => {
      for (;;) {
        const page = await pull('reminders', checkpoint, 3);
        for (const doc of page.documents) seen.set(doc.id, (seen.get(doc.id) ?? 0) + 1);
        if (page.documents.length === 0) return;
        checkpoint = page.checkpoint;
      }
    };
    const replies = await Promise.all([...writers, drain().then(() => null)]);
    for (const reply of replies) if (reply) expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    await drain();
    const omarIds = Array.from({ length: 24 }, (_, i) => i).filter((i) => i % 2 === 0).flatMap((i) => Array.from({ length: 5 }, (_, j) => `rep-rem-${i}-${j}`));
    expect([...seen.keys()].sort()).toEqual(omarIds.sort());
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
  });

  it('keeps the data across a restart', async () => {
    const before = await pull('leads', null);
    await platform.restart();
    const again = await platform.login('omar@demo.powercozmo.com');
    const after = await pull('leads', null, 1000, again.token);
    expect(after).toEqual(before);
    // The old token still works: tokens live in the database, not in memory.
    expect((await platform.call('GET', '/auth/me', { token: omar.token })).status).toBe(200);
  });
});
