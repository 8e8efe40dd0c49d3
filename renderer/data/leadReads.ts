import { map, type Observable } from 'rxjs';
import { leadEvent, type LeadEvent } from '../../core/model/event';
import { lead, type Lead } from '../../core/model/lead';
import type { DataContext } from './context';
import { observeDocuments, readDocument } from './readDocuments';

export async function getLead(ctx: DataContext, id: string): Promise<Lead | null> {
  return readDocument(lead, await ctx.db.leads.findOne(id).exec(), 'lead');
}

export function observeLead(ctx: DataContext, id: string): Observable<Lead | null> {
  return ctx.db.leads.findOne(id).$.pipe(map((doc) => readDocument(lead, doc, 'lead')));
}

/** A lead's events, newest first (index leadId+at). */
export function observeEvents(ctx: DataContext, leadId: string): Observable<LeadEvent[]> {
  return observeDocuments(ctx.db.events.find({ selector: { leadId }, sort: [{ at: 'desc' }] }).$, leadEvent, 'event');
}
