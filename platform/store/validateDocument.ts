import { replicatedDocumentSchemas, type ReplicatedCollection, type WireDocument } from '../../core/sync/protocol';
import { storedData } from './wireDocuments';

/** Why a document does not fit its collection's core schema, or null when it does. */
export function documentProblem(collection: ReplicatedCollection, document: WireDocument): string | null {
  const result = replicatedDocumentSchemas[collection].safeParse(storedData(document));
  if (result.success) return null;
  const reasons = result.error.issues.slice(0, 5).map((issue) => `${issue.path.map(String).join('.') || 'document'}: ${issue.message}`);
  return reasons.join('; ').slice(0, 2000);
}
