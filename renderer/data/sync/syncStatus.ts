import type { CollectionSyncStatus, SyncState, SyncStatus } from './syncContract';

/** What one collection's replication knows about itself, as the controller tracks it. */
export interface CollectionSyncFacts {
  paused: boolean;
  /** The live stream is open (always true for a one-off replication). */
  connected: boolean;
  /** Why the last request or stream did not reach the platform; null once one did. */
  unreachable: string | null;
  /** A pull or push is running. */
  active: boolean;
  pending: number;
  /** A problem the person must act on (sign-in expired, documents refused); null when none. */
  problem: string | null;
}

/** Most severe first: one collection's state decides the whole when it outranks the others. */
const severity: readonly SyncState[] = ['paused', 'error', 'offline', 'syncing', 'up_to_date'];

export function collectionStatus(facts: CollectionSyncFacts): CollectionSyncStatus {
  const pending = Math.max(0, Math.floor(facts.pending));
  if (facts.paused) return { state: 'paused', pending, lastError: facts.problem };
  if (facts.problem !== null) return { state: 'error', pending, lastError: facts.problem };
  if (facts.unreachable !== null || !facts.connected) {
    return { state: 'offline', pending, lastError: facts.unreachable ?? 'Not connected to the platform' };
  }
  return { state: facts.active || pending > 0 ? 'syncing' : 'up_to_date', pending, lastError: null };
}

/**
 * The whole replication's status from its collections'. `lastSyncAt` moves to `now` whenever
 * everything is up to date (so it reads "last known to hold everything"), else stays.
 */
export function aggregateSyncStatus(facts: Readonly<Record<string, CollectionSyncFacts>>, previousLastSyncAt: number | null, now: number): SyncStatus {
  const collections: Record<string, CollectionSyncStatus> = {};
  let worst = severity.length - 1;
  let pending = 0;
  let lastError: string | null = null;
  let lastErrorRank = severity.length;
  for (const [name, f] of Object.entries(facts)) {
    const status = collectionStatus(f);
    collections[name] = status;
    pending += status.pending;
    const rank = severity.indexOf(status.state);
    worst = Math.min(worst, rank);
    if (status.lastError !== null && rank < lastErrorRank) {
      lastError = `${name}: ${status.lastError}`;
      lastErrorRank = rank;
    }
  }
  const state = Object.keys(collections).length === 0 ? 'up_to_date' : (severity[worst] ?? 'up_to_date');
  return { state, pending, lastSyncAt: state === 'up_to_date' ? now : previousLastSyncAt, lastError, collections };
}
