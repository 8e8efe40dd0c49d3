import type { LeadEvent } from '../../core/model/event';
import type { DataContext } from './context';
import { queryStorage } from './queryStorage';

/**
 * Events read for scoring. They were validated when written (recordEvents) or when replicated in,
 * and the scoring engines ignore bad values, so only the shape scoring relies on is checked here:
 * re-parsing every event with zod on each full pass would cost seconds on 100,000 leads.
 */
function usable(doc: Record<string, unknown>): doc is Record<string, unknown> & LeadEvent {
  return typeof doc.leadId === 'string' && typeof doc.type === 'string' && typeof doc.at === 'number' && typeof doc.id === 'string';
}

function toEvents(docs: readonly Record<string, unknown>[]): LeadEvent[] {
  const events: LeadEvent[] = [];
  for (const doc of docs) {
    // Storage metadata (_rev, _meta…) is left on: scoring never reads it, and copying costs.
    if (usable(doc)) events.push(doc);
  }
  return events;
}

/** One lead's events, oldest first (index leadId+at). */
export async function eventsOfLead(ctx: DataContext, leadId: string): Promise<LeadEvent[]> {
  return toEvents(await queryStorage(ctx.db.events, { selector: { leadId }, sort: [{ leadId: 'asc' }, { at: 'asc' }] }));
}

/** Events of the given leads, by lead id (one index lookup per lead, in parallel). */
export async function eventsOfLeads(ctx: DataContext, leadIds: readonly string[]): Promise<Map<string, LeadEvent[]>> {
  const unique = [...new Set(leadIds)];
  const lists = await Promise.all(unique.map((id) => eventsOfLead(ctx, id)));
  return new Map(unique.map((id, i) => [id, lists[i] ?? []]));
}

/** Events of every lead whose id lies in [firstId, lastId]: one index range for a chunk of leads read in id order. */
export async function eventsInLeadRange(ctx: DataContext, firstId: string, lastId: string): Promise<Map<string, LeadEvent[]>> {
  const docs = await queryStorage(ctx.db.events, { selector: { leadId: { $gte: firstId, $lte: lastId } }, sort: [{ leadId: 'asc' }, { at: 'asc' }] });
  const byLead = new Map<string, LeadEvent[]>();
  for (const event of toEvents(docs)) {
    const list = byLead.get(event.leadId);
    if (list) list.push(event);
    else byLead.set(event.leadId, [event]);
  }
  return byLead;
}
