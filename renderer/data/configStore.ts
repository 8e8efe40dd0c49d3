import { map, type Observable } from 'rxjs';
import { configDataSchemas, configDocument, configKinds, parseConfigData, type ConfigDocument, type ConfigKind, type TypedConfigKind } from '../../core/model/config';
import { changeDocuments } from './changeDocuments';
import type { DataContext } from './context';
import { InvalidDataError } from './errors';
import { readDocuments } from './readDocuments';
import { insertRow, writeRows } from './storedDocuments';
import { parseOrThrow } from './validate';

/**
 * Typed config documents, one per kind and key (id `${kind}:${key}`). Kinds with a payload
 * schema in core/model/config are checked against it on write.
 */

const readConfig = (stored: Record<string, unknown>): ConfigDocument => parseOrThrow(configDocument, stored, 'stored config');

function isTypedKind(kind: string): kind is TypedConfigKind {
  return Object.prototype.hasOwnProperty.call(configDataSchemas, kind);
}

function checkKind(kind: string): asserts kind is ConfigKind {
  if (!(configKinds as readonly string[]).includes(kind)) throw new InvalidDataError(`Unknown config kind "${kind}"`, [`kind: not one of ${configKinds.join(', ')}`]);
}

export async function getConfig<T>(ctx: DataContext, kind: string, key: string): Promise<T | null> {
  checkKind(kind);
  const doc = await ctx.db.config.findOne(`${kind}:${key}`).exec();
  if (!doc) return null;
  const parsed = configDocument.safeParse(doc.toJSON());
  return parsed.success ? (parsed.data.data as T) : null;
}

export async function setConfig<T>(ctx: DataContext, kind: string, key: string, data: T): Promise<void> {
  checkKind(kind);
  let payload: unknown = data;
  if (isTypedKind(kind)) {
    const checked = parseConfigData(kind, data);
    if (!checked.ok) throw new InvalidDataError(checked.error, [checked.error]);
    payload = checked.value;
  }
  const now = ctx.clock();
  const id = `${kind}:${key}`;
  const fields = { id, kind, key, data: payload, updatedAt: now };
  const [changed] = await changeDocuments(ctx.db.config, readConfig, [id], (current) => ({ data: parseOrThrow(configDocument, { ...current, ...fields }, 'config') }), 'lead-center-set-config');
  if (changed) return;
  const created = parseOrThrow(configDocument, { ...fields, ownerId: ctx.seller.userId, teamId: ctx.seller.teamId, createdAt: now }, 'config');
  const { conflicts } = await writeRows(ctx.db.config, [insertRow(created)], 'lead-center-set-config');
  // Created elsewhere between our read and write: write over it.
  if (conflicts.length > 0) await setConfig(ctx, kind, key, data);
}

export async function deleteConfig(ctx: DataContext, kind: string, key: string): Promise<void> {
  checkKind(kind);
  const now = ctx.clock();
  await changeDocuments(ctx.db.config, readConfig, [`${kind}:${key}`], (current) => ({ data: { ...current, updatedAt: now }, deleted: true }), 'lead-center-delete-config');
}

/** All documents of a kind, by key. */
export function observeConfigKind<T>(ctx: DataContext, kind: string): Observable<{ key: string; data: T }[]> {
  checkKind(kind);
  return ctx.db.config.find({ selector: { kind } }).$.pipe(
    map((docs) =>
      readDocuments(configDocument, docs, 'config')
        .map((doc) => ({ key: doc.key, data: doc.data as T }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    ),
  );
}
