import { leadEvent, type LeadEvent, type LeadEventType } from '../../core/model/event';
import { newDocumentFields, userActor, type DataContext } from './context';
import { insertRow, writeRows } from './storedDocuments';
import { parseOrThrow } from './validate';

export type EventData = LeadEvent['data'];

/** A new event by the signed-in seller; `at` defaults to now. */
export function newEvent(ctx: DataContext, leadId: string, type: LeadEventType, data: EventData = {}, at?: number): LeadEvent {
  const now = ctx.clock();
  return parseOrThrow(
    leadEvent,
    {
      ...newDocumentFields(ctx, now),
      leadId,
      type,
      at: at ?? now,
      actor: userActor(ctx.seller),
      data,
    },
    'event',
  );
}

/** Appends events in one write. Events are only ever inserted (see makeEventsImmutable). */
export async function recordEvents(ctx: DataContext, events: readonly LeadEvent[]): Promise<void> {
  const { conflicts } = await writeRows(ctx.db.events, events.map(insertRow), 'lead-center-record-events');
  if (conflicts.length > 0) throw new Error(`event id already used: ${conflicts[0]}`);
}
