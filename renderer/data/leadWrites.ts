import { lead, type Lead, type LeadInput } from '../../core/model/lead';
import { changeDocuments } from './changeDocuments';
import { newDocumentFields, type DataContext } from './context';
import type { DeletedLeads, Progress } from './contract';
import { NotFoundError, WriteConflictError } from './errors';
import { newEvent, recordEvents } from './eventLog';
import { eventsForLeadChange, type EventDraft } from './leadChanges';
import { deepEqual } from './deepEqual';
import { derivedFields } from '../../core/brain/leadBrain';
import { eventsOfLead, eventsOfLeads } from './leadEventReads';
import { insertRow, replaceRow, writeRows, yieldToUi } from './storedDocuments';
import { parseOrThrow } from './validate';

/** Leads per storage write in bulk operations: big enough to be fast, small enough to show progress. */
export const leadChunkSize = 500;

export type LeadCreateInput = Omit<LeadInput, 'id' | 'ownerId' | 'teamId' | 'createdAt' | 'updatedAt'>;
export type LeadPatch = Partial<Omit<Lead, 'id' | 'ownerId' | 'teamId' | 'createdAt' | 'updatedAt'>>;

/**
 * Set by the data layer only; a patch naming them is not allowed to change them. Score,
 * temperature, engagement level, urgency and next follow-up are the lead brain's: they follow
 * from the lead, its events and the settings, so a patch cannot set them either.
 */
const fixedFields = new Set<string>(['id', 'ownerId', 'teamId', 'createdAt', 'updatedAt', ...derivedFields]);

function readLead(stored: Record<string, unknown>): Lead {
  return parseOrThrow(lead, stored, `stored lead ${String(stored.id)}`);
}

export async function createLead(ctx: DataContext, input: LeadCreateInput): Promise<Lead> {
  const now = ctx.clock();
  const fields = Object.fromEntries(Object.entries(input).filter(([field]) => !fixedFields.has(field)));
  const parsed = parseOrThrow(lead, { ...fields, ...newDocumentFields(ctx, now), lastActivityAt: now }, 'lead');
  const created: Lead = { ...parsed, ...ctx.brain().derive(parsed, [], now) };
  const { conflicts } = await writeRows(ctx.db.leads, [insertRow(created)], 'lead-center-create-lead');
  if (conflicts.length > 0) throw new WriteConflictError(`a lead with id ${created.id} already exists`, conflicts);
  await recordEvents(ctx, [newEvent(ctx, created.id, 'lead_created', {}, now)]);
  return created;
}

export async function updateLead(ctx: DataContext, id: string, patch: LeadPatch): Promise<Lead> {
  const changes = Object.fromEntries(Object.entries(patch).filter(([field]) => !fixedFields.has(field)));
  const now = ctx.clock();
  let drafts: EventDraft[] = [];
  let unchanged: Lead | undefined;
  const events = await eventsOfLead(ctx, id);
  const brain = ctx.brain();
  const [result] = await changeDocuments(
    ctx.db.leads,
    readLead,
    [id],
    (current) => {
      const parsed = parseOrThrow(lead, { ...current, ...changes, updatedAt: now }, 'lead');
      // Rescored in the same write: a field change (budget, job title, group) moves the score at once.
      const next: Lead = { ...parsed, ...brain.derive(parsed, events, now) };
      drafts = eventsForLeadChange(current, next);
      if (drafts.length === 0 && deepEqual({ ...next, updatedAt: current.updatedAt }, current)) {
        unchanged = current;
        return null;
      }
      // A user's edit is activity; derived fields written by engines are not.
      if (drafts.length > 0 && !('lastActivityAt' in changes)) next.lastActivityAt = Math.max(current.lastActivityAt ?? 0, now);
      return { data: next };
    },
    'lead-center-update-lead',
  );
  if (!result) {
    if (unchanged) return unchanged;
    throw new NotFoundError(`Lead ${id} does not exist or was deleted`);
  }
  await recordEvents(
    ctx,
    drafts.map((draft) => newEvent(ctx, id, draft.type, draft.data, now)),
  );
  return result.after;
}

/** Sets lastActivityAt to `at` unless the lead already has later activity (notes, reminders). */
export async function touchLead(ctx: DataContext, id: string, at: number): Promise<void> {
  await changeDocuments(
    ctx.db.leads,
    readLead,
    [id],
    (current) => ((current.lastActivityAt ?? -1) >= at ? null : { data: { ...current, lastActivityAt: at, updatedAt: ctx.clock() } }),
    'lead-center-touch-lead',
  );
}

export async function requireLiveLead(ctx: DataContext, id: string): Promise<void> {
  const [found] = await ctx.db.leads.storageInstance.findDocumentsById([id], false);
  if (!found) throw new NotFoundError(`Lead ${id} does not exist or was deleted`);
}

/** Runs `work` over `items` in chunks, reporting progress after each and letting the UI paint. */
export async function inChunks<T>(items: readonly T[], work: (chunk: T[]) => Promise<void>, onProgress?: (progress: Progress) => void): Promise<void> {
  const total = items.length;
  onProgress?.({ done: 0, total });
  for (let start = 0; start < total; start += leadChunkSize) {
    await work(items.slice(start, start + leadChunkSize));
    onProgress?.({ done: Math.min(start + leadChunkSize, total), total });
    await yieldToUi();
  }
}

/**
 * Changes many leads, chunk by chunk, one event per changed lead. `change` returns the lead's
 * new fields, or null when it has nothing to change.
 */
async function changeLeads(
  ctx: DataContext,
  ids: readonly string[],
  change: (current: Lead) => Partial<Lead> | null,
  event: (before: Lead, after: Lead) => EventDraft,
  context: string,
  onProgress?: (progress: Progress) => void,
): Promise<void> {
  await inChunks(
    [...new Set(ids)],
    async (chunk) => {
      const now = ctx.clock();
      const events = await eventsOfLeads(ctx, chunk);
      const brain = ctx.brain();
      const written = await changeDocuments(
        ctx.db.leads,
        readLead,
        chunk,
        (current) => {
          const fields = change(current);
          if (!fields) return null;
          const next = parseOrThrow(lead, { ...current, ...fields, updatedAt: now, lastActivityAt: now }, 'lead');
          return { data: { ...next, ...brain.derive(next, events.get(current.id) ?? [], now) } };
        },
        context,
      );
      await recordEvents(
        ctx,
        written.map(({ before, after }) => {
          const draft = event(before, after);
          return newEvent(ctx, after.id, draft.type, draft.data, now);
        }),
      );
    },
    onProgress,
  );
}

export async function moveLeadsToGroup(ctx: DataContext, ids: readonly string[], group: string, onProgress?: (progress: Progress) => void): Promise<void> {
  const to = parseOrThrow(lead.shape.group, group, 'group');
  await changeLeads(
    ctx,
    ids,
    (current) => (current.group === to ? null : { group: to }),
    (before) => ({ type: 'group_changed', data: { from: before.group, to } }),
    'lead-center-move-to-group',
    onProgress,
  );
}

const tagSchema = lead.shape.tags.unwrap().element;

export async function addTagToLeads(ctx: DataContext, ids: readonly string[], tag: string, onProgress?: (progress: Progress) => void): Promise<void> {
  const added = parseOrThrow(tagSchema, tag, 'tag');
  await changeLeads(
    ctx,
    ids,
    (current) => (current.tags.includes(added) ? null : { tags: [...current.tags, added] }),
    () => ({ type: 'tag_added', data: { tag: added } }),
    'lead-center-add-tag',
    onProgress,
  );
}

export async function removeTagFromLeads(ctx: DataContext, ids: readonly string[], tag: string, onProgress?: (progress: Progress) => void): Promise<void> {
  await changeLeads(
    ctx,
    ids,
    (current) => (current.tags.includes(tag) ? { tags: current.tags.filter((t) => t !== tag) } : null),
    () => ({ type: 'tag_removed', data: { tag } }),
    'lead-center-remove-tag',
    onProgress,
  );
}

/** Soft-deletes (RxDB _deleted, so it replicates); returns the leads as they were, for restoreLeads. */
export async function deleteLeads(ctx: DataContext, ids: readonly string[], onProgress?: (progress: Progress) => void): Promise<DeletedLeads> {
  const deleted: Lead[] = [];
  await inChunks(
    [...new Set(ids)],
    async (chunk) => {
      const now = ctx.clock();
      const written = await changeDocuments(ctx.db.leads, readLead, chunk, (current) => ({ data: { ...current, updatedAt: now }, deleted: true }), 'lead-center-delete-leads');
      deleted.push(...written.map((w) => w.before));
      await recordEvents(
        ctx,
        written.map((w) => newEvent(ctx, w.before.id, 'lead_deleted', {}, now)),
      );
    },
    onProgress,
  );
  return { leads: deleted };
}

/**
 * Brings deleted leads back with the data they had (updatedAt set to now). RxDB allows writing
 * over a tombstone with the same id. A lead that is live again meanwhile is left as it is.
 */
export async function restoreLeads(ctx: DataContext, deleted: DeletedLeads, onProgress?: (progress: Progress) => void): Promise<void> {
  const leads = await validLeads(deleted.leads);
  await inChunks(
    leads,
    async (chunk) => {
      const now = ctx.clock();
      const byId = new Map(chunk.map((l) => [l.id, { ...l, updatedAt: now }]));
      const restored: string[] = [];
      let pending = [...byId.keys()];
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt === 10) throw new WriteConflictError(`${pending.length} lead(s) kept changing while being restored`, pending);
        const stored = await ctx.db.leads.storageInstance.findDocumentsById(pending, true);
        const storedById = new Map(stored.map((doc) => [doc.id, doc]));
        const rows = pending.flatMap((id) => {
          const data = byId.get(id) as Lead;
          const current = storedById.get(id);
          if (!current) return [insertRow(data)];
          return current._deleted ? [replaceRow(current, data, false)] : [];
        });
        const { written, conflicts } = await writeRows(ctx.db.leads, rows, 'lead-center-restore-leads');
        restored.push(...written);
        pending = conflicts;
      }
      await recordEvents(
        ctx,
        restored.map((id) => newEvent(ctx, id, 'lead_restored', {}, now)),
      );
    },
    onProgress,
  );
}

/** Validates every lead before the first write, so an import with a bad row writes nothing. */
async function validLeads(input: readonly unknown[]): Promise<Lead[]> {
  const leads: Lead[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < input.length; i++) {
    const valid = parseOrThrow(lead, input[i], `lead #${i + 1}`);
    if (ids.has(valid.id)) throw new Error(`lead #${i + 1}: id ${valid.id} appears twice`);
    ids.add(valid.id);
    leads.push(valid);
    if (i % leadChunkSize === leadChunkSize - 1) await yieldToUi();
  }
  return leads;
}

/**
 * Bulk load (demo data, imports): validates all, then writes chunk by chunk, each lead whole or
 * not at all, with a lead_created event each (at the lead's createdAt). Leads whose id is
 * already live are not overwritten; they are reported together at the end.
 */
export async function insertLeads(ctx: DataContext, input: readonly Lead[], onProgress?: (progress: Progress) => void): Promise<void> {
  const now = ctx.clock();
  const brain = ctx.brain();
  // Scored as they land: a bulk-loaded lead has no events yet, only its fields and counters.
  const leads = (await validLeads(input)).map((l) => ({ ...l, ...brain.derive(l, [], now) }));
  const existing: string[] = [];
  await inChunks(
    leads,
    async (chunk) => {
      const { written, conflicts } = await writeRows(ctx.db.leads, chunk.map(insertRow), 'lead-center-insert-leads');
      existing.push(...conflicts);
      const byId = new Map(chunk.map((l) => [l.id, l]));
      await recordEvents(
        ctx,
        written.map((id) => newEvent(ctx, id, 'lead_created', { bulk: true }, (byId.get(id) as Lead).createdAt)),
      );
    },
    onProgress,
  );
  if (existing.length > 0) {
    throw new WriteConflictError(`${existing.length} of ${leads.length} leads were not inserted: a lead with the same id exists (${existing.slice(0, 3).join(', ')}…)`, existing);
  }
}
