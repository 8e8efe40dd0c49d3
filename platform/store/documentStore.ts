import {
  maxPullBatchSize,
  maxPushRows,
  type PlatformUser,
  type PullResponse,
  type PushResponse,
  type PushRow,
  type ReplicatedCollection,
  type SyncCheckpoint,
  type WireDocument,
} from '../../core/sync/protocol';
import type { Database, Queryable } from '../db/database';
import { PlatformHttpError } from '../http/platformHttpError';
import { canRead, isTeamVisible, writeRefusal, type StoredFacts } from './permissions';
import { documentProblem } from './validateDocument';
import { fromStored, sameDocument, storedData, withoutLocalFields } from './wireDocuments';

export interface DocumentStore {
  pull(user: PlatformUser, collection: ReplicatedCollection, checkpoint: SyncCheckpoint | null, batchSize: number): Promise<PullResponse>;
  /** Writes the rows whose assumed state is current, returns the others' stored documents; throws PlatformHttpError and writes nothing when any row is invalid or not the user's to write. */
  push(user: PlatformUser, collection: ReplicatedCollection, rows: PushRow[]): Promise<PushResponse>;
  /** Server-side writes (RFQ, tracking, answers, unsubscribe): one transaction, each write gets a new seq, streams notified after commit. */
  platformWrite<T>(work: (tx: PlatformWriteTx) => Promise<T>): Promise<T>;
  subscribe(listener: (batch: CommittedBatch) => void): () => void;
}

export interface PlatformWriteTx {
  read(ownerId: string, collection: ReplicatedCollection, id: string): Promise<WireDocument | null>;
  /** Documents whose top-level string field equals value (token, unsubscribeToken, email — case-insensitive for email), optionally of one owner. */
  findBy(collection: ReplicatedCollection, field: 'token' | 'unsubscribeToken' | 'email', value: string, ownerId?: string): Promise<WireDocument[]>;
  /** Writes unconditionally (validated with the core schema first; throws on an invalid document). */
  write(collection: ReplicatedCollection, document: WireDocument): Promise<void>;
  query: Queryable;
}

export interface CommittedRow {
  ownerId: string;
  teamId: string;
  document: WireDocument;
  /** Whether the team's manager may read it (a lead, or an email once out of draft). */
  teamVisible: boolean;
}

export interface CommittedBatch {
  collection: ReplicatedCollection;
  rows: CommittedRow[];
  checkpoint: SyncCheckpoint;
}

interface DocumentRow {
  owner_id: string;
  collection: ReplicatedCollection;
  id: string;
  team_id: string;
  seq: number | string;
  deleted: boolean;
  team_visible: boolean;
  data: Record<string, unknown>;
}

interface StoredDocument extends StoredFacts {
  document: WireDocument;
}

interface PendingWrite {
  collection: ReplicatedCollection;
  ownerId: string;
  teamId: string;
  teamVisible: boolean;
  document: WireDocument;
}

interface WrittenRow {
  collection: ReplicatedCollection;
  row: CommittedRow;
  seq: number;
}

/** Held by every write transaction until it commits: sequences are handed out in commit order. */
const writeLock = 7007;

const findableFields = new Set(['token', 'unsubscribeToken', 'email']);

function toStored(row: DocumentRow): StoredDocument {
  return { ownerId: row.owner_id, teamId: row.team_id, collection: row.collection, teamVisible: row.team_visible, document: fromStored(row.data, row.deleted) };
}

function key(ownerId: string, id: string): string {
  return JSON.stringify([ownerId, id]);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function createDocumentStore(db: Database): DocumentStore {
  const listeners = new Set<(batch: CommittedBatch) => void>();

  /** Inserts or replaces documents, each with the next sequence, in the open transaction; returns the first sequence. */
  async function save(tx: Queryable, writes: PendingWrite[]): Promise<number> {
    const { rows } = await tx.query<{ value: number | string }>('UPDATE sync_counter SET value = value + $1 WHERE id = 1 RETURNING value', [writes.length]);
    const last = Number(rows[0]?.value);
    const first = last - writes.length + 1;
    const records = writes.map((write, index) => ({
      owner_id: write.ownerId,
      collection: write.collection,
      id: write.document.id,
      team_id: write.teamId,
      seq: first + index,
      deleted: write.document._deleted,
      team_visible: write.teamVisible,
      data: storedData(write.document),
    }));
    await tx.query(
      `INSERT INTO documents (owner_id, collection, id, team_id, seq, deleted, team_visible, data)
       SELECT owner_id, collection, id, team_id, seq, deleted, team_visible, data
       FROM jsonb_to_recordset($1::jsonb) AS r(owner_id text, collection text, id text, team_id text, seq bigint, deleted boolean, team_visible boolean, data jsonb)
       ON CONFLICT (owner_id, collection, id) DO UPDATE SET team_id = EXCLUDED.team_id, seq = EXCLUDED.seq, deleted = EXCLUDED.deleted, team_visible = EXCLUDED.team_visible, data = EXCLUDED.data`,
      [JSON.stringify(records)],
    );
    return first;
  }

  /** Runs a write transaction under the lock, then tells the streams what committed. */
  async function writeTransaction<T>(work: (tx: Queryable, written: WrittenRow[]) => Promise<T>): Promise<T> {
    const written: WrittenRow[] = [];
    const result = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [writeLock]);
      return work(tx, written);
    });
    notify(written);
    return result;
  }

  async function saveAndRecord(tx: Queryable, writes: PendingWrite[], written: WrittenRow[]): Promise<void> {
    if (writes.length === 0) return;
    const first = await save(tx, writes);
    writes.forEach((write, index) =>
      written.push({ collection: write.collection, row: { ownerId: write.ownerId, teamId: write.teamId, document: write.document, teamVisible: write.teamVisible }, seq: first + index }),
    );
  }

  function notify(written: WrittenRow[]): void {
    const byCollection = new Map<ReplicatedCollection, { rows: CommittedRow[]; sequence: number }>();
    for (const { collection, row, seq } of written) {
      const batch = byCollection.get(collection) ?? { rows: [], sequence: 0 };
      batch.rows.push(row);
      batch.sequence = Math.max(batch.sequence, seq);
      byCollection.set(collection, batch);
    }
    for (const [collection, batch] of byCollection) {
      const committed: CommittedBatch = { collection, rows: batch.rows, checkpoint: { sequence: batch.sequence } };
      for (const listener of listeners) {
        try {
          listener(committed);
        } catch {
          // A broken stream must not undo or block a committed write; the stream's own close cleans it up.
        }
      }
    }
  }

  async function loadMany(tx: Queryable, collection: ReplicatedCollection, keys: { ownerId: string; id: string }[]): Promise<Map<string, StoredDocument>> {
    const found = new Map<string, StoredDocument>();
    if (keys.length === 0) return found;
    const { rows } = await tx.query<DocumentRow>(
      `SELECT d.* FROM documents d
       JOIN jsonb_to_recordset($2::jsonb) AS k(owner_id text, id text) ON d.owner_id = k.owner_id AND d.id = k.id
       WHERE d.collection = $1`,
      [collection, JSON.stringify(keys.map((k) => ({ owner_id: k.ownerId, id: k.id })))],
    );
    for (const row of rows) found.set(key(row.owner_id, row.id), toStored(row));
    return found;
  }

  return {
    async pull(user, collection, checkpoint, batchSize) {
      const limit = Math.max(1, Math.min(maxPullBatchSize, Math.floor(batchSize)));
      const after = checkpoint?.sequence ?? 0;
      const teamReader = user.role === 'manager' || user.role === 'admin';
      const { rows } = await db.query<DocumentRow>(
        `SELECT * FROM documents
         WHERE collection = $1 AND seq > $2 AND (owner_id = $3 OR ($4 AND team_id = $5 AND team_visible))
         ORDER BY seq, id LIMIT $6`,
        [collection, after, user.id, teamReader, user.teamId, limit],
      );
      // The SQL and the rules say the same; the rules have the last word.
      const readable = rows.map(toStored).filter((stored) => canRead(user, stored));
      const last = rows[rows.length - 1];
      return { documents: readable.map((stored) => stored.document), checkpoint: last ? { sequence: Number(last.seq) } : checkpoint };
    },

    async push(user, collection, rows) {
      if (rows.length > maxPushRows) throw new PlatformHttpError(413, 'too_large', `Push at most ${maxPushRows} documents per request.`);
      const prepared = rows.map((row) => ({ next: withoutLocalFields(row.newDocumentState), assumed: row.assumedMasterState ? withoutLocalFields(row.assumedMasterState) : null }));
      const invalid = prepared.flatMap(({ next }) => {
        const reason = documentProblem(collection, next);
        return reason ? [{ id: next.id, reason }] : [];
      });
      if (invalid.length > 0) throw new PlatformHttpError(400, 'invalid_documents', 'Some documents do not fit their collection; nothing was written.', invalid);

      return writeTransaction(async (tx, written) => {
        const stored = await loadMany(tx, collection, prepared.map(({ next }) => ({ ownerId: text(next.ownerId), id: next.id })));
        const forbidden: { id: string; reason: string }[] = [];
        const conflicts: WireDocument[] = [];
        const writes = new Map<string, PendingWrite>();
        for (const { next, assumed } of prepared) {
          const ownerId = text(next.ownerId);
          const k = key(ownerId, next.id);
          // A second row for one document in the same request sees the first one's write.
          const pending = writes.get(k);
          const current: StoredDocument | null = pending ? { ...pending, document: pending.document } : (stored.get(k) ?? null);
          const refusal = writeRefusal(user, collection, current, next);
          if (refusal) {
            forbidden.push({ id: next.id, reason: refusal });
            continue;
          }
          if (current && sameDocument(current.document, next)) continue; // a repeated push: already there
          if (current && !sameDocument(current.document, assumed)) {
            conflicts.push(current.document);
            continue;
          }
          writes.set(k, { collection, ownerId, teamId: text(next.teamId), teamVisible: isTeamVisible(collection, next, current?.teamVisible ?? false), document: next });
        }
        if (forbidden.length > 0) throw new PlatformHttpError(403, 'forbidden', 'Some documents are not yours to write; nothing was written.', forbidden);
        await saveAndRecord(tx, [...writes.values()], written);
        return { conflicts };
      });
    },

    async platformWrite(work) {
      return writeTransaction(async (tx, written) => {
        const platformTx: PlatformWriteTx = {
          query: tx,
          async read(ownerId, collection, id) {
            const found = await loadMany(tx, collection, [{ ownerId, id }]);
            return found.get(key(ownerId, id))?.document ?? null;
          },
          async findBy(collection, field, value, ownerId) {
            if (!findableFields.has(field)) throw new RangeError(`cannot look documents up by ${field}`);
            const match = field === 'email' ? `lower(data->>'email') = lower($2)` : `data->>'${field}' = $2`;
            const { rows } = await tx.query<DocumentRow>(
              `SELECT * FROM documents WHERE collection = $1 AND ${match} AND ($3::text IS NULL OR owner_id = $3) ORDER BY seq`,
              [collection, value, ownerId ?? null],
            );
            return rows.map((row) => fromStored(row.data, row.deleted));
          },
          async write(collection, document) {
            const next = withoutLocalFields(document);
            const reason = documentProblem(collection, next);
            if (reason) throw new PlatformHttpError(400, 'invalid_documents', `The platform made a document that does not fit ${collection}.`, [{ id: next.id, reason }]);
            const ownerId = text(next.ownerId);
            const previous = (await loadMany(tx, collection, [{ ownerId, id: next.id }])).get(key(ownerId, next.id));
            await saveAndRecord(tx, [{ collection, ownerId, teamId: text(next.teamId), teamVisible: isTeamVisible(collection, next, previous?.teamVisible ?? false), document: next }], written);
          },
        };
        return work(platformTx);
      });
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
