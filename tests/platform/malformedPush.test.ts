import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxPushBytes, maxPushRows, platformError, pullResponse, type LoginResponse } from '../../core/sync/protocol';
import { platformLead, startTestPlatform, type TestPlatform } from '../fixtures/platformServer';

/** Bad input of every kind gets a clean 4xx platformError and leaves the data as it was. */
describe('malformed pushes and pulls', () => {
  let platform: TestPlatform;
  let omar: LoginResponse;
  const owner = () => ({ id: omar.user.id, teamId: omar.user.teamId });

  beforeAll(async () => {
    platform = await startTestPlatform();
    omar = await platform.login('omar@demo.powercozmo.com');
    const seed = await platform.call('POST', '/sync/leads/push', { token: omar.token, body: { rows: [{ assumedMasterState: null, newDocumentState: platformLead(owner(), 'mal-seed') }] } });
    expect(seed.status).toBe(200);
  });
  afterAll(async () => platform?.close());

  async function snapshot() {
    const reply = await platform.call('POST', '/sync/leads/pull', { token: omar.token, body: { checkpoint: null, batchSize: 2000 } });
    return pullResponse.parse(reply.body);
  }

  async function expectRefused(reply: { status: number; body: unknown }, status: number, error: string) {
    expect(reply.status, JSON.stringify(reply.body)).toBe(status);
    const body = platformError.parse(reply.body);
    expect(body.error).toBe(error);
    expect(body.message.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/); // no stack traces
    return body;
  }

  it('answers malformed JSON with 400 invalid_request', async () => {
    const before = await snapshot();
    for (const rawBody of ['{"rows": [', '{rows: []}', 'null x', '\u0000', '{"rows": [{"newDocumentState": {"id": "a", "_deleted": false}}]']) {
      const body = await expectRefused(await platform.call('POST', '/sync/leads/push', { token: omar.token, rawBody }), 400, 'invalid_request');
      expect(body.message).toMatch(/JSON/);
    }
    await expectRefused(await platform.call('POST', '/sync/leads/pull', { token: omar.token, rawBody: '{"checkpoint":' }), 400, 'invalid_request');
    await expectRefused(await platform.call('POST', '/auth/login', { rawBody: '{"email":' }), 400, 'invalid_request');
    expect(await snapshot()).toEqual(before);
  });

  it('answers an empty JSON body and a wrong content type cleanly', async () => {
    await expectRefused(await platform.call('POST', '/sync/leads/push', { token: omar.token, rawBody: '' }), 400, 'invalid_request');
    await expectRefused(await platform.call('POST', '/sync/leads/push', { token: omar.token, rawBody: '<rows/>', contentType: 'application/xml' }), 415, 'unsupported_media_type');
    // Plain text is read as a string, which is not a push request.
    await expectRefused(await platform.call('POST', '/sync/leads/push', { token: omar.token, rawBody: 'rows=1', contentType: 'text/plain' }), 400, 'invalid_request');
  });

  it('answers wrong shapes with 400 invalid_request', async () => {
    const before = await snapshot();
    const lead = platformLead(owner(), 'mal-shape');
    const shapes: unknown[] = [
      {},
      [],
      'rows',
      42,
      { rows: 'all' },
      { rows: [null] },
      { rows: [{}] },
      { rows: [{ newDocumentState: { ...lead, id: undefined } }] },
      { rows: [{ newDocumentState: { ...lead, id: 'x'.repeat(65) } }] },
      { rows: [{ newDocumentState: { ...lead, _deleted: 'no' } }] },
      { rows: [{ assumedMasterState: 'old', newDocumentState: lead }] },
      { rows: [{ assumedMasterState: null, newDocumentState: [lead] }] },
    ];
    for (const body of shapes) {
      await expectRefused(await platform.call('POST', '/sync/leads/push', { token: omar.token, body }), 400, 'invalid_request');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses documents that do not fit the core schema, naming each, and writes none of the request', async () => {
    const before = await snapshot();
    const good = platformLead(owner(), 'mal-good');
    const rows = [
      good,
      { ...platformLead(owner(), 'mal-score'), score: 500 },
      { ...platformLead(owner(), 'mal-country'), country: 'Germany' },
      { ...platformLead(owner(), 'mal-id'), id: 'has spaces' },
      { ...platformLead(owner(), 'mal-owner'), ownerId: undefined },
      { ...platformLead(owner(), 'mal-tags'), tags: 'vip' },
      { ...platformLead(owner(), 'mal-nul'), name: 'nul\u0000byte' },
      { ...platformLead(owner(), 'mal-surrogate'), customFields: { note: 'half \ud83d pair' } },
      { ...platformLead(owner(), 'mal-key'), customFields: { 'k\u0000': 'x' } },
    ].map((newDocumentState) => ({ assumedMasterState: null, newDocumentState }));
    const body = await expectRefused(await platform.call('POST', '/sync/leads/push', { token: omar.token, body: { rows } }), 400, 'invalid_documents');
    expect(body.problems?.map((problem) => problem.id)).toEqual(['mal-score', 'mal-country', 'has spaces', 'mal-owner', 'mal-tags', 'mal-nul', 'mal-surrogate', 'mal-key']);
    expect(body.problems?.find((problem) => problem.id === 'mal-score')?.reason).toMatch(/score/);
    expect(await snapshot()).toEqual(before);
  });

  it('stores text with emoji and other scripts as pushed', async () => {
    const lead = platformLead(owner(), 'mal-unicode', { name: 'Zoë 🙂 محمد 李', company: { name: 'Ünïcode “quotes” \\u0000 literal' } });
    const reply = await platform.call('POST', '/sync/leads/push', { token: omar.token, body: { rows: [{ assumedMasterState: null, newDocumentState: lead }] } });
    expect(reply.status).toBe(200);
    expect((await snapshot()).documents.find((doc) => doc.id === 'mal-unicode')).toEqual(lead);
  });

  it('checks each collection with its own schema', async () => {
    const lead = platformLead(owner(), 'mal-lead-as-note');
    const body = await expectRefused(await platform.call('POST', '/sync/notes/push', { token: omar.token, body: { rows: [{ assumedMasterState: null, newDocumentState: lead }] } }), 400, 'invalid_documents');
    expect(body.problems?.[0]?.reason).toMatch(/leadId|body/);
    const config = { id: 'saved-view:other', ownerId: omar.user.id, teamId: omar.user.teamId, createdAt: 1, updatedAt: 1, kind: 'saved-view', key: 'mine', data: {}, _deleted: false };
    const mismatch = await expectRefused(await platform.call('POST', '/sync/config/push', { token: omar.token, body: { rows: [{ assumedMasterState: null, newDocumentState: config }] } }), 400, 'invalid_documents');
    expect(mismatch.problems?.[0]?.reason).toMatch(/config id/);
  });

  it('answers an oversized body with 413 too_large', async () => {
    const before = await snapshot();
    const big = { ...platformLead(owner(), 'mal-big'), customFields: { blob: 'x'.repeat(maxPushBytes) } };
    await expectRefused(await platform.call('POST', '/sync/leads/push', { token: omar.token, body: { rows: [{ assumedMasterState: null, newDocumentState: big }] } }), 413, 'too_large');
    // Every other route keeps the default limit (1 MiB).
    await expectRefused(await platform.call('POST', '/sync/leads/pull', { token: omar.token, body: { checkpoint: null, padding: 'x'.repeat(2 * 1024 * 1024) } }), 413, 'too_large');
    expect(await snapshot()).toEqual(before);
  });

  it('answers too many rows with 413 too_large', async () => {
    const before = await snapshot();
    const rows = Array.from({ length: maxPushRows + 1 }, (_, i) => ({ assumedMasterState: null, newDocumentState: platformLead(owner(), `mal-many-${i}`) }));
    await expectRefused(await platform.call('POST', '/sync/leads/push', { token: omar.token, body: { rows } }), 413, 'too_large');
    expect(await snapshot()).toEqual(before);
  });

  it('takes the largest allowed push in one piece', async () => {
    const rows = Array.from({ length: maxPushRows }, (_, i) => ({ assumedMasterState: null, newDocumentState: platformLead(owner(), `mal-max-${i}`) }));
    const reply = await platform.call('POST', '/sync/leads/push', { token: omar.token, body: { rows } });
    expect(reply.status).toBe(200);
    expect((await snapshot()).documents.filter((doc) => doc.id.startsWith('mal-max-'))).toHaveLength(maxPushRows);
  });
});
