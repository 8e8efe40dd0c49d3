import type { DocumentChange } from '../model/changeSet';
import type { JsonObject } from '../model/json';

/** A document as stored (plain JSON), with the lead it belongs to. */
export interface LeadOwnedDocument {
  collection: 'notes' | 'reminders' | 'dispatches' | 'contacts';
  document: JsonObject;
}

export interface MergeChangeInput {
  survivorId: string;
  /** The stored leads (plain JSON) as read, survivor included. */
  storedLeads: readonly JsonObject[];
  /** The survivor after the merge (mergeLeads, rescored), as JSON. */
  survivorAfter: JsonObject;
  /** Notes, reminders, questionnaire dispatches and contacts (converted from them) of the merged leads, as stored. */
  owned: readonly LeadOwnedDocument[];
  now: number;
}

/**
 * The documents a merge changes, each with its state before and after: the survivor rewritten,
 * every merged lead soft-deleted, and their notes, reminders and dispatches moved to the survivor.
 * Fields a newer app stored on the survivor are kept. Events are not here: they are immutable
 * and written after the change set (the survivor's timeline finds them through the journal).
 */
export function planMergeChanges(input: MergeChangeInput): DocumentChange[] {
  const survivorBefore = input.storedLeads.find((doc) => doc['id'] === input.survivorId);
  if (!survivorBefore) throw new Error(`The survivor ${input.survivorId} is not among the stored leads`);
  const mergedIds = new Set(input.storedLeads.map((doc) => String(doc['id'])).filter((id) => id !== input.survivorId));
  const changes: DocumentChange[] = [{ collection: 'leads', id: input.survivorId, before: survivorBefore, after: { ...survivorBefore, ...input.survivorAfter } }];
  for (const doc of input.storedLeads) {
    if (doc['id'] !== input.survivorId) changes.push({ collection: 'leads', id: String(doc['id']), before: doc, after: null });
  }
  for (const { collection, document } of input.owned) {
    if (!mergedIds.has(String(document['leadId']))) continue;
    const updatedAt = typeof document['updatedAt'] === 'number' ? Math.max(input.now, document['updatedAt']) : input.now;
    changes.push({ collection, id: String(document['id']), before: document, after: { ...document, leadId: input.survivorId, updatedAt } });
  }
  return changes;
}
