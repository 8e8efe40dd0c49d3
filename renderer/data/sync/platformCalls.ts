import {
  platformError,
  pullResponse,
  pushResponse,
  replicatedDocumentSchemas,
  streamMessage,
  syncPaths,
  type PushRow,
  type ReplicatedCollection,
  type SyncCheckpoint,
  type WireDocument,
} from '../../../core/sync/protocol';
import { PlatformUnreachableError, type PlatformPort, type PlatformReply } from './platformPort';

/**
 * The replication's requests to the platform: pull and push of one collection over the
 * PlatformPort, with every answer checked against core/sync/protocol before RxDB sees it.
 */

/** Why a request failed, as the status shows it. */
export type SyncFailureKind = 'unreachable' | 'unauthorized' | 'server' | 'bad_response';

export class SyncRequestError extends Error {
  override name = 'SyncRequestError';
  constructor(
    readonly kind: SyncFailureKind,
    message: string,
  ) {
    super(message);
  }
}

/** A document the platform would not take, with its reason (the rest of the batch was written). */
export interface RefusedDocument {
  id: string;
  reason: string;
}

export interface PulledBatch {
  documents: WireDocument[];
  checkpoint: SyncCheckpoint | null;
  /** Documents left out because they do not match the collection's schema. */
  invalid: RefusedDocument[];
}

export async function pullBatch(port: PlatformPort, collection: ReplicatedCollection, checkpoint: SyncCheckpoint | null, batchSize: number): Promise<PulledBatch> {
  const reply = await send(port, syncPaths.pull(collection), { checkpoint, batchSize });
  if (reply.status !== 200) throw failure(reply, 'pull');
  const parsed = pullResponse.safeParse(reply.body);
  if (!parsed.success) throw new SyncRequestError('bad_response', `The platform's answer to a pull of ${collection} is not understood`);
  const { valid, invalid } = validDocuments(collection, parsed.data.documents);
  return { documents: valid, checkpoint: parsed.data.checkpoint, invalid };
}

export interface PushOutcome {
  /** The platform's current state of each row it did not write (its assumed state was stale). */
  conflicts: WireDocument[];
  /** Rows refused for good (invalid, not allowed): re-sending them unchanged would fail again. */
  refused: RefusedDocument[];
}

/**
 * Pushes rows. A refused request writes nothing (the platform is all-or-nothing per request), so
 * when it names the rows it refuses (400 invalid_documents, 403 forbidden) the others are sent
 * again without them; a body too large (413) is sent in halves. Failures that may pass (offline,
 * 5xx, 401) throw, and RxDB sends the rows again after its retry time.
 */
export async function pushRows(port: PlatformPort, collection: ReplicatedCollection, rows: readonly PushRow[]): Promise<PushOutcome> {
  if (rows.length === 0) return { conflicts: [], refused: [] };
  const reply = await send(port, syncPaths.push(collection), { rows });
  if (reply.status === 200) {
    const parsed = pushResponse.safeParse(reply.body);
    if (!parsed.success) throw new SyncRequestError('bad_response', `The platform's answer to a push of ${collection} is not understood`);
    return { conflicts: parsed.data.conflicts, refused: [] };
  }
  if (reply.status === 413) {
    if (rows.length === 1) return { conflicts: [], refused: [{ id: rows[0]?.newDocumentState.id ?? '', reason: 'too large for the platform' }] };
    const half = Math.ceil(rows.length / 2);
    const [first, second] = [await pushRows(port, collection, rows.slice(0, half)), await pushRows(port, collection, rows.slice(half))];
    return { conflicts: [...first.conflicts, ...second.conflicts], refused: [...first.refused, ...second.refused] };
  }
  if (reply.status === 400 || reply.status === 403) {
    const error = platformError.safeParse(reply.body);
    const message = error.success ? error.data.message : `HTTP ${reply.status}`;
    const problems = error.success ? (error.data.problems ?? []) : [];
    const ids = new Set(rows.map((r) => r.newDocumentState.id));
    const named = problems.filter((p) => ids.has(p.id));
    // Without rows named, the whole request is refused: every row is, with the platform's sentence.
    if (named.length === 0) return { conflicts: [], refused: rows.map((r) => ({ id: r.newDocumentState.id, reason: message })) };
    const refusedIds = new Set(named.map((p) => p.id));
    const rest = await pushRows(
      port,
      collection,
      rows.filter((r) => !refusedIds.has(r.newDocumentState.id)),
    );
    return { conflicts: rest.conflicts, refused: [...named, ...rest.refused] };
  }
  throw failure(reply, 'push');
}

/** One `data:` payload of the stream, checked; null when it is not a stream message. */
export function parseStreamMessage(collection: ReplicatedCollection, data: string): { documents: WireDocument[]; checkpoint: SyncCheckpoint; invalid: RefusedDocument[] } | null {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  const parsed = streamMessage.safeParse(json);
  if (!parsed.success) return null;
  const { valid, invalid } = validDocuments(collection, parsed.data.documents);
  return { documents: valid, checkpoint: parsed.data.checkpoint, invalid };
}

/** Each document against the collection's core schema; the original (not zod's copy) is kept. */
function validDocuments(collection: ReplicatedCollection, documents: readonly WireDocument[]): { valid: WireDocument[]; invalid: RefusedDocument[] } {
  const schema = replicatedDocumentSchemas[collection];
  const valid: WireDocument[] = [];
  const invalid: RefusedDocument[] = [];
  for (const doc of documents) {
    const result = schema.safeParse(doc);
    if (result.success) valid.push(doc);
    else invalid.push({ id: doc.id, reason: result.error.issues.slice(0, 2).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
  }
  return { valid, invalid };
}

async function send(port: PlatformPort, path: string, body: unknown): Promise<PlatformReply> {
  try {
    return await port.request({ method: 'POST', path, body });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // PlatformUnreachableError from the host; any other throw also means no answer came back.
    throw new SyncRequestError('unreachable', `The platform cannot be reached (${error instanceof PlatformUnreachableError ? reason : `${reason}`})`);
  }
}

function failure(reply: PlatformReply, what: 'pull' | 'push'): SyncRequestError {
  const error = platformError.safeParse(reply.body);
  const said = error.success ? error.data.message : `HTTP ${reply.status}`;
  if (reply.status === 401) return new SyncRequestError('unauthorized', `The platform no longer accepts this sign-in (${said}); connect again in Settings → Connect`);
  if (reply.status >= 500 || reply.status === 429 || reply.status === 408) return new SyncRequestError('server', `The platform could not answer a ${what} (${said})`);
  return new SyncRequestError('bad_response', `The platform refused a ${what}: ${said}`);
}
