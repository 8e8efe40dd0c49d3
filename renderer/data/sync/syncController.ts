import { BehaviorSubject, Subject, type Observable, type Subscription } from 'rxjs';
import type { RxCollection, RxReplicationPullStreamItem, RxReplicationWriteToMasterRow, WithDeleted } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { defaultPullBatchSize, replicatedCollections, syncPaths, type ReplicatedCollection, type SyncCheckpoint, type WireDocument } from '../../../core/sync/protocol';
import type { Seller } from '../contract';
import type { LeadCenterDatabase } from '../database';
import { defaultReconnectBackoff, reconnectDelay, type BackoffOptions } from './backoff';
import { baseAfterLostAnswer, rememberUnanswered } from './lostAnswers';
import { countPendingChanges } from './pendingChanges';
import { PullPacing } from './pullPacing';
import { loadIntoEmptyCollection } from './firstLoad';
import { isUnchangedFromPlatform, platformBaseOf, storedToWire } from './platformBase';
import { parseStreamMessage, pullBatch, pushRows, SyncRequestError, type RefusedDocument } from './platformCalls';
import type { SyncConflictReport } from './conflictHandler';
import { claimConflictReport, routeConflictReports } from './conflictRouting';
import type { PlatformPort } from './platformPort';
import type { SyncController, SyncStatus } from './syncContract';
import { aggregateSyncStatus, type CollectionSyncFacts } from './syncStatus';

export interface StartSyncOptions {
  db: LeadCenterDatabase;
  seller: Seller;
  port: PlatformPort;
  /** Which collections replicate; every replicated collection the database has unless given. */
  collections?: readonly ReplicatedCollection[];
  /** Documents per pull request (a first sync: 500–1,000). */
  batchSize?: number;
  /** Documents per push request. */
  pushBatchSize?: number;
  /** Keep following the platform (streams); false: catch up once and stop. Default true. */
  live?: boolean;
  /** RxDB's wait before sending a failed pull or push again (ms). */
  retryMs?: number;
  /** The streams' reconnect backoff (doubling with jitter, capped). */
  reconnect?: BackoffOptions;
  /** Where this replication's progress is kept apart from another platform's (e.g. its URL). */
  identifier?: string;
  /** Only one window of a database replicates when true (RxDB leader election). Default true. */
  waitForLeadership?: boolean;
  /**
   * An empty collection's first sync writes the platform's documents straight into the store
   * (firstLoad.ts) before the replication starts. Default true.
   */
  firstLoad?: boolean;
  /** How soon after a change the pending count is counted again (ms). */
  pendingDelayMs?: number;
  /** Where a merge that took the platform's value over this device's edit is listed (Needs review). */
  onConflict?: (report: SyncConflictReport) => void | Promise<void>;
  clock?: () => number;
  random?: () => number;
}

type SyncDocument = { id: string } & Record<string, unknown>;
type Replication = RxReplicationState<SyncDocument, SyncCheckpoint>;

interface CollectionSync {
  name: ReplicatedCollection;
  replication: Replication;
  stream$: Subject<RxReplicationPullStreamItem<SyncDocument, SyncCheckpoint>>;
  facts: CollectionSyncFacts;
  /** The states pushed of each document whose pushes got no answer (oldest first), until one is answered. */
  sentWithoutAnswer: Map<string, WireDocument[]>;
  /** Documents the platform refused for good, by id, until a later push of them succeeds. */
  refused: Map<string, string>;
  /** Documents the platform sent that do not match the schema (left out), by id. */
  invalid: Map<string, string>;
  /** The last request's failure: an expired sign-in, an answer not understood. */
  requestProblem: string | null;
  requestUnreachable: string | null;
  streamProblem: string | null;
  closeStream: (() => void) | null;
  streamGeneration: number;
  streamFailures: number;
  reconnectTimer: ReturnType<typeof setTimeout> | null;
  counting: Promise<void> | null;
  countAgain: boolean;
  countTimer: ReturnType<typeof setTimeout> | null;
  lastCountMs: number;
  pacing: PullPacing;
  /** RxDB's replication was started (after the first load, if any). */
  started: boolean;
}

/**
 * Replicates the local database with the platform: one RxDB replication per collection (pull and
 * push handlers over the PlatformPort, the live stream with a RESYNC on every (re)connect), and
 * one status for the app. Conflicts are merged by the collection's conflict handler (installed
 * with the database).
 */
export function startSync(options: StartSyncOptions): SyncController {
  const clock = options.clock ?? (() => Date.now());
  const random = options.random ?? Math.random;
  const live = options.live ?? true;
  const backoff = options.reconnect ?? defaultReconnectBackoff;
  const pendingDelayMs = options.pendingDelayMs ?? 200;
  const names = options.collections ?? replicatedCollections.filter((c) => c in options.db.collections);
  const subscriptions: Subscription[] = [];
  let paused = false;
  let stopped = false;
  let lastSyncAt: number | null = null;
  const status$ = new BehaviorSubject<SyncStatus>(aggregateSyncStatus({}, null, clock()));
  const releaseConflictRouting = routeConflictReports();

  const syncs: CollectionSync[] = [];
  for (const name of names) {
    const collection = options.db.collections[name] as unknown as RxCollection<SyncDocument> | undefined;
    if (!collection) throw new Error(`The local database has no ${name} collection to replicate`);
    const stream$ = new Subject<RxReplicationPullStreamItem<SyncDocument, SyncCheckpoint>>();
    const sync: CollectionSync = {
      name,
      stream$,
      facts: { paused: false, connected: !live, unreachable: null, active: false, pending: 0, problem: null },
      sentWithoutAnswer: new Map(),
      refused: new Map(),
      invalid: new Map(),
      requestProblem: null,
      requestUnreachable: null,
      streamProblem: null,
      closeStream: null,
      streamGeneration: 0,
      streamFailures: 0,
      reconnectTimer: null,
      counting: null,
      countAgain: false,
      countTimer: null,
      lastCountMs: 0,
      pacing: new PullPacing(),
      started: false,
      replication: null as unknown as Replication,
    };
    const replicationIdentifier = `lead-center-platform:${options.identifier ?? 'platform'}:${options.seller.userId}:${name}`;
    sync.replication = replicateRxCollection<SyncDocument, SyncCheckpoint>({
      replicationIdentifier,
      collection,
      live,
      retryTime: options.retryMs ?? 5000,
      waitForLeadership: options.waitForLeadership ?? true,
      // A hidden window keeps replicating (RxDB would pause it when not the leader).
      toggleOnDocumentVisible: false,
      // Started by begin(): after the leadership and the first load.
      autoStart: false,
      pull: {
        batchSize: options.batchSize ?? defaultPullBatchSize,
        stream$: stream$.asObservable(),
        handler: async (checkpoint, batchSize) => {
          await writtenUpTo(sync, sync.pacing.waitFor(checkpoint?.sequence ?? null));
          const batch = await request(sync, () => pullBatch(options.port, name, checkpoint ?? null, batchSize));
          if (batch.checkpoint && batch.documents.length > 0) sync.pacing.pulled(batch.checkpoint.sequence);
          noteInvalid(sync, batch.invalid);
          // RxDB takes a short batch for the end of the changes: documents left out must not
          // cut the catch-up short, so ask again.
          if (batch.invalid.length > 0) setTimeout(() => sync.stream$.next('RESYNC'), 0);
          return { documents: batch.documents as unknown as WithDeleted<SyncDocument>[], checkpoint: batch.checkpoint ?? checkpoint ?? undefined };
        },
      },
      push: {
        batchSize: options.pushBatchSize ?? 100,
        handler: async (allRows) => {
          const rows = await withPlatformBases(collection, allRows);
          if (rows.length === 0) return [];
          const wireRows = rows.map((row) => ({
            assumedMasterState: row.assumedMasterState ? storedToWire(row.assumedMasterState) : null,
            newDocumentState: storedToWire(row.newDocumentState),
          }));
          const outcome = await request(sync, () => pushRows(options.port, name, wireRows)).catch((error: unknown) => {
            // No answer: the platform may have written these rows (lostAnswers.ts).
            if (error instanceof SyncRequestError && (error.kind === 'unreachable' || error.kind === 'server')) {
              for (const row of wireRows) rememberUnanswered(sync.sentWithoutAnswer, row.newDocumentState);
            }
            throw error;
          });
          const refusedIds = new Set(outcome.refused.map((r) => r.id));
          const conflictsById = new Map(outcome.conflicts.map((c) => [c.id, c]));
          rows.forEach((row, i) => {
            const id = wireRows[i]?.newDocumentState.id ?? '';
            const conflict = conflictsById.get(id);
            const sent = sync.sentWithoutAnswer.get(id);
            if (!conflict) {
              sync.sentWithoutAnswer.delete(id);
              if (!refusedIds.has(id)) sync.refused.delete(id);
              return;
            }
            // The merge's base: RxDB hands this very row to the conflict handler as its input.
            if (sent) row.assumedMasterState = baseAfterLostAnswer(wireRows[i]?.assumedMasterState ?? null, sent, conflict) as unknown as WithDeleted<SyncDocument>;
          });
          // Refused rows are not returned as conflicts: RxDB records them as handled and does
          // not send them again until they change; the status names them until then.
          for (const r of outcome.refused) sync.refused.set(r.id, r.reason);
          update();
          return outcome.conflicts as unknown as WithDeleted<SyncDocument>[];
        },
      },
    });
    subscriptions.push(
      sync.replication.active$.subscribe((active) => {
        sync.facts.active = active;
        update();
        scheduleCount(sync);
      }),
      sync.replication.error$.subscribe((error) => {
        // Failed requests are already in the status (request()); RxDB wraps them as RC_PULL/RC_PUSH.
        const code = (error as { code?: string }).code;
        if (code === 'RC_PULL' || code === 'RC_PUSH') return;
        console.warn(`Lead Center: replication of ${name} failed`, error);
        sync.requestProblem = error.message.slice(0, 300);
        update();
      }),
      collection.eventBulks$.subscribe(() => scheduleCount(sync)),
      sync.replication.conflict$.subscribe(({ output }) => {
        const report = claimConflictReport(name, String(output.id));
        if (report === null || !options.onConflict) return;
        Promise.resolve(options.onConflict(report)).catch((error: unknown) => console.error('Lead Center: could not list a sync conflict', error));
      }),
    );
    syncs.push(sync);
    if (live) openStream(sync);
    void begin(sync, collection, replicationIdentifier);
  }

  /** Starts one collection's replication: on the leading window only, after a first load into an empty collection. */
  async function begin(sync: CollectionSync, collection: RxCollection<SyncDocument>, replicationIdentifier: string): Promise<void> {
    try {
      const waitForLeadership = (options.waitForLeadership ?? true) && options.db.multiInstance;
      if (waitForLeadership) await options.db.waitForLeadership();
      if (stopped) return;
      if (options.firstLoad ?? true) {
        sync.facts.active = true;
        update();
        const loaded = await loadIntoEmptyCollection({
          collection,
          name: sync.name,
          port: options.port,
          replicationIdentifier,
          batchSize: Math.max(options.batchSize ?? defaultPullBatchSize, firstLoadBatchSize),
          cancelled: () => stopped,
          request: (work) => request(sync, work),
          onInvalid: (batch) => noteInvalid(sync, batch.invalid),
        });
        sync.facts.active = false;
        // RxDB reads these options when it starts; they count only while it has no checkpoint of its own.
        if (loaded?.pulledUpTo && sync.replication.pull) sync.replication.pull.initialCheckpoint = loaded.pulledUpTo;
        if (loaded?.pushFrom && sync.replication.push) sync.replication.push.initialCheckpoint = loaded.pushFrom;
      }
      if (stopped) return;
      sync.started = true;
      if (!paused) await sync.replication.start();
    } catch (error) {
      if (stopped) return;
      console.warn(`Lead Center: the replication of ${sync.name} did not start`, error);
      sync.requestProblem = `The replication of ${sync.name} did not start: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300);
      update();
    }
  }

  /** Waits until RxDB has written the pulled documents up to `sequence` (pullPacing.ts); never longer than maxWaitMs. */
  async function writtenUpTo(sync: CollectionSync, sequence: number | null, maxWaitMs = 10_000): Promise<void> {
    if (sequence === null) return;
    // Real time, not the injected clock: a test's frozen clock must not make this wait for ever.
    const started = performance.now();
    for (;;) {
      const written = sync.replication.internalReplicationState?.lastCheckpointDoc.down?.checkpointData as SyncCheckpoint | undefined;
      if (stopped || (written !== undefined && written.sequence >= sequence) || performance.now() - started > maxWaitMs) return;
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
  }

  /** Runs one request, keeping the status of what it says about the connection. */
  async function request<T>(sync: CollectionSync, work: () => Promise<T>): Promise<T> {
    try {
      const result = await work();
      sync.requestUnreachable = null;
      sync.requestProblem = null;
      update();
      return result;
    } catch (error) {
      if (error instanceof SyncRequestError && (error.kind === 'unreachable' || error.kind === 'server')) {
        sync.requestUnreachable = error.message;
      } else {
        sync.requestProblem = error instanceof Error ? error.message : String(error);
      }
      update();
      throw error;
    }
  }

  function noteInvalid(sync: CollectionSync, invalid: readonly RefusedDocument[]): void {
    for (const doc of invalid) {
      sync.invalid.set(doc.id, doc.reason);
      console.warn(`Lead Center: the platform sent ${sync.name} ${doc.id}, which is not valid here (${doc.reason}); left out`);
    }
  }

  function openStream(sync: CollectionSync): void {
    if (stopped || paused) return;
    const generation = ++sync.streamGeneration;
    const current = () => generation === sync.streamGeneration && !stopped && !paused;
    sync.closeStream = options.port.stream(syncPaths.stream(sync.name), {
      onOpen: () => {
        if (!current()) return;
        sync.facts.connected = true;
        sync.streamFailures = 0;
        sync.streamProblem = null;
        update();
        // Whatever happened while the stream was down is pulled from the checkpoint.
        sync.stream$.next('RESYNC');
      },
      onMessage: (data) => {
        if (!current()) return;
        const message = parseStreamMessage(sync.name, data);
        if (message === null) return;
        // The stream only says that something changed; the documents come by a pull from the
        // checkpoint. A message's checkpoint would move past any batch the stream did not carry
        // (one lost while reconnecting, or sent by a platform instance shutting down), and a pull
        // is gap-free: documents in sequence order from where this device stands.
        sync.stream$.next('RESYNC');
      },
      onError: (error) => {
        if (!current()) return;
        sync.streamGeneration++;
        sync.closeStream?.();
        sync.closeStream = null;
        sync.facts.connected = false;
        sync.streamFailures++;
        const delay = reconnectDelay(sync.streamFailures, random, backoff);
        sync.streamProblem = `The live connection to the platform is down (${error.message}); trying again in ${Math.ceil(delay / 1000)} s`;
        update();
        sync.reconnectTimer = setTimeout(() => {
          sync.reconnectTimer = null;
          openStream(sync);
        }, delay);
      },
    });
  }

  function closeStream(sync: CollectionSync): void {
    sync.streamGeneration++;
    if (sync.reconnectTimer !== null) clearTimeout(sync.reconnectTimer);
    sync.reconnectTimer = null;
    sync.closeStream?.();
    sync.closeStream = null;
    sync.facts.connected = !live;
  }

  function scheduleCount(sync: CollectionSync): void {
    if (stopped || sync.countTimer !== null) return;
    // Counting many waiting changes takes a while (the first sync of a large database): wait at
    // least twice as long as the last count took, so counting never takes over.
    sync.countTimer = setTimeout(
      () => {
        sync.countTimer = null;
        if (sync.counting) void sync.counting.then(() => scheduleCount(sync));
        else void countNow(sync);
      },
      Math.max(pendingDelayMs, 2 * sync.lastCountMs),
    );
  }

  /** One count at a time per collection; a change during a count asks for another. */
  function countNow(sync: CollectionSync): Promise<void> {
    if (sync.counting) {
      sync.countAgain = true;
      return sync.counting;
    }
    sync.counting = (async () => {
      do {
        sync.countAgain = false;
        const state = sync.replication.internalReplicationState;
        if (!state || stopped || sync.replication.isStopped()) return;
        try {
          const started = performance.now();
          sync.facts.pending = await countPendingChanges(state);
          sync.lastCountMs = performance.now() - started;
        } catch (error) {
          if (!stopped && !sync.replication.isStopped()) console.warn(`Lead Center: counting the pending ${sync.name} changes failed`, error);
          return;
        }
        update();
      } while (sync.countAgain);
    })().finally(() => {
      sync.counting = null;
    });
    return sync.counting;
  }

  function facts(sync: CollectionSync): CollectionSyncFacts {
    const problems: string[] = [];
    if (sync.requestProblem !== null) problems.push(sync.requestProblem);
    if (sync.refused.size > 0) problems.push(describe('refused by the platform', sync.refused));
    if (sync.invalid.size > 0) problems.push(describe('from the platform not valid here (left out)', sync.invalid));
    return {
      ...sync.facts,
      paused,
      unreachable: sync.requestUnreachable ?? (sync.facts.connected ? null : sync.streamProblem),
      problem: problems.length > 0 ? problems.join('; ') : null,
    };
  }

  function update(): void {
    if (stopped) return;
    const all: Record<string, CollectionSyncFacts> = {};
    for (const sync of syncs) all[sync.name] = facts(sync);
    const next = aggregateSyncStatus(all, lastSyncAt, clock());
    lastSyncAt = next.lastSyncAt;
    if (JSON.stringify(next) !== JSON.stringify(status$.value)) status$.next(next);
  }

  async function awaitInSync(): Promise<void> {
    await Promise.all(syncs.map((s) => s.replication.awaitInSync()));
    await Promise.all(syncs.map((s) => countNow(s)));
    update();
  }

  update();
  return {
    status$: status$.asObservable() as Observable<SyncStatus>,
    status: () => status$.value,
    pause: async () => {
      if (paused || stopped) return;
      paused = true;
      for (const sync of syncs) closeStream(sync);
      update();
      await Promise.all(syncs.map((s) => s.replication.pause()));
    },
    resume: () => {
      if (!paused || stopped) return;
      paused = false;
      for (const sync of syncs) {
        // After a pause RxDB's start() catches up once (a RESYNC); the stream follows. One not
        // started yet is started by begin().
        if (sync.started) sync.replication.start().catch(() => undefined);
        if (live) openStream(sync);
      }
      update();
    },
    syncNow: async () => {
      if (stopped) return;
      for (const sync of syncs) sync.replication.reSync();
      await awaitInSync();
    },
    awaitInSync,
    stop: async () => {
      if (stopped) return;
      for (const sync of syncs) closeStream(sync);
      stopped = true;
      for (const sync of syncs) if (sync.countTimer !== null) clearTimeout(sync.countTimer);
      for (const s of subscriptions) s.unsubscribe();
      await Promise.all(syncs.map((s) => s.replication.cancel()));
      await Promise.all(syncs.map((s) => s.counting?.catch(() => undefined)));
      releaseConflictRouting();
      status$.complete();
    },
  };
}

/** Pages of a first load: larger than the replication's, fewer round trips and writes. */
const firstLoadBatchSize = 2000;

/**
 * Rows RxDB pushes without an assumed platform state: a first-loaded document the person changed
 * takes the state it was loaded with (platformBase.ts), so the platform checks it and the merge has
 * its base; one still as loaded is not sent at all (RxDB then records it as the platform's state).
 */
async function withPlatformBases(collection: RxCollection<SyncDocument>, rows: RxReplicationWriteToMasterRow<SyncDocument>[]): Promise<RxReplicationWriteToMasterRow<SyncDocument>[]> {
  const ids = rows.filter((row) => !row.assumedMasterState).map((row) => row.newDocumentState.id);
  if (ids.length === 0) return rows;
  const stored = new Map((await collection.storageInstance.findDocumentsById(ids, true)).map((doc) => [doc.id, doc]));
  return rows.filter((row) => {
    const doc = row.assumedMasterState ? undefined : stored.get(row.newDocumentState.id);
    if (!doc) return true;
    if (isUnchangedFromPlatform(doc)) return false;
    const base = platformBaseOf(doc);
    if (base) row.assumedMasterState = base as unknown as WithDeleted<SyncDocument>;
    return true;
  });
}

function describe(what: string, docs: ReadonlyMap<string, string>): string {
  const [first] = docs;
  const example = first ? ` — ${first[0]}: ${first[1]}` : '';
  return `${docs.size} document${docs.size === 1 ? '' : 's'} ${what}${example}`;
}
