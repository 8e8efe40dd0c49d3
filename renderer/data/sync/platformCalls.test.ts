import { describe, expect, it } from 'vitest';
import type { PushRow } from '../../../core/sync/protocol';
import { parseStreamMessage, pullBatch, pushRows, SyncRequestError } from './platformCalls';
import { PlatformUnreachableError, type PlatformPort, type PlatformReply, type PlatformRequest } from './platformPort';

const note = (id: string, body = 'Called') => ({ id, ownerId: 'u1', teamId: 't1', createdAt: 1, updatedAt: 1, leadId: 'lead-1', authorId: 'u1', body, _deleted: false });
const row = (id: string): PushRow => ({ assumedMasterState: null, newDocumentState: note(id) });

/** A port answering from a script; records what was asked. */
function scriptedPort(answer: (request: PlatformRequest) => PlatformReply | Error): PlatformPort & { requests: PlatformRequest[] } {
  const requests: PlatformRequest[] = [];
  return {
    requests,
    request(request) {
      requests.push(request);
      const reply = answer(request);
      return reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply);
    },
    stream: () => () => undefined,
  };
}

const bodyRows = (request: PlatformRequest) => (request.body as { rows: PushRow[] }).rows;

describe('pullBatch', () => {
  it('asks from the checkpoint and leaves out documents that do not fit the schema, naming them', async () => {
    const port = scriptedPort(() => ({ status: 200, body: { documents: [note('n1'), { id: 'n2', _deleted: false, body: 5 }], checkpoint: { sequence: 9 } } }));
    const batch = await pullBatch(port, 'notes', { sequence: 4 }, 100);
    expect(port.requests[0]).toEqual({ method: 'POST', path: '/sync/notes/pull', body: { checkpoint: { sequence: 4 }, batchSize: 100 } });
    expect(batch.documents.map((d) => d.id)).toEqual(['n1']);
    expect(batch.invalid.map((d) => d.id)).toEqual(['n2']);
    expect(batch.checkpoint).toEqual({ sequence: 9 });
  });

  it('tells unreachable, expired sign-in, server trouble and answers not understood apart', async () => {
    const kind = async (answer: PlatformReply | Error) => pullBatch(scriptedPort(() => answer), 'notes', null, 10).then(() => 'ok', (e: unknown) => (e instanceof SyncRequestError ? e.kind : 'other'));
    expect(await kind(new PlatformUnreachableError('ECONNREFUSED'))).toBe('unreachable');
    expect(await kind({ status: 401, body: { error: 'unauthorized', message: 'Sign in again.' } })).toBe('unauthorized');
    expect(await kind({ status: 503, body: null })).toBe('server');
    expect(await kind({ status: 200, body: { documents: 'nope' } })).toBe('bad_response');
    expect(await kind({ status: 404, body: { error: 'unknown_collection', message: 'No such collection.' } })).toBe('bad_response');
  });
});

describe('pushRows', () => {
  it('returns the platform state of conflicting rows', async () => {
    const port = scriptedPort(() => ({ status: 200, body: { conflicts: [note('n1', 'theirs')] } }));
    expect(await pushRows(port, 'notes', [row('n1'), row('n2')])).toEqual({ conflicts: [note('n1', 'theirs')], refused: [] });
  });

  it('sends nothing for no rows', async () => {
    const port = scriptedPort(() => new Error('not called'));
    expect(await pushRows(port, 'notes', [])).toEqual({ conflicts: [], refused: [] });
    expect(port.requests).toHaveLength(0);
  });

  it('sends the rows again without those the platform refuses by name (it wrote nothing)', async () => {
    const port = scriptedPort((request) =>
      bodyRows(request).some((r) => r.newDocumentState.id === 'bad')
        ? { status: 403, body: { error: 'forbidden', message: 'Not yours.', problems: [{ id: 'bad', reason: 'owned by someone else' }] } }
        : { status: 200, body: { conflicts: [] } },
    );
    const outcome = await pushRows(port, 'notes', [row('n1'), row('bad'), row('n2')]);
    expect(outcome).toEqual({ conflicts: [], refused: [{ id: 'bad', reason: 'owned by someone else' }] });
    expect(port.requests.map((r) => bodyRows(r).map((x) => x.newDocumentState.id))).toEqual([['n1', 'bad', 'n2'], ['n1', 'n2']]);
  });

  it('refuses every row of a request refused without names, with the platform sentence', async () => {
    const port = scriptedPort(() => ({ status: 400, body: { error: 'invalid_request', message: 'Not a push request.' } }));
    expect((await pushRows(port, 'notes', [row('n1'), row('n2')])).refused).toEqual([
      { id: 'n1', reason: 'Not a push request.' },
      { id: 'n2', reason: 'Not a push request.' },
    ]);
  });

  it('sends a body too large in halves, and refuses a single row still too large', async () => {
    const port = scriptedPort((request) => {
      const rows = bodyRows(request);
      if (rows.some((r) => r.newDocumentState.id === 'huge')) return { status: 413, body: { error: 'too_large', message: 'Too large.' } };
      return rows.length > 2 ? { status: 413, body: { error: 'too_large', message: 'Too large.' } } : { status: 200, body: { conflicts: [] } };
    });
    const outcome = await pushRows(port, 'notes', [row('a'), row('b'), row('c'), row('huge'), row('d')]);
    expect(outcome.refused).toEqual([{ id: 'huge', reason: 'too large for the platform' }]);
    const written = port.requests.filter((r) => bodyRows(r).length <= 2 && !bodyRows(r).some((x) => x.newDocumentState.id === 'huge'));
    expect(written.flatMap((r) => bodyRows(r).map((x) => x.newDocumentState.id)).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('throws (RxDB sends again later) when the platform cannot be reached or fails', async () => {
    await expect(pushRows(scriptedPort(() => new PlatformUnreachableError('timeout')), 'notes', [row('n1')])).rejects.toMatchObject({ kind: 'unreachable' });
    await expect(pushRows(scriptedPort(() => ({ status: 500, body: null })), 'notes', [row('n1')])).rejects.toMatchObject({ kind: 'server' });
  });
});

describe('parseStreamMessage', () => {
  it('reads a message and ignores what is not one', () => {
    expect(parseStreamMessage('notes', JSON.stringify({ documents: [note('n1')], checkpoint: { sequence: 3 } }))).toMatchObject({ checkpoint: { sequence: 3 }, invalid: [] });
    expect(parseStreamMessage('notes', 'not json')).toBeNull();
    expect(parseStreamMessage('notes', JSON.stringify({ documents: [] }))).toBeNull();
  });
});
