import { BehaviorSubject, type Observable } from 'rxjs';
import { derivedStateChanged, type DerivedLeadState } from '../../core/brain/leadBrain';
import { lead as leadSchema, type Lead } from '../../core/model/lead';
import type { LeadEvent } from '../../core/model/event';
import { scoringFingerprint } from '../../core/settings/leadSettings';
import { changeDocuments } from './changeDocuments';
import * as configStore from './configStore';
import type { DataContext } from './context';
import type { RescoreReason, RescoreStatus, Rescoring } from './contract';
import { eventsInLeadRange } from './leadEventReads';
import type { RescoreCompute } from './rescoreCompute';
import { queryStorage } from './queryStorage';
import { yieldToUi } from './storedDocuments';
import { parseOrThrow } from './validate';

export const scoringStateConfig = { kind: 'scoring-state', key: 'default' } as const;

export interface ScoringState {
  lastFullPassAt: number;
  settingsFingerprint: string;
  leadsScored: number;
}

const idle: RescoreStatus = { running: false, reason: null, done: 0, total: 0, changed: 0, lastFinishedAt: null, lastError: null };

/**
 * The full rescoring pass: every live lead, in id order, chunk by chunk — read the leads and
 * (one index range) their events, derive level and score in the compute (a Web Worker in the
 * app), write only the leads whose derived fields changed, report progress, let the page paint.
 * A lead edited while the pass runs is skipped: its edit already rescored it.
 */
export class RescoringRunner implements Rescoring {
  private readonly statusSubject = new BehaviorSubject<RescoreStatus>(idle);
  private current: Promise<void> | null = null;
  private again: RescoreReason | null = null;
  private closed = false;

  constructor(
    private readonly ctx: DataContext,
    private readonly compute: RescoreCompute,
    private readonly chunkSize = 500,
  ) {}

  observe(): Observable<RescoreStatus> {
    return this.statusSubject.asObservable();
  }

  get status(): RescoreStatus {
    return this.statusSubject.value;
  }

  /** Runs a pass; if one is running, one more runs after it (several requests make one). */
  async runNow(reason: RescoreReason): Promise<void> {
    if (this.closed) return;
    if (this.current) {
      // The running loop checks `again` when its pass ends.
      this.again = reason;
      return this.current;
    }
    this.current = this.loop(reason).finally(() => {
      this.current = null;
    });
    return this.current;
  }

  private async loop(first: RescoreReason): Promise<void> {
    let reason: RescoreReason | null = first;
    while (reason !== null && !this.closed) {
      this.again = null;
      await this.pass(reason);
      reason = this.again;
    }
  }

  private async pass(reason: RescoreReason): Promise<void> {
    const settings = this.ctx.brain().settings;
    const now = this.ctx.clock();
    const total = await this.ctx.db.leads.count().exec();
    let done = 0;
    let changed = 0;
    this.statusSubject.next({ ...this.statusSubject.value, running: true, reason, done, total, lastError: null });
    try {
      let after = '';
      for (;;) {
        if (this.closed) return;
        const docs = await queryStorage(this.ctx.db.leads, { selector: { id: { $gt: after } }, sort: [{ id: 'asc' }], limit: this.chunkSize });
        if (docs.length === 0) break;
        const firstId = docs[0]?.id ?? '';
        after = docs[docs.length - 1]?.id ?? after;
        const byLead = await eventsInLeadRange(this.ctx, firstId, after);
        const events: Record<string, LeadEvent[]> = {};
        for (const doc of docs) events[doc.id] = byLead.get(doc.id) ?? [];
        const derived = await this.compute.derive({ settings, now, leads: docs, events });
        changed += await this.writeChanged(docs, derived);
        done += docs.length;
        this.statusSubject.next({ ...this.statusSubject.value, done, total: Math.max(total, done) });
        await yieldToUi();
      }
      await configStore.setConfig<ScoringState>(this.ctx, scoringStateConfig.kind, scoringStateConfig.key, {
        lastFullPassAt: now,
        settingsFingerprint: scoringFingerprint(settings),
        leadsScored: done,
      });
      this.statusSubject.next({ running: false, reason, done, total: done, changed, lastFinishedAt: this.ctx.clock(), lastError: null });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.statusSubject.next({ ...this.statusSubject.value, running: false, lastError: message });
      throw error;
    }
  }

  private async writeChanged(stored: readonly Lead[], derived: readonly (DerivedLeadState | null)[]): Promise<number> {
    const wanted = new Map<string, { read: Lead; next: DerivedLeadState }>();
    stored.forEach((l, i) => {
      const next = derived[i];
      // Only the owner's device derives a lead (a manager holds the team's leads too): two devices
      // writing decayed scores of one lead would send them back and forth.
      if (next && l.ownerId === this.ctx.seller.userId && derivedStateChanged(l, next)) wanted.set(l.id, { read: l, next });
    });
    if (wanted.size === 0) return 0;
    const written = await changeDocuments(
      this.ctx.db.leads,
      (stored) => parseOrThrow(leadSchema, stored, `stored lead ${String(stored.id)}`),
      [...wanted.keys()],
      (current) => {
        const plan = wanted.get(current.id);
        // Edited since we read it: that edit rescored it with newer facts.
        if (!plan || current.updatedAt !== plan.read.updatedAt) return null;
        // Decay is not an edit, so updatedAt stays.
        return { data: { ...current, ...plan.next } };
      },
      'lead-center-rescore',
    );
    return written.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.current?.catch(() => undefined);
    this.compute.close();
    this.statusSubject.complete();
  }
}
