import type { WireDocument } from '../../../core/sync/protocol';
import { deepEqual } from '../deepEqual';

/**
 * A push whose answer never came (cut connection, timeout) may have been written by the platform.
 * RxDB then keeps the state from before as its "assumed master state"; if the platform's document
 * changes meanwhile (another device built on a written state), the next push conflicts and the
 * merge would take the older assumed state as its base — and count this device's own written
 * edits, and any edit made on top of them, as conflicting with the platform's copy of them.
 *
 * Several states may go out unanswered before one is answered (RxDB sends a batch again as it was
 * taken; later edits follow in later batches), and any one of them may be the one that landed. The
 * better base, field by field and into nested objects (`_deleted` included):
 * - where the platform holds a value one of the sent states had, that value: the push landed (or
 *   the same change was made elsewhere); this device's later edits of the field are then its own;
 * - otherwise the assumed value (the platform's value is newer than anything this device knows);
 * - with nothing assumed (new to the platform as far as this device knows) the first sent state's
 *   value: ids are made by the device that creates the document, so the platform's copy grew from
 *   one of this device's pushes, and the oldest is the one others are likeliest to have built on.
 */
export function baseAfterLostAnswer(assumed: WireDocument | null, sent: readonly WireDocument[], platform: WireDocument): WireDocument {
  const [first] = sent;
  if (!first) return assumed ?? platform;
  return baseValue(platform, sent, assumed === null ? first : assumed) as WireDocument;
}

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

function baseValue(platform: unknown, sent: readonly unknown[], fallback: unknown): unknown {
  if (sent.some((value) => deepEqual(value, platform))) return platform;
  if (!isPlain(platform) || !isPlain(fallback)) return fallback;
  const sentObjects = sent.filter(isPlain);
  const out: Plain = {};
  for (const key of new Set([...Object.keys(fallback), ...Object.keys(platform), ...sentObjects.flatMap((s) => Object.keys(s))])) {
    const value = baseValue(platform[key], sentObjects.map((s) => s[key]), fallback[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** How many unanswered states of one document are kept: the first (what others likely built on) and the latest ones. */
export const maxUnansweredStates = 16;

/** Adds a state whose push got no answer to the document's list (a repeat of the last one is not added again). */
export function rememberUnanswered(unanswered: Map<string, WireDocument[]>, state: WireDocument): void {
  const states = unanswered.get(state.id) ?? [];
  const last = states[states.length - 1];
  if (last && deepEqual(last, state)) return;
  states.push(state);
  // Keep the first: a document this device created grew from its oldest push.
  if (states.length > maxUnansweredStates) states.splice(1, 1);
  unanswered.set(state.id, states);
}
