import type { DocumentChange } from '../model/changeSet';
import type { JsonObject } from '../model/json';
import { bookkeepingFields, changedFields } from './documentDiff';
import { jsonEqual } from './jsonEqual';

/** What undoing one document's change does to the stored document. */
export type UndoStep =
  /** Nothing to write (already as before, or every changed field was changed again since). */
  | { kind: 'none'; problems: string[] }
  /** Soft-delete the document the change set created. */
  | { kind: 'delete'; problems: string[] }
  /** Write this document (a restored deletion, or the current one with the reverted fields). */
  | { kind: 'write'; document: JsonObject; problems: string[] };

const has = (doc: JsonObject, key: string): boolean => Object.prototype.hasOwnProperty.call(doc, key);

/** "the contact ct-1" — names a document in a problem. */
export function describeDocument(change: Pick<DocumentChange, 'collection' | 'id'>): string {
  return `${change.collection.replace(/s$/, '')} ${change.id}`;
}

/**
 * Field by field: each top-level field the change set changed is put back only where `current`
 * still holds the value the change set wrote; the others are left and named in `problems`.
 * `current` is the stored document now, null when it is missing or deleted. `now` stamps
 * `updatedAt` on a document that gets written.
 */
export function planUndo(change: DocumentChange, current: JsonObject | null, now: number): UndoStep {
  const what = describeDocument(change);
  const { before, after } = change;
  if (before === null) {
    // Created by the change set: remove it; say so when someone edited it since.
    if (current === null) return { kind: 'none', problems: [] };
    const edited = after === null ? [] : changedFields(after, current).filter((key) => !bookkeepingFields.includes(key));
    return { kind: 'delete', problems: edited.length > 0 ? [`The ${what} was edited after it was created (${edited.join(', ')}); it was removed anyway`] : [] };
  }
  if (after === null) {
    // Deleted by the change set: bring it back unless someone already did.
    if (current !== null) return { kind: 'none', problems: [`The ${what} was restored elsewhere meanwhile; left as it is`] };
    return { kind: 'write', document: stamp(before, now), problems: [] };
  }
  if (current === null) return { kind: 'none', problems: [`The ${what} was deleted since; not restored`] };
  const fields = changedFields(before, after).filter((key) => !bookkeepingFields.includes(key));
  const next: JsonObject = { ...current };
  const problems: string[] = [];
  let reverted = 0;
  for (const key of fields) {
    const stillWritten = has(current, key) === has(after, key) && jsonEqual(current[key], after[key]);
    if (!stillWritten) {
      problems.push(`The ${what} field "${key}" was changed since; kept its current value`);
      continue;
    }
    if (has(before, key)) next[key] = before[key] ?? null;
    else delete next[key];
    reverted += 1;
  }
  if (reverted === 0) return { kind: 'none', problems };
  return { kind: 'write', document: stamp(next, now), problems };
}

/**
 * Rolling back a change set interrupted by a crash: the change was written when the stored
 * document equals `after`; then it is put back to `before` whole. A document still as `before`
 * needs nothing; anything else changed after the crash and is left (with a problem).
 */
export type RollbackStep = { kind: 'none'; problems: string[] } | { kind: 'delete'; problems: string[] } | { kind: 'write'; document: JsonObject; problems: string[] };

export function planRollback(change: DocumentChange, current: JsonObject | null): RollbackStep {
  const { before, after } = change;
  const isBefore = before === null ? current === null : current !== null && jsonEqual(before, current);
  if (isBefore) return { kind: 'none', problems: [] };
  const isAfter = after === null ? current === null : current !== null && jsonEqual(after, current);
  if (!isAfter) return { kind: 'none', problems: [`The ${describeDocument(change)} changed after the interruption; left as it is`] };
  if (before === null) return { kind: 'delete', problems: [] };
  return { kind: 'write', document: before, problems: [] };
}

function stamp(doc: JsonObject, now: number): JsonObject {
  return has(doc, 'updatedAt') ? { ...doc, updatedAt: Math.max(now, typeof doc['updatedAt'] === 'number' ? doc['updatedAt'] : 0) } : { ...doc };
}
