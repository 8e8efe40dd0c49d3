import { z } from 'zod';
import { epochMs } from '../../model/base';
import { jsonValue } from '../../model/json';

/**
 * Config kind 'sync-conflict' (key: syncConflictKey): one document the merge changed against
 * this device's edit, waiting in Needs review. A value absent on a side is left out (optional).
 * The collection is a plain string here: core/sync/protocol imports the config schema, so the
 * list of replicated collections cannot be imported back; the store checks it.
 */
export const syncConflictField = z.object({
  path: z.string().min(1).max(300),
  segments: z.array(z.string().max(100)).min(1).max(20),
  mine: jsonValue.optional(),
  theirs: jsonValue.optional(),
  chosen: z.enum(['theirs', 'mine']),
});
export type SyncConflictField = z.infer<typeof syncConflictField>;

export const syncConflictData = z.object({
  collection: z.string().min(1).max(40),
  documentId: z.string().min(1).max(64),
  label: z.string().max(300),
  fields: z.array(syncConflictField).min(1).max(500),
  /** When the (last) merge happened. */
  at: epochMs,
});
export type SyncConflictData = z.infer<typeof syncConflictData>;
