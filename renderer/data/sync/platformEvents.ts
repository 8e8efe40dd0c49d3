import type { RxChangeEventBulk } from 'rxdb';
import { derivedStateChanged } from '../../../core/brain/leadBrain';
import type { LeadEvent } from '../../../core/model/event';
import { lead as leadSchema, type Lead } from '../../../core/model/lead';
import { changeDocuments } from '../changeDocuments';
import type { DataContext } from '../context';
import { eventsOfLead } from '../leadEventReads';
import { parseOrThrow } from '../validate';

/**
 * Events the platform wrote (a quote request from the marketplace, an email opened, a page
 * viewed; actor kind 'platform') arrive by replication. The platform already counted them on the
 * lead; here the lead's derived state (engagement level, urgency, follow-up, score) is brought up
 * to date from its events, as recordLeadEvent does for an event logged in the app. Rules see the
 * event anyway (they follow the events collection). Only events arriving, never leads arriving,
 * start this: two devices rescoring every received lead would send decayed scores back and forth.
 * Only the seller's own leads: a manager holds the team's leads but their owners' devices derive them.
 */
export function followPlatformEvents(ctx: DataContext, options: { delayMs?: number } = {}): { settled(): Promise<void>; stop(): void } {
  // The lead the event belongs to usually arrives in the same moment on its own stream: wait a little.
  const delayMs = options.delayMs ?? 250;
  let waiting = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const subscription = ctx.db.events.eventBulks$.subscribe((bulk) => {
    for (const change of (bulk as RxChangeEventBulk<LeadEvent>).events) {
      if (change.operation !== 'INSERT') continue;
      const event = change.documentData;
      if (event.actor?.kind !== 'platform' || event.ownerId !== ctx.seller.userId) continue;
      waiting.add(event.leadId);
    }
    if (waiting.size > 0 && timer === null && !stopped) timer = setTimeout(flush, delayMs);
  });

  function flush(): void {
    timer = null;
    const ids = [...waiting];
    waiting = new Set();
    if (ids.length === 0 || stopped) return;
    running = running.then(() => derive(ids)).catch((error: unknown) => console.warn('Lead Center: bringing leads up to date after platform events failed', error));
  }

  async function derive(ids: readonly string[]): Promise<void> {
    const now = ctx.clock();
    const brain = ctx.brain();
    const eventsById = new Map<string, LeadEvent[]>();
    for (const id of ids) eventsById.set(id, await eventsOfLead(ctx, id));
    await changeDocuments<Lead>(
      ctx.db.leads,
      (stored) => parseOrThrow(leadSchema, stored, `stored lead ${String(stored.id)}`),
      ids,
      (current) => {
        if (current.ownerId !== ctx.seller.userId) return null;
        const next = brain.derive(current, eventsById.get(current.id) ?? [], now);
        // Like a rescoring pass: not an edit, so updatedAt stays.
        return derivedStateChanged(current, next) ? { data: { ...current, ...next } } : null;
      },
      'lead-center-platform-events',
    );
  }

  return {
    async settled() {
      if (timer !== null) {
        clearTimeout(timer);
        flush();
      }
      await running;
    },
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      subscription.unsubscribe();
    },
  };
}
