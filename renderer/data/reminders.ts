import type { Observable } from 'rxjs';
import { reminder, type Reminder } from '../../core/model/reminder';
import { changeDocuments } from './changeDocuments';
import { newDocumentFields, type DataContext } from './context';
import { NotFoundError } from './errors';
import { newEvent, recordEvents } from './eventLog';
import { requireLiveLead, touchLead } from './leadWrites';
import { observeDocuments } from './readDocuments';
import { insertRow, writeRows } from './storedDocuments';
import { parseOrThrow } from './validate';

const readReminder = (stored: Record<string, unknown>): Reminder => parseOrThrow(reminder, stored, 'stored reminder');

/** A lead's reminders (open and done), soonest due first. */
export function observeReminders(ctx: DataContext, leadId: string): Observable<Reminder[]> {
  return observeDocuments(ctx.db.reminders.find({ selector: { leadId }, sort: [{ dueAt: 'asc' }] }).$, reminder, 'reminder');
}

/** Open reminders due at or before `until`, soonest first, across all leads (index done+dueAt). */
export function observeDueReminders(ctx: DataContext, until: number): Observable<Reminder[]> {
  return observeDocuments(ctx.db.reminders.find({ selector: { done: false, dueAt: { $lte: until } }, sort: [{ dueAt: 'asc' }] }).$, reminder, 'reminder');
}

export async function addReminder(ctx: DataContext, leadId: string, input: { kind: Reminder['kind']; dueAt: number; title?: string }): Promise<Reminder> {
  await requireLiveLead(ctx, leadId);
  const now = ctx.clock();
  const added = parseOrThrow(
    reminder,
    {
      ...newDocumentFields(ctx, now),
      leadId,
      kind: input.kind,
      title: input.title ?? '',
      dueAt: input.dueAt,
      origin: 'user',
      assigneeId: ctx.seller.userId,
    },
    'reminder',
  );
  await writeRows(ctx.db.reminders, [insertRow(added)], 'lead-center-add-reminder');
  await recordEvents(ctx, [newEvent(ctx, leadId, 'reminder_created', { reminderId: added.id, kind: added.kind, dueAt: added.dueAt, title: added.title }, now)]);
  await touchLead(ctx, leadId, now);
  return added;
}

/** Marks done (records reminder_done) or open again. */
export async function setReminderDone(ctx: DataContext, id: string, done: boolean): Promise<void> {
  const now = ctx.clock();
  const [written] = await changeDocuments(
    ctx.db.reminders,
    readReminder,
    [id],
    (current) => (current.done === done ? null : { data: { ...current, done, doneAt: done ? now : null, updatedAt: now } }),
    'lead-center-reminder-done',
  );
  if (!written) {
    const [exists] = await ctx.db.reminders.storageInstance.findDocumentsById([id], false);
    if (!exists) throw new NotFoundError(`Reminder ${id} does not exist or was deleted`);
    return;
  }
  if (done) {
    const leadId = written.after.leadId;
    await recordEvents(ctx, [newEvent(ctx, leadId, 'reminder_done', { reminderId: id, kind: written.after.kind }, now)]);
    await touchLead(ctx, leadId, now);
  }
}

/** Records that the OS notification was shown, so a reminder notifies once. */
export async function markReminderNotified(ctx: DataContext, id: string): Promise<void> {
  const now = ctx.clock();
  await changeDocuments(ctx.db.reminders, readReminder, [id], (current) => ({ data: { ...current, notifiedAt: now, updatedAt: now } }), 'lead-center-reminder-notified');
}

export async function deleteReminder(ctx: DataContext, id: string): Promise<void> {
  const now = ctx.clock();
  await changeDocuments(ctx.db.reminders, readReminder, [id], (current) => ({ data: { ...current, updatedAt: now }, deleted: true }), 'lead-center-delete-reminder');
}
