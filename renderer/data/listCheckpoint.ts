/**
 * Checkpoints of the leads storage (getChangedDocumentsSince). The Dexie and memory storages use
 * { id, lwt } (last write time); other storages' checkpoints are passed through untouched.
 */
export interface WriteTimeCheckpoint {
  id: string;
  lwt: number;
}

export function isWriteTimeCheckpoint(value: unknown): value is WriteTimeCheckpoint {
  return typeof value === 'object' && value !== null && typeof (value as WriteTimeCheckpoint).id === 'string' && typeof (value as WriteTimeCheckpoint).lwt === 'number' && Number.isFinite((value as WriteTimeCheckpoint).lwt);
}

/** The later of two checkpoints (the newer one when they cannot be compared). */
export function laterCheckpoint(current: unknown, next: unknown): unknown {
  if (next === undefined || next === null) return current;
  if (!isWriteTimeCheckpoint(current) || !isWriteTimeCheckpoint(next)) return next;
  return next.lwt > current.lwt || (next.lwt === current.lwt && next.id > current.id) ? next : current;
}

/**
 * Catching up re-reads the last few seconds before the snapshot: a write stamped just before
 * the snapshot's checkpoint but committed after it (another window) is not missed. Re-applying
 * a change is harmless.
 */
export const catchUpOverlapMs = 5_000;

export function withOverlap(checkpoint: unknown): unknown {
  return isWriteTimeCheckpoint(checkpoint) ? { id: '', lwt: Math.max(0, checkpoint.lwt - catchUpOverlapMs) } : checkpoint;
}
