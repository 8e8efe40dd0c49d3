import { map, type Observable } from 'rxjs';
import type { RxCollection } from 'rxdb';
import { stableId } from '../../../core/rules/stableId';
import { syncConflictData, type SyncConflictData, type SyncConflictField } from '../../../core/sync/merge';
import { replicatedCollection, replicatedDocumentSchemas, type ReplicatedCollection } from '../../../core/sync/protocol';
import type { JsonValue } from '../../../core/model/json';
import type { Lead } from '../../../core/model/lead';
import * as configStore from '../configStore';
import type { DataContext } from '../context';
import { WriteConflictError } from '../errors';
import * as leadWrites from '../leadWrites';
import { replaceRow, withoutMeta, writeRows } from '../storedDocuments';
import { parseOrThrow } from '../validate';
import type { SyncConflictReport } from './conflictHandler';

/**
 * The Needs review list (issue 7): documents whose merge took the platform's value over this
 * device's edit, kept in config kind 'sync-conflict', one entry per document (a later conflict on
 * the same document joins its entry). Keep mine writes this device's values back as a normal
 * local write (it replicates like any edit); Use theirs leaves the merged document as it is.
 */

export const syncConflictKind = 'sync-conflict';

/** One entry of the list, with its config key. */
export interface SyncConflict extends SyncConflictData {
  key: string;
  collection: ReplicatedCollection;
}

export interface SyncConflictCenter {
  /** Newest first. */
  observe(): Observable<SyncConflict[]>;
  /** Adds a merge's conflicts to the document's entry (the conflict handler's sink). */
  record(report: SyncConflictReport): Promise<void>;
  /** Writes this device's values back for the entry's fields, then clears the entry. */
  keepMine(conflict: SyncConflict): Promise<void>;
  /** Accepts the merged document (the platform's values); clears the entry. */
  useTheirs(conflict: SyncConflict): Promise<void>;
}

/** A short key of the collection and document id (config keys hold at most 40 characters). */
export function syncConflictKey(collection: ReplicatedCollection, documentId: string): string {
  return stableId([`${collection}:${documentId}`]);
}

/** The report's fields as stored: absent values left out (JSON has no undefined). */
export function storedFields(report: SyncConflictReport): SyncConflictField[] {
  return report.fields.map((field) => ({
    path: field.path,
    segments: [...field.segments],
    ...(field.mine === undefined ? {} : { mine: field.mine as JsonValue }),
    ...(field.theirs === undefined ? {} : { theirs: field.theirs as JsonValue }),
    chosen: field.chosen,
  }));
}

/** A later report on the same document replaces the fields it names and keeps the others. */
export function joinFields(earlier: readonly SyncConflictField[], later: readonly SyncConflictField[]): SyncConflictField[] {
  const laterPaths = new Set(later.map((field) => field.path));
  return [...earlier.filter((field) => !laterPaths.has(field.path)), ...later];
}

export function createSyncConflictStore(ctx: DataContext): SyncConflictCenter {
  // Reports arrive in bursts (one per resolved document); one at a time, so none overwrites another.
  let queue: Promise<void> = Promise.resolve();
  const serially = (work: () => Promise<void>): Promise<void> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };

  const record = (report: SyncConflictReport): Promise<void> =>
    serially(async () => {
      const key = syncConflictKey(report.collection, report.documentId);
      const earlier = await configStore.getConfig<SyncConflictData>(ctx, syncConflictKind, key);
      const fields = joinFields(earlier?.fields ?? [], storedFields(report));
      const data: SyncConflictData = { collection: report.collection, documentId: report.documentId, label: report.label.slice(0, 300), fields, at: ctx.clock() };
      await configStore.setConfig(ctx, syncConflictKind, key, data);
    });

  const clear = (conflict: SyncConflict): Promise<void> => configStore.deleteConfig(ctx, syncConflictKind, conflict.key);

  return {
    observe: () =>
      configStore.observeConfigKind<unknown>(ctx, syncConflictKind).pipe(
        map((entries) =>
          entries
            .flatMap(({ key, data }) => {
              const parsed = syncConflictData.safeParse(data);
              const collection = replicatedCollection.safeParse(parsed.data?.collection);
              return parsed.success && collection.success ? [{ ...parsed.data, collection: collection.data, key }] : [];
            })
            .sort((a, b) => b.at - a.at || (a.key < b.key ? -1 : 1)),
        ),
      ),
    record,
    keepMine: (conflict) =>
      serially(async () => {
        await writeBack(ctx, conflict, conflict.fields.filter((field) => field.chosen === 'theirs'), 'mine');
        await clear(conflict);
      }),
    useTheirs: (conflict) =>
      serially(async () => {
        // Only an undeletion was this device's side: "theirs" there is the platform's deletion.
        await writeBack(ctx, conflict, conflict.fields.filter((field) => field.chosen === 'mine'), 'theirs');
        await clear(conflict);
      }),
  };
}

type Side = 'mine' | 'theirs';

function valueOf(field: SyncConflictField, side: Side): { present: boolean; value: JsonValue | undefined } {
  return side === 'mine' ? { present: 'mine' in field, value: field.mine } : { present: 'theirs' in field, value: field.theirs };
}

/** Sets (or removes, for an absent value) the value at `segments` in a copy of `document`. */
export function withValueAt(document: Record<string, unknown>, segments: readonly string[], present: boolean, value: unknown): Record<string, unknown> {
  const [head, ...rest] = segments;
  if (head === undefined) return document;
  const copy: Record<string, unknown> = { ...document };
  if (rest.length === 0) {
    if (present) copy[head] = structuredClone(value);
    else delete copy[head];
    return copy;
  }
  const child = copy[head];
  const inner = typeof child === 'object' && child !== null && !Array.isArray(child) ? (child as Record<string, unknown>) : {};
  copy[head] = withValueAt(inner, rest, present, value);
  return copy;
}

/** Writes one side's values for `fields` into the live document: leads through the lead writes (events, rescoring). */
async function writeBack(ctx: DataContext, conflict: SyncConflict, fields: readonly SyncConflictField[], side: Side): Promise<void> {
  if (fields.length === 0) return;
  const deletion = fields.find((field) => field.path === '_deleted');
  const valueFields = fields.filter((field) => field.path !== '_deleted');
  const deleted = deletion ? valueOf(deletion, side).value === true : null;

  if (conflict.collection === 'leads') {
    if (deleted === false) await changeStored(ctx, 'leads', conflict.documentId, (current) => current, false);
    if (valueFields.length > 0) {
      const current = await ctx.db.leads.findOne(conflict.documentId).exec();
      if (current) {
        let changed: Record<string, unknown> = current.toMutableJSON() as unknown as Record<string, unknown>;
        for (const field of valueFields) {
          const { present, value } = valueOf(field, side);
          changed = withValueAt(changed, field.segments, present, value);
        }
        const topFields = new Set(valueFields.map((field) => field.segments[0] ?? ''));
        const patch = Object.fromEntries([...topFields].filter((name) => name !== '').map((name) => [name, changed[name]])) as Partial<Lead>;
        await leadWrites.updateLead(ctx, conflict.documentId, patch);
      }
    }
    if (deleted === true) await leadWrites.deleteLeads(ctx, [conflict.documentId]);
    return;
  }

  await changeStored(
    ctx,
    conflict.collection,
    conflict.documentId,
    (current) => {
      let changed = current;
      for (const field of valueFields) {
        const { present, value } = valueOf(field, side);
        changed = withValueAt(changed, field.segments, present, value);
      }
      return valueFields.length > 0 ? { ...changed, updatedAt: Math.max(Number(current.updatedAt) || 0, ctx.clock()) } : changed;
    },
    deleted,
  );
}

const maxAttempts = 10;

/**
 * Reads the stored document (deleted ones too: Keep mine may bring one back), changes it, checks
 * it against the collection's schema and writes it; retries when it changed meanwhile.
 */
async function changeStored(
  ctx: DataContext,
  collection: ReplicatedCollection,
  id: string,
  change: (current: Record<string, unknown>) => Record<string, unknown>,
  deleted: boolean | null,
): Promise<void> {
  const rxCollection = ctx.db[collection] as RxCollection<unknown>;
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const [stored] = await rxCollection.storageInstance.findDocumentsById([id], true);
    if (!stored) return;
    const current = withoutMeta(stored);
    const next: unknown = parseOrThrow(replicatedDocumentSchemas[collection], change(current), `${collection} document ${id}`);
    const { conflicts } = await writeRows(rxCollection, [replaceRow(stored, next, deleted ?? stored._deleted)], 'lead-center-sync-review');
    if (conflicts.length === 0) return;
  }
  throw new WriteConflictError(`The ${collection} document kept changing while your values were written back; try again`, [id]);
}
