import type { Observable } from 'rxjs';

/**
 * What the app sees of the replication with the platform (issue 7 design, "Replication client").
 * offline: the platform cannot be reached (the app keeps working; changes wait); syncing: changes
 * are on their way in either direction; up_to_date: nothing waits; paused: the seller paused it;
 * error: something needs the person (the sign-in expired, the platform refused documents).
 */
export type SyncState = 'offline' | 'syncing' | 'up_to_date' | 'paused' | 'error';

export interface CollectionSyncStatus {
  state: SyncState;
  /** Local changes the platform has not acknowledged yet. */
  pending: number;
  lastError: string | null;
}

export interface SyncStatus {
  state: SyncState;
  pending: number;
  /** ms epoch of the last moment everything was up to date; null before the first time. */
  lastSyncAt: number | null;
  /** What is wrong now (the most severe collection's problem), null when nothing is. */
  lastError: string | null;
  collections: Record<string, CollectionSyncStatus>;
}

export interface SyncController {
  readonly status$: Observable<SyncStatus>;
  status(): SyncStatus;
  /** Stops pulling and pushing (local work goes on and waits); resolves once nothing is sent. */
  pause(): Promise<void>;
  /** Carries on after a pause: reconnects and catches up both ways. */
  resume(): void;
  /** Asks the platform for changes now and pushes what waits; resolves when in sync. */
  syncNow(): Promise<void>;
  /** Resolves once every local change is on the platform and every platform change is here. */
  awaitInSync(): Promise<void>;
  stop(): Promise<void>;
}
