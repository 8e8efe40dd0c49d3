import { bookkeepingEventTypes, leadEvent } from '../../core/model/event';
import { lead, type Lead } from '../../core/model/lead';
import { changeDocuments } from './changeDocuments';
import { brainActor, newDocumentFields, type DataContext } from './context';
import type { RecordLeadEventInput } from './contract';
import { NotFoundError } from './errors';
import { newEvent, recordEvents } from './eventLog';
import { eventsOfLead } from './leadEventReads';
import { requireLiveLead } from './leadWrites';
import { parseOrThrow } from './validate';


/**
 * Records an activity with the buyer and brings the lead up to date: the event is stored first
 * (the fact is never lost), then the lead in one write — counters, last interest, stage (forward
 * only), engagement level, urgency, follow-up and score from all its events. If the app stops
 * between the two writes, the next full rescoring pass re-derives level and score from the
 * stored events; only the counter of that one event stays behind.
 */
export async function recordLeadEvent(ctx: DataContext, leadId: string, input: RecordLeadEventInput): Promise<Lead> {
  const type = parseOrThrow(leadEvent.shape.type, input.type, 'event type');
  if (bookkeepingEventTypes.has(type)) throw new TypeError(`"${type}" is recorded by Lead Center itself and cannot be logged by hand`);
  await requireLiveLead(ctx, leadId);
  const event = newEvent(ctx, leadId, type, input.data ?? {}, input.at);
  const earlier = await eventsOfLead(ctx, leadId);
  await recordEvents(ctx, [event]);
  const events = [...earlier, event].sort((a, b) => a.at - b.at);

  const now = ctx.clock();
  const brain = ctx.brain();
  let stageMove: { from: string; to: string } | null = null;
  const [written] = await changeDocuments(
    ctx.db.leads,
    (stored) => parseOrThrow(lead, stored, `stored lead ${String(stored.id)}`),
    [leadId],
    (current) => {
      const effect = brain.applyEvent(current, event);
      stageMove = effect.stageMove;
      const next = parseOrThrow(lead, { ...effect.lead, updatedAt: now }, 'lead');
      return { data: { ...next, ...brain.derive(next, events, now) } };
    },
    'lead-center-record-lead-event',
  );
  if (!written) throw new NotFoundError(`Lead ${leadId} does not exist or was deleted`);
  const move = stageMove as { from: string; to: string } | null;
  if (move !== null) {
    await recordEvents(ctx, [
      parseOrThrow(
        leadEvent,
        {
          ...newDocumentFields(ctx, now),
          leadId,
          type: 'stage_changed',
          at: now,
          actor: brainActor,
          data: { from: move.from, to: move.to, cause: type, causeEventId: event.id },
        },
        'event',
      ),
    ]);
  }
  return written.after;
}
