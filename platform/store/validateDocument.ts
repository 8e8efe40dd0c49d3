import { replicatedDocumentSchemas, type ReplicatedCollection, type WireDocument } from '../../core/sync/protocol';
import { storedData } from './wireDocuments';

/** Why a document does not fit its collection's core schema, or null when it does. */
export function documentProblem(collection: ReplicatedCollection, document: WireDocument): string | null {
  const badText = unstorableText(document);
  if (badText) return badText;
  const result = replicatedDocumentSchemas[collection].safeParse(storedData(document));
  if (result.success) return null;
  const reasons = result.error.issues.slice(0, 5).map((issue) => `${issue.path.map(String).join('.') || 'document'}: ${issue.message}`);
  return reasons.join('; ').slice(0, 2000);
}

const lonelySurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** PostgreSQL's jsonb holds neither NUL nor half a surrogate pair: refuse them here rather than fail in the database. */
export function unstorableText(value: unknown): string | null {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return 'text may not contain the NUL character';
    if (lonelySurrogate.test(value)) return 'text contains half of a UTF-16 surrogate pair';
    return null;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = unstorableText(item);
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const problem = unstorableText(key) ?? unstorableText(item);
      if (problem) return problem;
    }
  }
  return null;
}
