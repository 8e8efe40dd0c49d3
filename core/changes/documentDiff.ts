import type { JsonObject } from '../model/json';
import { jsonEqual } from './jsonEqual';

/**
 * Bookkeeping fields a change set rewrites but never reverts or reports: every write moves
 * `updatedAt` forward (replication's "newest wins" needs it), so an undo stamps a fresh one.
 */
export const bookkeepingFields: readonly string[] = ['updatedAt'];

const has = (doc: JsonObject, key: string): boolean => Object.prototype.hasOwnProperty.call(doc, key);

/** Top-level fields whose value differs between two documents (a field missing on one side counts), sorted. */
export function changedFields(before: JsonObject, after: JsonObject): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => has(before, key) !== has(after, key) || !jsonEqual(before[key], after[key])).sort();
}

/** Whether a stored document (null: missing or deleted) is exactly `expected` (null: absent). */
export function sameDocument(expected: JsonObject | null, stored: JsonObject | null): boolean {
  if (expected === null || stored === null) return expected === stored;
  return jsonEqual(expected, stored);
}
