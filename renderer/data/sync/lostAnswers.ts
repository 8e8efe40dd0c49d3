import type { WireDocument } from '../../../core/sync/protocol';
import { deepEqual } from '../deepEqual';

/**
 * A push whose answer never came (cut connection, timeout) may have been written by the platform.
 * RxDB then keeps the state from before as its "assumed master state"; if the platform's document
 * changes meanwhile (another device built on the written state), the next push conflicts and the
 * merge would take the older assumed state as its base — and count this device's own written
 * edits, and any edit made on top of them, as conflicting with the platform's copy of them.
 *
 * The state sent is the better base when the platform's document shows that it landed:
 * - nothing was assumed (the document is new to the platform as far as this device knows) and
 *   the platform has it: ids are made by the device that creates the document, so only this
 *   device's push can have put it there;
 * - every field the sent state changed against the assumed one has the sent value on the platform.
 * Otherwise the assumed state stays the base (the merge keeps this device's edits where the
 * platform did not change them, and lists the rest).
 */
export function baseAfterLostAnswer(assumed: WireDocument | null, sent: WireDocument, platform: WireDocument): WireDocument | null {
  if (assumed === null) return sent;
  const keys = new Set([...Object.keys(assumed), ...Object.keys(sent)]);
  for (const key of keys) {
    if (deepEqual(assumed[key], sent[key])) continue;
    if (!deepEqual(platform[key], sent[key])) return null;
  }
  return sent;
}
