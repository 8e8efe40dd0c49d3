import type { RxCollection } from 'rxdb';
import { Subject, type Observable, type Subscription } from 'rxjs';
import { lead, type Lead } from '../../../core/model/lead';
import type { ReviewLead } from '../../../core/review/reviewCounts';
import { yieldToUi } from '../storedDocuments';

const summarySchema = lead.pick({ id: true, lastInterestAt: true, lastEventAt: true });
const chunkSize = 500;

function summaryOf(doc: unknown, id: string): ReviewLead {
  const parsed = summarySchema.safeParse(doc);
  // A lead that cannot be read counts as one with no recorded activity, rather than never counting.
  return parsed.success ? parsed.data : { id, lastInterestAt: null, lastEventAt: {} };
}

/**
 * What the review counts need of whole leads (last sign of interest, latest time per event type),
 * for the few leads they need: read once by id, then kept current from the leads collection's
 * change events, so a change that leaves the list row as it was (an event logged late) is seen too.
 */
export class LeadSummaries {
  private readonly summaries = new Map<string, ReviewLead>();
  private readonly changes = new Subject<void>();
  private readonly subscription: Subscription;
  private reading: Promise<void> = Promise.resolve();

  constructor(private readonly collection: RxCollection<Lead>) {
    this.subscription = collection.eventBulks$.subscribe((bulk) => {
      for (const event of bulk.events) {
        if (event.operation === 'DELETE') this.summaries.delete(event.documentId);
        else this.summaries.set(event.documentId, summaryOf(event.documentData, event.documentId));
      }
      this.changes.next();
    });
  }

  /** Fires after lead changes were applied. */
  get changed$(): Observable<void> {
    return this.changes.asObservable();
  }

  /** The summaries known now (a subset of `ids` until ensure() has read the rest). */
  known(ids: readonly string[]): Map<string, ReviewLead> {
    const out = new Map<string, ReviewLead>();
    for (const id of ids) {
      const summary = this.summaries.get(id);
      if (summary) out.set(id, summary);
    }
    return out;
  }

  missing(ids: readonly string[]): string[] {
    return ids.filter((id) => !this.summaries.has(id));
  }

  /** Reads the leads not known yet, 500 at a time, letting the UI paint between reads; one read at a time. */
  ensure(ids: readonly string[]): Promise<void> {
    const next = this.reading.then(() => this.readMissing(ids));
    this.reading = next.catch(() => undefined);
    return next;
  }

  private async readMissing(ids: readonly string[]): Promise<void> {
    const missing = this.missing(ids);
    for (let start = 0; start < missing.length; start += chunkSize) {
      const chunk = missing.slice(start, start + chunkSize);
      const docs = await this.collection.storageInstance.findDocumentsById(chunk, false);
      for (const doc of docs) {
        // A change event may have brought a newer state meanwhile: it wins.
        if (!this.summaries.has(doc.id)) this.summaries.set(doc.id, summaryOf(doc, doc.id));
      }
      // Gone since the list showed it (deleted): nothing recorded, until a change event says otherwise.
      for (const id of chunk) if (!this.summaries.has(id)) this.summaries.set(id, { id, lastInterestAt: null, lastEventAt: {} });
      if (start + chunkSize < missing.length) await yieldToUi();
    }
  }

  stop(): void {
    this.subscription.unsubscribe();
    this.changes.complete();
  }
}
