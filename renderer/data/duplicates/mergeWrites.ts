import { map, type Observable } from 'rxjs';
import { mergeLeads, previewMerge as previewMergeCore } from '../../../core/merge/mergeLeads';
import { planMergeChanges, type LeadOwnedDocument } from '../../../core/merge/planMergeChanges';
import type { ChangeSet, DocumentChange } from '../../../core/model/changeSet';
import type { JsonObject } from '../../../core/model/json';
import { lead, type Lead } from '../../../core/model/lead';
import { applyChangeSet, getChangeSet, observeChangeSets, readStoredDocuments, undoChangeSet } from '../changeJournal';
import type { DataContext } from '../context';
import type { MergeHistoryEntry, MergeInput, MergeOutcome, MergePreviewData } from '../duplicatesContract';
import { InvalidDataError, NotFoundError } from '../errors';
import { newEvent, recordEvents } from '../eventLog';
import { eventsForLeadChange, type EventDraft } from '../leadChanges';
import { eventsOfLead } from '../leadEventReads';
import { updateLead } from '../leadWrites';
import { parseOrThrow } from '../validate';

/** A change set holds at most this many documents (core/model/changeSet). */
const maxChanges = 5_000;

/** Fields the lead brain and activity keep up to date: an undo that finds them moved is no problem, the survivor is rescored. */
const recomputedFields = ['score', 'scoreBreakdown', 'temperature', 'engagementLevel', 'urgency', 'nextFollowUpAt', 'lastActivityAt'];

const leadName = (l: { name?: unknown; email?: unknown; company?: unknown }): string => {
  const company = typeof l.company === 'object' && l.company !== null && 'name' in l.company ? String((l.company as { name: unknown }).name) : '';
  return String(l.name ?? '') || String(l.email ?? '') || company || 'Unnamed lead';
};

async function readLeads(ctx: DataContext, leadIds: readonly string[]): Promise<{ stored: Map<string, JsonObject>; leads: Lead[] }> {
  const ids = [...new Set(leadIds)];
  const stored = await readStoredDocuments(ctx, 'leads', ids);
  const missing = ids.filter((id) => !stored.has(id));
  if (missing.length > 0) throw new NotFoundError(`${missing.length === 1 ? 'A lead' : `${missing.length} leads`} of this merge no longer exist${missing.length === 1 ? 's' : ''} (deleted or merged already)`);
  return { stored, leads: ids.map((id) => parseOrThrow(lead, stored.get(id), `stored lead ${id}`)) };
}

/** Ids of a collection's live documents that belong to these leads (index on leadId). */
async function idsOwnedBy(ctx: DataContext, collection: 'notes' | 'reminders' | 'dispatches' | 'contacts', leadIds: readonly string[]): Promise<string[]> {
  if (leadIds.length === 0) return [];
  const docs = await ctx.db[collection].find({ selector: { leadId: { $in: [...leadIds] } } }).exec();
  return docs.map((doc) => doc.primary);
}

async function ownedDocuments(ctx: DataContext, leadIds: readonly string[]): Promise<LeadOwnedDocument[]> {
  const owned: LeadOwnedDocument[] = [];
  for (const collection of ['notes', 'reminders', 'dispatches', 'contacts'] as const) {
    const docs = await readStoredDocuments(ctx, collection, await idsOwnedBy(ctx, collection, leadIds));
    for (const document of docs.values()) owned.push({ collection, document });
  }
  return owned;
}

export async function previewMerge(ctx: DataContext, leadIds: readonly string[], survivorId: string): Promise<MergePreviewData> {
  const { leads } = await readLeads(ctx, leadIds);
  const preview = previewMergeCore(leads, survivorId);
  if (!preview.ok) throw new InvalidDataError(preview.error, [preview.error]);
  const merged = mergeLeads(leads, survivorId, {}, ctx.clock());
  if (!merged.ok) throw new InvalidDataError(merged.error, [merged.error]);
  const ordered = [...leads].sort((a, b) => (a.id === survivorId ? -1 : b.id === survivorId ? 1 : 0));
  const summaries = await Promise.all(
    ordered.map(async (l) => ({
      lead: l,
      notes: (await idsOwnedBy(ctx, 'notes', [l.id])).length,
      reminders: (await idsOwnedBy(ctx, 'reminders', [l.id])).length,
    })),
  );
  return { survivorId, leads: summaries, choices: preview.value.choices, filled: preview.value.filled, tags: merged.value.tags, counters: merged.value.counters };
}

/** The events of a lead change, with lead_updated carrying the merge marker instead of a plain field list. */
function markedEvents(before: Lead, after: Lead, marker: Record<string, string | string[]>): EventDraft[] {
  const drafts = eventsForLeadChange(before, after);
  const fields = drafts.find((draft) => draft.type === 'lead_updated')?.data.fields;
  return [...drafts.filter((draft) => draft.type !== 'lead_updated'), { type: 'lead_updated', data: { ...marker, ...(Array.isArray(fields) ? { fields } : {}) } }];
}

export async function merge(ctx: DataContext, input: MergeInput): Promise<MergeOutcome> {
  const { stored, leads } = await readLeads(ctx, input.leadIds);
  const now = ctx.clock();
  const merged = mergeLeads(leads, input.survivorId, input.choices ?? {}, now);
  if (!merged.ok) throw new InvalidDataError(merged.error, [merged.error]);
  const survivorBefore = leads.find((l) => l.id === input.survivorId) as Lead;
  const mergedIds = leads.map((l) => l.id).filter((id) => id !== input.survivorId);
  // Rescored in the same write, from the survivor's own events (scoring reads only those).
  const rescored = parseOrThrow(lead, { ...merged.value, ...ctx.brain().derive(merged.value, await eventsOfLead(ctx, input.survivorId), now) }, 'merged lead');
  const changes = planMergeChanges({
    survivorId: input.survivorId,
    storedLeads: [...stored.values()],
    survivorAfter: rescored as unknown as JsonObject,
    owned: await ownedDocuments(ctx, mergedIds),
    now,
  });
  if (changes.length > maxChanges) throw new InvalidDataError(`These leads have too many notes and reminders to merge at once (${changes.length} documents, at most ${maxChanges})`);
  const names = mergedIds.map((id) => leadName(leads.find((l) => l.id === id) ?? {}));
  const label = `Merged ${names.join(', ')} into ${leadName(rescored)}`.slice(0, 300);
  const set = await applyChangeSet(ctx, { kind: 'merge', label, leadIds: [input.survivorId, ...mergedIds], changes });

  // Events are immutable and never part of a change set: written once it is applied.
  const at = ctx.clock();
  await recordEvents(ctx, [
    ...markedEvents(survivorBefore, rescored, { action: 'merged', changeSetId: set.id, mergedLeadIds: mergedIds, mergedNames: names }).map((draft) =>
      newEvent(ctx, input.survivorId, draft.type, draft.data, at),
    ),
    ...mergedIds.map((id) => newEvent(ctx, id, 'lead_deleted', { action: 'merged', mergedInto: input.survivorId, changeSetId: set.id }, at)),
  ]);
  return { changeSetId: set.id, survivor: rescored, mergedIds };
}

const leadChangesOf = (set: ChangeSet): DocumentChange[] => set.changes.filter((change) => change.collection === 'leads');

export async function undoMerge(ctx: DataContext, changeSetId: string): Promise<{ problems: readonly string[] }> {
  const set = await getChangeSet(ctx, changeSetId);
  if (!set || set.kind !== 'merge') throw new NotFoundError('There is no such merge to undo');
  const survivorId = leadChangesOf(set).find((change) => change.after !== null)?.id;
  const mergedIds = leadChangesOf(set)
    .filter((change) => change.after === null)
    .map((change) => change.id);
  if (!survivorId) throw new InvalidDataError('This merge names no surviving lead');
  const before = await readStoredDocuments(ctx, 'leads', [survivorId]);
  const undone = await undoChangeSet(ctx, changeSetId);
  // The survivor's score follows its fields again (a restored lead kept the one it had).
  const rescored = await updateLead(ctx, survivorId, {}).catch(() => null);
  const at = ctx.clock();
  const survivorBefore = before.get(survivorId);
  const drafts: EventDraft[] =
    survivorBefore && rescored ? markedEvents(parseOrThrow(lead, survivorBefore, 'lead'), rescored, { action: 'merge_undone', changeSetId, restoredLeadIds: mergedIds }) : [];
  const restored = await readStoredDocuments(ctx, 'leads', mergedIds);
  await recordEvents(ctx, [
    ...drafts.map((draft) => newEvent(ctx, survivorId, draft.type, draft.data, at)),
    ...[...restored.keys()].map((id) => newEvent(ctx, id, 'lead_restored', { action: 'merge_undone', changeSetId, survivorId }, at)),
  ]);
  const recomputed = new RegExp(`field "(${recomputedFields.join('|')})"`);
  return { problems: undone.problems.filter((problem) => !recomputed.test(problem)) };
}

function historyEntry(set: ChangeSet): MergeHistoryEntry | null {
  const changes = leadChangesOf(set);
  const survivor = changes.find((change) => change.after !== null);
  if (!survivor) return null;
  const merged = changes
    .filter((change) => change.after === null && change.before !== null)
    .map((change) => {
      const doc = change.before as JsonObject;
      const company = doc['company'];
      return {
        id: change.id,
        name: typeof doc['name'] === 'string' ? doc['name'] : '',
        email: typeof doc['email'] === 'string' ? doc['email'] : '',
        company: typeof company === 'object' && company !== null && !Array.isArray(company) && typeof company['name'] === 'string' ? company['name'] : '',
      };
    });
  return { changeSetId: set.id, label: set.label, at: set.at, status: set.status, survivorId: survivor.id, merged, undoneAt: set.undoneAt, problems: set.problems };
}

/** Merges into the lead (applied or undone), newest first. */
export function observeMergesInto(ctx: DataContext, leadId: string): Observable<MergeHistoryEntry[]> {
  return observeChangeSets(ctx).pipe(
    map((sets) =>
      sets
        .filter((set) => set.kind === 'merge' && (set.status === 'applied' || set.status === 'undone'))
        .map(historyEntry)
        .filter((entry): entry is MergeHistoryEntry => entry !== null && entry.survivorId === leadId),
    ),
  );
}
