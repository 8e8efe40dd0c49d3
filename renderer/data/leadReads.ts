import { combineLatest, map, switchMap, type Observable } from 'rxjs';
import { leadEvent, type LeadEvent } from '../../core/model/event';
import { lead, type Lead } from '../../core/model/lead';
import type { DataContext } from './context';
import { observeMergedLeadIds } from './duplicates/mergedLeads';
import { observeDocuments, readDocument } from './readDocuments';

export async function getLead(ctx: DataContext, id: string): Promise<Lead | null> {
  return readDocument(lead, await ctx.db.leads.findOne(id).exec(), 'lead');
}

export function observeLead(ctx: DataContext, id: string): Observable<Lead | null> {
  return ctx.db.leads.findOne(id).$.pipe(map((doc) => readDocument(lead, doc, 'lead')));
}

/** One lead's own events, newest first (index leadId+at). */
function observeOwnEvents(ctx: DataContext, leadId: string): Observable<LeadEvent[]> {
  return observeDocuments(ctx.db.events.find({ selector: { leadId }, sort: [{ at: 'desc' }] }).$, leadEvent, 'event');
}

const newestFirst = (a: LeadEvent, b: LeadEvent): number => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * A lead's events, newest first, with the events of the leads merged into it (they keep their
 * own leadId: events are immutable). Each lead is read by its index; scoring ignores events
 * whose leadId is another lead's, so only the history grows.
 */
export function observeEvents(ctx: DataContext, leadId: string): Observable<LeadEvent[]> {
  return observeMergedLeadIds(ctx, leadId).pipe(
    switchMap((merged) =>
      merged.length === 0
        ? observeOwnEvents(ctx, leadId)
        : combineLatest([leadId, ...merged].map((id) => observeOwnEvents(ctx, id))).pipe(map((lists) => lists.flat().sort(newestFirst))),
    ),
  );
}
