import { map, type Observable } from 'rxjs';
import type { BulkWriteRow, RxCollection, RxDocumentData } from 'rxdb';
import type { z } from 'zod';
import { planRollback, planUndo, sameDocument } from '../../core/changes';
import { account } from '../../core/model/account';
import { changeSet, type ChangeCollection, type ChangeSet, type ChangeSetKind, type DocumentChange } from '../../core/model/changeSet';
import { contact } from '../../core/model/contact';
import { dispatch } from '../../core/model/dispatch';
import type { JsonObject } from '../../core/model/json';
import { lead } from '../../core/model/lead';
import { note } from '../../core/model/note';
import { reminder } from '../../core/model/reminder';
import { getConfig, observeConfigKind, setConfig } from './configStore';
import { userActor, type DataContext } from './context';
import { InvalidDataError, NotFoundError, WriteConflictError } from './errors';
import { insertRow, withoutMeta, writeRows } from './storedDocuments';
import { parseOrThrow } from './validate';

/**
 * The change journal: several documents changed as one (a conversion, a merge), all-or-nothing
 * and undoable. Each change set is kept in config kind 'change-journal' under its id, written
 * 'applying' before any document and 'applied' after the last, so a crash in between is found
 * and rolled back at the next start (recoverInterruptedChanges).
 */

export type { ChangeCollection } from '../../core/model/changeSet';

export interface PlannedChange {
  collection: ChangeCollection;
  id: string;
  /** The stored document as read (readStoredDocuments); null when the change creates it. */
  before: JsonObject | null;
  /** The whole document to store; null soft-deletes it. */
  after: JsonObject | null;
}

export interface ChangePlan {
  kind: ChangeSetKind;
  label: string;
  leadIds: string[];
  changes: PlannedChange[];
}

const journalKind = 'change-journal';

const models: Record<ChangeCollection, z.ZodType<unknown>> = { leads: lead, notes: note, reminders: reminder, contacts: contact, accounts: account, dispatches: dispatch };

/** Stored rows are handled as plain records; each document is checked against its model before writing. */
type Stored = Record<string, unknown>;
type StoredRow = RxDocumentData<Stored>;

function collectionOf(ctx: DataContext, name: ChangeCollection): RxCollection<Stored> {
  return ctx.db[name] as unknown as RxCollection<Stored>;
}

async function readRows(ctx: DataContext, name: ChangeCollection, ids: readonly string[]): Promise<Map<string, StoredRow>> {
  const rows = await collectionOf(ctx, name).storageInstance.findDocumentsById([...new Set(ids)], true);
  return new Map(rows.map((row) => [String(row['id']), row]));
}

/** The plain JSON of a stored row, null when it is missing or deleted. */
function liveData(row: StoredRow | undefined): JsonObject | null {
  if (!row || row._deleted) return null;
  return withoutMeta(row) as JsonObject;
}

/** The stored documents (without RxDB's bookkeeping) with these ids; missing and deleted ones are left out. Use them as `before`. */
export async function readStoredDocuments(ctx: DataContext, name: ChangeCollection, ids: readonly string[]): Promise<Map<string, JsonObject>> {
  const out = new Map<string, JsonObject>();
  for (const [id, row] of await readRows(ctx, name, ids)) {
    const data = liveData(row);
    if (data) out.set(id, data);
  }
  return out;
}

/** The target of one document write: a whole document, or a soft deletion. */
type Target = { kind: 'write'; document: JsonObject } | { kind: 'delete' };

function rowFor(stored: StoredRow | undefined, target: Target, now: number): BulkWriteRow<Stored> | null {
  if (target.kind === 'delete') {
    if (!stored || stored._deleted) return null;
    const data = withoutMeta(stored) as JsonObject;
    // Moving updatedAt forward lets the deletion win over older edits when it replicates.
    const updatedAt = typeof data['updatedAt'] === 'number' ? Math.max(now, data['updatedAt']) : undefined;
    const document = { ...data, ...(updatedAt === undefined ? {} : { updatedAt }), _deleted: true, _attachments: stored._attachments, _rev: stored._rev, _meta: stored._meta };
    return { previous: stored, document };
  }
  if (!stored) return insertRow(target.document);
  return { previous: stored, document: { ...target.document, _deleted: false, _attachments: stored._attachments, _rev: stored._rev, _meta: stored._meta } };
}

/** Groups changes by collection, in the order each collection first appears. */
function byCollection<T extends { collection: ChangeCollection }>(changes: readonly T[]): [ChangeCollection, T[]][] {
  const groups = new Map<ChangeCollection, T[]>();
  for (const change of changes) {
    const group = groups.get(change.collection);
    if (group) group.push(change);
    else groups.set(change.collection, [change]);
  }
  return [...groups];
}

const maxAttempts = 10;

/**
 * Writes each document of one collection to what `decide` says given its stored state, in one
 * storage write; documents changed meanwhile are read and decided again.
 */
async function writeDecided(
  ctx: DataContext,
  name: ChangeCollection,
  ids: readonly string[],
  decide: (id: string, current: JsonObject | null) => Target | null,
  context: string,
): Promise<void> {
  let pending = [...new Set(ids)];
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt === maxAttempts) throw new WriteConflictError(`${pending.length} ${name} document(s) kept changing while being written; try again`, pending);
    const stored = await readRows(ctx, name, pending);
    const rows: BulkWriteRow<Stored>[] = [];
    for (const id of pending) {
      const target = decide(id, liveData(stored.get(id)));
      const row = target ? rowFor(stored.get(id), target, ctx.clock()) : null;
      if (row) rows.push(row);
    }
    pending = (await writeRows(collectionOf(ctx, name), rows, context)).conflicts;
  }
}

function checkedChanges(plan: ChangePlan): DocumentChange[] {
  if (plan.changes.length === 0) throw new InvalidDataError('Nothing to change', ['changes: empty']);
  const seen = new Set<string>();
  return plan.changes.map((change) => {
    const key = `${change.collection}/${change.id}`;
    if (seen.has(key)) throw new InvalidDataError(`The ${key} document appears twice in one change`, [key]);
    seen.add(key);
    for (const doc of [change.before, change.after]) {
      if (doc !== null && doc['id'] !== change.id) throw new InvalidDataError(`The ${key} document carries another id`, [key]);
    }
    if (change.after === null) return { ...change };
    // Validated with its model; fields the model does not know (a newer app's) are kept as they are.
    const valid = parseOrThrow(models[change.collection], change.after, change.collection.replace(/s$/, '')) as JsonObject;
    return { ...change, after: { ...change.after, ...valid } };
  });
}

async function saveJournal(ctx: DataContext, set: ChangeSet): Promise<ChangeSet> {
  const valid = parseOrThrow(changeSet, set, 'change set');
  await setConfig(ctx, journalKind, valid.id, valid);
  return valid;
}

/**
 * All-or-nothing: journal 'applying' → each write (refused if the stored document no longer equals
 * `before`: WriteConflictError) → 'applied'. On any failure the documents already written are put
 * back and the journal ends 'rolled_back'; the error is rethrown.
 */
export async function applyChangeSet(ctx: DataContext, plan: ChangePlan): Promise<ChangeSet> {
  const changes = checkedChanges(plan);
  const applying = await saveJournal(ctx, {
    id: ctx.newId(),
    kind: plan.kind,
    label: plan.label,
    at: ctx.clock(),
    actor: userActor(ctx.seller),
    status: 'applying',
    leadIds: [...new Set(plan.leadIds)],
    changes,
    undoneAt: null,
    problems: [],
  });
  try {
    for (const [name, group] of byCollection(changes)) {
      const stored = await readRows(ctx, name, group.map((change) => change.id));
      const stale = group.filter((change) => !sameDocument(change.before, liveData(stored.get(change.id)))).map((change) => change.id);
      if (stale.length > 0) throw new WriteConflictError(`${stale.length} ${name} document(s) changed since this was prepared; look again and retry`, stale);
      const now = ctx.clock();
      const rows = group
        .map((change) => rowFor(stored.get(change.id), change.after === null ? { kind: 'delete' } : { kind: 'write', document: change.after }, now))
        .filter((row): row is BulkWriteRow<Stored> => row !== null);
      const { conflicts } = await writeRows(collectionOf(ctx, name), rows, `lead-center-${plan.kind}`);
      if (conflicts.length > 0) throw new WriteConflictError(`${conflicts.length} ${name} document(s) changed while being written; nothing was changed`, conflicts);
    }
    return await saveJournal(ctx, { ...applying, status: 'applied' });
  } catch (error) {
    const problems = await rollBack(ctx, applying.changes);
    const reason = error instanceof Error ? error.message : String(error);
    await saveJournal(ctx, { ...applying, status: 'rolled_back', problems: [`Rolled back: ${reason}`.slice(0, 500), ...problems].slice(0, 200) });
    throw error;
  }
}

/** Puts every written document back to `before` (planRollback); returns what could not be. */
async function rollBack(ctx: DataContext, changes: readonly DocumentChange[]): Promise<string[]> {
  const problems: string[] = [];
  for (const [name, group] of byCollection([...changes].reverse())) {
    const byId = new Map(group.map((change) => [change.id, change]));
    await writeDecided(
      ctx,
      name,
      [...byId.keys()],
      (id, current) => {
        const change = byId.get(id);
        if (!change) return null;
        const step = planRollback(change, current);
        problems.push(...step.problems);
        return step.kind === 'none' ? null : step.kind === 'delete' ? { kind: 'delete' } : { kind: 'write', document: step.document };
      },
      'lead-center-roll-back',
    );
  }
  return problems;
}

/**
 * Field by field: a top-level field is put back only where the document still holds the value the
 * change set wrote; a created document is deleted, a deleted one restored. Status 'undone';
 * fields that changed since are listed in `problems` (and left as they are).
 */
export async function undoChangeSet(ctx: DataContext, id: string): Promise<ChangeSet> {
  const set = await getChangeSet(ctx, id);
  if (!set) throw new NotFoundError(`No change ${id} in the journal`);
  if (set.status !== 'applied') throw new InvalidDataError(set.status === 'undone' ? 'This change was already undone' : `This change cannot be undone (it is ${set.status.replace('_', ' ')})`, [`status: ${set.status}`]);
  const problems: string[] = [];
  for (const [name, group] of byCollection([...set.changes].reverse())) {
    const byId = new Map(group.map((change) => [change.id, change]));
    const planned = new Map<string, string[]>();
    await writeDecided(
      ctx,
      name,
      [...byId.keys()],
      (docId, current) => {
        const change = byId.get(docId);
        if (!change) return null;
        const step = planUndo(change, current, ctx.clock());
        // Decided again after a conflict: keep only the last decision's problems.
        planned.set(docId, step.problems);
        return step.kind === 'none' ? null : step.kind === 'delete' ? { kind: 'delete' } : { kind: 'write', document: step.document };
      },
      'lead-center-undo',
    );
    for (const list of planned.values()) problems.push(...list);
  }
  return saveJournal(ctx, { ...set, status: 'undone', undoneAt: ctx.clock(), problems: [...set.problems, ...problems].slice(0, 200) });
}

/** At open: change sets left 'applying' by a crash are rolled back. Returns how many. */
export async function recoverInterruptedChanges(ctx: DataContext): Promise<number> {
  const docs = await ctx.db.config.find({ selector: { kind: journalKind } }).exec();
  let recovered = 0;
  for (const doc of docs) {
    const data = (doc.toJSON() as { data?: { status?: unknown } }).data;
    // Most entries are long finished: only the interrupted ones are parsed whole.
    if (data?.status !== 'applying') continue;
    const parsed = changeSet.safeParse(data);
    if (!parsed.success) {
      console.warn(`Lead Center: an interrupted change (${doc.primary}) could not be read, so it was not rolled back`);
      continue;
    }
    const problems = await rollBack(ctx, parsed.data.changes);
    await saveJournal(ctx, { ...parsed.data, status: 'rolled_back', problems: ['Rolled back: the app stopped before this change was complete', ...problems].slice(0, 200) });
    recovered += 1;
  }
  return recovered;
}

/** Every change set in the journal, newest first. */
export function observeChangeSets(ctx: DataContext): Observable<ChangeSet[]> {
  return observeConfigKind<unknown>(ctx, journalKind).pipe(
    map((entries) =>
      entries
        .map((entry) => changeSet.safeParse(entry.data))
        .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
        .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)),
    ),
  );
}

export async function getChangeSet(ctx: DataContext, id: string): Promise<ChangeSet | null> {
  const data = await getConfig<unknown>(ctx, journalKind, id);
  if (data === null) return null;
  const parsed = changeSet.safeParse(data);
  return parsed.success ? parsed.data : null;
}
