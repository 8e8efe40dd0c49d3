import type { Observable } from 'rxjs';
import { note, type Note } from '../../core/model/note';
import { changeDocuments } from './changeDocuments';
import { newDocumentFields, type DataContext } from './context';
import { NotFoundError } from './errors';
import { newEvent, recordEvents } from './eventLog';
import { requireLiveLead, touchLead } from './leadWrites';
import { observeDocuments } from './readDocuments';
import { insertRow, writeRows } from './storedDocuments';
import { parseOrThrow } from './validate';

const readNote = (stored: Record<string, unknown>): Note => parseOrThrow(note, stored, 'stored note');

/** A lead's notes, newest first. */
export function observeNotes(ctx: DataContext, leadId: string): Observable<Note[]> {
  return observeDocuments(ctx.db.notes.find({ selector: { leadId }, sort: [{ createdAt: 'desc' }] }).$, note, 'note');
}

export async function addNote(ctx: DataContext, leadId: string, body: string): Promise<Note> {
  await requireLiveLead(ctx, leadId);
  const now = ctx.clock();
  const added = parseOrThrow(
    note,
    { ...newDocumentFields(ctx, now), leadId, body, authorId: ctx.seller.userId, authorName: ctx.seller.userName },
    'note',
  );
  await writeRows(ctx.db.notes, [insertRow(added)], 'lead-center-add-note');
  await recordEvents(ctx, [newEvent(ctx, leadId, 'note_added', { noteId: added.id }, now)]);
  await touchLead(ctx, leadId, now);
  return added;
}

export async function editNote(ctx: DataContext, id: string, body: string): Promise<Note> {
  const now = ctx.clock();
  const [written] = await changeDocuments(ctx.db.notes, readNote, [id], (current) => ({ data: parseOrThrow(note, { ...current, body, updatedAt: now }, 'note') }), 'lead-center-edit-note');
  if (!written) throw new NotFoundError(`Note ${id} does not exist or was deleted`);
  return written.after;
}

export async function deleteNote(ctx: DataContext, id: string): Promise<void> {
  const now = ctx.clock();
  await changeDocuments(ctx.db.notes, readNote, [id], (current) => ({ data: { ...current, updatedAt: now }, deleted: true }), 'lead-center-delete-note');
}
