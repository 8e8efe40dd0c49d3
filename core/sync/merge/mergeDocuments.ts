import type { ReplicatedCollection } from '../protocol';
import { fieldRule, isBookkeepingField } from './mergeRules';

/**
 * Three-way merge of one replicated document (DESIGN.md, sync protocol; issue 7 design "Merge").
 * `base` is the platform's state this device last saw (RxDB's assumed master state), `mine` this
 * device's state, `theirs` the platform's current state. A field changed on one side only takes
 * that side; the same field changed differently on both sides takes the platform's value (the
 * first change to reach the platform: deterministic and clock-free) and is listed, except for the
 * fields with their own rule (mergeRules.ts). Pure: no input is changed, the result shares nothing
 * with them.
 */

/** A document as replicated: its fields plus `_deleted`. RxDB's `_meta`, `_rev`, `_attachments` are left out. */
export type SyncDocument = Readonly<Record<string, unknown>>;

export interface FieldConflict {
  /** Dotted path for people (company.name, customFields.Budget, _deleted). */
  path: string;
  /** The same path as keys, for writing a value back (custom field names may contain dots). */
  segments: string[];
  /** undefined: the field was absent on that side. */
  base: unknown;
  mine: unknown;
  theirs: unknown;
  /**
   * The side the merged document took. Always the platform's, except when this device edited a
   * document the platform deleted: the edit is kept (undeleted) and `_deleted` is listed with 'mine'.
   */
  chosen: 'theirs' | 'mine';
}

export interface MergeResult {
  merged: Record<string, unknown>;
  conflicts: FieldConflict[];
}

const replicationMetaFields = new Set(['_meta', '_rev', '_attachments']);

export function mergeDocuments(collection: ReplicatedCollection, base: SyncDocument | null, mine: SyncDocument, theirs: SyncDocument): MergeResult {
  // Events are immutable facts: a difference is a bug elsewhere, nothing to review; the platform's copy stands.
  if (collection === 'events') return { merged: { ...copy(contentOf(theirs)), _deleted: theirs._deleted === true }, conflicts: [] };
  const conflicts: FieldConflict[] = [];
  const baseContent = base === null ? undefined : contentOf(base);
  const mineContent = contentOf(mine);
  const theirsContent = contentOf(theirs);
  const merged = mergeObject(collection, [], baseContent, mineContent, theirsContent, base !== null, conflicts);

  const baseDeleted = base === null ? undefined : base._deleted === true;
  const mineDeleted = mine._deleted === true;
  const theirsDeleted = theirs._deleted === true;
  let deleted: boolean;
  if (mineDeleted === theirsDeleted) {
    deleted = mineDeleted;
  } else if (baseDeleted !== undefined && mineDeleted === baseDeleted) {
    // Only the platform changed the deletion; it stands unless this device edited meanwhile.
    deleted = theirsDeleted;
    if (theirsDeleted && edited(collection, baseContent, mineContent)) {
      deleted = false;
      conflicts.push({ path: '_deleted', segments: ['_deleted'], base: baseDeleted, mine: mineDeleted, theirs: theirsDeleted, chosen: 'mine' });
    }
  } else if (baseDeleted !== undefined && theirsDeleted === baseDeleted) {
    deleted = mineDeleted;
    if (mineDeleted && edited(collection, baseContent, theirsContent)) {
      deleted = false;
      conflicts.push({ path: '_deleted', segments: ['_deleted'], base: baseDeleted, mine: mineDeleted, theirs: theirsDeleted, chosen: 'theirs' });
    }
  } else {
    // Never seen by this device: which side deleted last is unknown, so the platform's state stands.
    deleted = theirsDeleted;
    conflicts.push({ path: '_deleted', segments: ['_deleted'], base: baseDeleted, mine: mineDeleted, theirs: theirsDeleted, chosen: 'theirs' });
  }
  // Field differences of a document that stays deleted are nobody's concern.
  const listed = deleted ? conflicts.filter((conflict) => conflict.path === '_deleted') : conflicts;
  return { merged: { ...merged, _deleted: deleted }, conflicts: listed };
}

/** The document's own fields (without `_deleted` and RxDB's replication fields). */
function contentOf(document: SyncDocument): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) {
    if (key === '_deleted' || replicationMetaFields.has(key) || value === undefined) continue;
    content[key] = value;
  }
  return content;
}

/** Did this side change anything that counts as an edit (not just bookkeeping) since the base? */
function edited(collection: ReplicatedCollection, base: Record<string, unknown> | undefined, side: Record<string, unknown>): boolean {
  if (base === undefined) return true;
  const keys = new Set([...Object.keys(base), ...Object.keys(side)]);
  for (const key of keys) {
    if (isBookkeepingField(collection, key)) continue;
    if (!valuesEqual(base[key], side[key])) return true;
  }
  return false;
}

function mergeObject(
  collection: ReplicatedCollection,
  path: readonly string[],
  base: Record<string, unknown> | undefined,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  hasBase: boolean,
  conflicts: FieldConflict[],
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  // Theirs' key order first: deterministic, and the platform's copy is the reference.
  const keys = [...new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base ?? {})])];
  for (const key of keys) {
    const value = mergeField(collection, [...path, key], base?.[key], mine[key], theirs[key], hasBase, conflicts);
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/**
 * Values equal on both sides are taken once, before any rule: a counter both sides raised to the
 * same number is most likely one push whose answer was lost and came back as the platform's state,
 * not two increments.
 */
function mergeField(
  collection: ReplicatedCollection,
  path: readonly string[],
  base: unknown,
  mine: unknown,
  theirs: unknown,
  hasBase: boolean,
  conflicts: FieldConflict[],
): unknown {
  if (valuesEqual(mine, theirs)) return copy(theirs);
  if (hasBase) {
    if (valuesEqual(base, mine)) return copy(theirs);
    if (valuesEqual(base, theirs)) return copy(mine);
  } else {
    // Two-way (no common ancestor): a field only one side has is not a disagreement.
    if (mine === undefined) return copy(theirs);
    if (theirs === undefined) return copy(mine);
  }
  const rule = fieldRule(collection, path);
  switch (rule) {
    case 'recurse':
      if (isPlainObject(mine) && isPlainObject(theirs) && (base === undefined || base === null || isPlainObject(base))) {
        return mergeObject(collection, path, isPlainObject(base) ? base : undefined, mine, theirs, hasBase && isPlainObject(base), conflicts);
      }
      break;
    case 'max':
      if (isNumberOrNull(mine) && isNumberOrNull(theirs)) return maxOf(mine, theirs);
      break;
    case 'sum':
      if (isCount(mine) && isCount(theirs)) {
        if (!hasBase || !isCount(base)) return Math.max(mine, theirs);
        return Math.max(0, base + (mine - base) + (theirs - base));
      }
      break;
    case 'set':
      if (isStringArray(mine) && isStringArray(theirs)) {
        return mergeSet(hasBase && isStringArray(base) ? base : [], mine, theirs);
      }
      break;
    case 'higherCount':
      if (isRun(mine) && isRun(theirs)) return copy(moreRuns(mine, theirs));
      break;
    case 'auditUnion':
      if (Array.isArray(mine) && Array.isArray(theirs)) return auditUnion(mine, theirs);
      break;
    case 'derived':
      return copy(theirs);
    case null:
      break;
  }
  conflicts.push({ path: path.join('.'), segments: [...path], base: copy(base), mine: copy(mine), theirs: copy(theirs), chosen: 'theirs' });
  return copy(theirs);
}

/** Added on either side kept, removed on either side removed; the platform's order, then mine's additions. */
function mergeSet(base: readonly string[], mine: readonly string[], theirs: readonly string[]): string[] {
  const baseSet = new Set(base);
  const mineSet = new Set(mine);
  const theirsSet = new Set(theirs);
  const removed = (value: string): boolean => baseSet.has(value) && (!mineSet.has(value) || !theirsSet.has(value));
  const result: string[] = [];
  for (const value of [...theirs, ...mine]) {
    if (!removed(value) && !result.includes(value)) result.push(value);
  }
  return result;
}

interface Run {
  count: number;
  lastAt: number;
}

function moreRuns(mine: Run, theirs: Run): Run {
  if (mine.count !== theirs.count) return mine.count > theirs.count ? mine : theirs;
  return mine.lastAt > theirs.lastAt ? mine : theirs;
}

/** Both sides' status history, one entry per (at, to, from), by time; ties keep the platform's order first. */
function auditUnion(mine: readonly unknown[], theirs: readonly unknown[]): unknown[] {
  const seen = new Set<string>();
  const entries: { entry: unknown; at: number; order: number }[] = [];
  for (const entry of [...theirs, ...mine]) {
    const record = isPlainObject(entry) ? entry : {};
    const key = JSON.stringify([record.at ?? null, record.to ?? null, record.from ?? null]);
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ entry, at: typeof record.at === 'number' ? record.at : 0, order: entries.length });
  }
  entries.sort((a, b) => a.at - b.at || a.order - b.order);
  return entries.map(({ entry }) => copy(entry));
}

function maxOf(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumberOrNull(value: unknown): value is number | null {
  return value === null || (typeof value === 'number' && Number.isFinite(value));
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isRun(value: unknown): value is Run {
  return isPlainObject(value) && typeof value.count === 'number' && typeof value.lastAt === 'number';
}

/** Structural equality of JSON-like values, ignoring key order; an absent key equals an undefined one. */
export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => valuesEqual(item, b[i]));
  }
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(recordA), ...Object.keys(recordB)]);
  for (const key of keys) {
    if (!valuesEqual(recordA[key], recordB[key])) return false;
  }
  return true;
}

/** A deep copy of JSON-like data, so the result never shares objects with the inputs. */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => copy(item)) as T;
  if (isPlainObject(value)) {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) result[key] = copy(item);
    return result as T;
  }
  return value;
}
