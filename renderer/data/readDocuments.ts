import { map, type Observable } from 'rxjs';
import type { z } from 'zod';

/** What reading needs of an RxDocument. */
interface StoredDocument {
  readonly primary: string;
  toJSON(): unknown;
}

/**
 * Reads pass stored documents through the model schema too: a document written by a newer app
 * or damaged on disk must not break a screen. One that fails is left out (and logged) instead.
 */
export function readDocument<S extends z.ZodType>(schema: S, doc: StoredDocument | null, what: string): z.output<S> | null {
  if (!doc) return null;
  const result = schema.safeParse(doc.toJSON());
  if (result.success) return result.data;
  console.warn(`Lead Center: skipped an unreadable ${what} (${doc.primary}): ${result.error.issues[0]?.message ?? 'invalid'}`);
  return null;
}

export function readDocuments<S extends z.ZodType>(schema: S, docs: readonly StoredDocument[], what: string): z.output<S>[] {
  const out: z.output<S>[] = [];
  for (const doc of docs) {
    const value = readDocument(schema, doc, what);
    if (value !== null) out.push(value);
  }
  return out;
}

export function observeDocuments<S extends z.ZodType>(source: Observable<readonly StoredDocument[]>, schema: S, what: string): Observable<z.output<S>[]> {
  return source.pipe(map((docs) => readDocuments(schema, docs, what)));
}
