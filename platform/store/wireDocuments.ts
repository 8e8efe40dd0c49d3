import type { WireDocument } from '../../core/sync/protocol';

/** RxDB's own fields that the platform neither stores nor compares. */
const localOnlyFields = new Set(['_meta', '_rev', '_attachments']);

/** The document as pushed minus RxDB's local fields; `_deleted` kept (false when missing). */
export function withoutLocalFields(document: WireDocument): WireDocument {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) if (!localOnlyFields.has(key)) copy[key] = value;
  return { ...copy, id: document.id, _deleted: document._deleted === true };
}

/** What goes into the data column: the wire document without `_deleted` (kept in its own column). */
export function storedData(document: WireDocument): Record<string, unknown> {
  const { _deleted: _ignored, ...data } = withoutLocalFields(document);
  return data;
}

/** The stored row back on the wire. */
export function fromStored(data: Record<string, unknown>, deleted: boolean): WireDocument {
  return { ...data, id: String(data.id), _deleted: deleted };
}

/**
 * Deep equality of JSON values, key order ignored (jsonb does not keep it), RxDB's local fields
 * ignored at the top level, and a missing `_deleted` equal to false.
 */
export function sameDocument(a: WireDocument | null, b: WireDocument | null): boolean {
  if (a === null || b === null) return a === b;
  return jsonEqual(withoutLocalFields(a), withoutLocalFields(b));
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  // undefined members do not survive JSON: compare only the defined keys.
  const left = Object.entries(a).filter(([, value]) => value !== undefined);
  const right = new Map(Object.entries(b).filter(([, value]) => value !== undefined));
  return left.length === right.size && left.every(([key, value]) => right.has(key) && jsonEqual(value, right.get(key)));
}
