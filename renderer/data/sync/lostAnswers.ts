import type { WireDocument } from '../../../core/sync/protocol';
import { deepEqual } from '../deepEqual';

/**
 * A push whose answer never came (cut connection, timeout) may have been written by the platform.
 * RxDB then keeps the state from before as its "assumed master state"; if the platform's document
 * changes meanwhile (another device built on the written state), the next push conflicts and the
 * merge would take the older assumed state as its base — and count this device's own written
 * edits, and any edit made on top of them, as conflicting with the platform's copy of them.
 *
 * The better base, field by field (top-level fields, `_deleted` included):
 * - nothing was assumed (new to the platform as far as this device knows) and the platform has
 *   the document: ids are made by the device that creates the document, so only this device's
 *   push can have put it there — the state sent is the base;
 * - otherwise a field the sent state changed takes the sent value as base where the platform has
 *   that value (the change landed, or was made alike), and keeps the assumed value where not
 *   (the change did not land, or was changed again since: either way the platform's value is newer).
 */
export function baseAfterLostAnswer(assumed: WireDocument | null, sent: WireDocument, platform: WireDocument): WireDocument {
  if (assumed === null) return sent;
  const base: Record<string, unknown> = { ...assumed };
  for (const key of new Set([...Object.keys(assumed), ...Object.keys(sent)])) {
    if (deepEqual(assumed[key], sent[key]) || !deepEqual(platform[key], sent[key])) continue;
    if (key in sent) base[key] = sent[key];
    else delete base[key];
  }
  return base as WireDocument;
}
