import { map, type Observable } from 'rxjs';
import type { Rule } from '../../../core/model/rule';
import { changeDocuments } from '../changeDocuments';
import type { DataContext } from '../context';
import { NotFoundError } from '../errors';
import { queryStorage } from '../queryStorage';
import { insertRow, withoutMeta, writeRows } from '../storedDocuments';
import { parseOrThrow } from '../validate';
import { emptyRunState, storedRule, type RuleRunState, type StoredRule } from './storedRule';

/**
 * The rules collection: a handful of documents, read whole. Definitions are checked by
 * validateRule before they get here; this layer keeps ids, versions and the run state.
 */

const readStored = (stored: Record<string, unknown>): StoredRule => parseOrThrow(storedRule, stored, `stored rule ${String(stored.id)}`);

/** A stored rule, or null when the document cannot be read (a newer app wrote it, damaged). */
function tryRead(stored: Record<string, unknown>): StoredRule | null {
  const parsed = storedRule.safeParse(stored);
  if (parsed.success) return parsed.data;
  console.warn(`Lead Center: skipped an unreadable rule (${String(stored.id)}): ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return null;
}

export async function readRules(ctx: DataContext): Promise<StoredRule[]> {
  const docs = await queryStorage(ctx.db.rules, { selector: {}, sort: [{ id: 'asc' }] });
  return docs.flatMap((doc) => tryRead(withoutMeta(doc)) ?? []);
}

export async function readRule(ctx: DataContext, id: string): Promise<StoredRule | null> {
  const [doc] = await ctx.db.rules.storageInstance.findDocumentsById([id], false);
  return doc ? tryRead(withoutMeta(doc)) : null;
}

/** Every live rule, on every change of the collection (including run-state updates). */
export function observeStoredRules(ctx: DataContext): Observable<StoredRule[]> {
  return ctx.db.rules.find({ sort: [{ id: 'asc' }] }).$.pipe(map((docs) => docs.flatMap((doc) => tryRead(doc.toJSON() as Record<string, unknown>) ?? [])));
}

/** Inserts a new rule with an empty run state. */
export async function insertRule(ctx: DataContext, definition: Rule): Promise<StoredRule> {
  const stored = parseOrThrow(storedRule, { ...definition, runState: emptyRunState }, 'rule');
  const { conflicts } = await writeRows(ctx.db.rules, [insertRow(stored)], 'lead-center-insert-rule');
  if (conflicts.length > 0) throw new Error(`a rule with id ${stored.id} already exists`);
  return stored;
}

/** Replaces a rule's definition, keeping its run state (an edit does not reset "times fired"). */
export async function changeRule(ctx: DataContext, id: string, next: (current: StoredRule) => Rule | null): Promise<StoredRule> {
  let unchanged: StoredRule | undefined;
  const [written] = await changeDocuments(
    ctx.db.rules,
    readStored,
    [id],
    (current) => {
      const definition = next(current);
      if (definition === null) {
        unchanged = current;
        return null;
      }
      return { data: parseOrThrow(storedRule, { ...definition, runState: current.runState }, 'rule') };
    },
    'lead-center-change-rule',
  );
  if (written) return written.after;
  if (unchanged) return unchanged;
  throw new NotFoundError(`Rule ${id} does not exist or was deleted`);
}

export async function deleteRule(ctx: DataContext, id: string): Promise<void> {
  const now = ctx.clock();
  const written = await changeDocuments(ctx.db.rules, readStored, [id], (current) => ({ data: { ...current, updatedAt: now }, deleted: true }), 'lead-center-delete-rule');
  if (written.length === 0) throw new NotFoundError(`Rule ${id} does not exist or was deleted`);
}

/**
 * Updates the run state of several rules in one write (after a pass). Not an edit: updatedAt
 * and version stay, so the schedule's "changed since" and the log's version are unaffected.
 */
export async function updateRunStates(ctx: DataContext, changes: ReadonlyMap<string, (state: RuleRunState) => RuleRunState>): Promise<void> {
  if (changes.size === 0) return;
  await changeDocuments(
    ctx.db.rules,
    readStored,
    [...changes.keys()],
    (current) => {
      const change = changes.get(current.id);
      return change ? { data: { ...current, runState: change(current.runState) } } : null;
    },
    'lead-center-rule-run-state',
  );
}
