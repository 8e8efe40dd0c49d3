import { BehaviorSubject, type Observable, type Subscription } from 'rxjs';
import type { DeliveryStatus, MailSettings, SendOutcome } from '../../../core/desktop-api';
import { transitionEmail, type EmailAction } from '../../../core/emails/emailTransitions';
import { composeOutgoing, isDue, messageIdFor } from '../../../core/emails/outgoingMessage';
import { addressSuppressed, suppressionReason } from '../../../core/emails/suppression';
import type { Actor } from '../../../core/model/base';
import type { Email } from '../../../core/model/email';
import { lead as leadSchema, type Lead } from '../../../core/model/lead';
import type { Outbox, OutboxStatus } from '../emailContract';
import { NotFoundError } from '../errors';
import { recordLeadEvent } from '../leadActivity';
import { eventsOfLead } from '../leadEventReads';
import { getLead } from '../leadReads';
import { withoutMeta } from '../storedDocuments';
import { addressKey, type EmailDeps } from './emailDeps';
import { changeEmails, emailsInStatus, observeEmails } from './emailStore';
import type { MailPort } from './mailPort';

/** Who moves emails while sending them. */
export const outboxActor: Actor = { kind: 'system', id: 'outbox', name: 'Outbox' };

export interface OutboxOptions {
  /** Passes at start, every intervalMs and soon after an approval; off: only runNow (tests). */
  auto: boolean;
  intervalMs?: number;
  /** Delay of the pass that follows an approval. */
  soonDelayMs?: number;
  /**
   * An email left in `sending` by another window may still be on its way; it is resolved at this
   * window's first pass after opening, or once it has been sending this long (longer than any SMTP
   * attempt lasts).
   */
  staleSendingMs?: number;
  /** An approval younger than this waits, so it can still be taken back (the queue's Undo). */
  approvalUndoMs?: number;
}

const uncertainNote = 'may have been delivered; check the sent folder before drafting again';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sendingSince(email: Email): number {
  for (let i = email.auditTrail.length - 1; i >= 0; i--) {
    const entry = email.auditTrail[i];
    if (entry && entry.to === 'sending') return entry.at;
  }
  return email.updatedAt;
}

interface PassCounts {
  sent: number;
  cancelled: number;
  failed: number;
  unresolved: number;
}

/**
 * The outbox (DESIGN.md "Emails"): the only way an email reaches SMTP. A pass (1) asks the host
 * whether the SMTP server is reachable, and if not touches nothing; (2) resolves emails left in
 * `sending` by a crash: the host's journal says whether that Message-ID was accepted (then it is
 * recorded as sent), may have gone (then it fails for good: never sent twice), or never went
 * (then, unless the address is suppressed by now, it is sent); (3) sends each approved email that is due, after
 * checking its lead and every lead with its address for suppression once more: a suppressed
 * address cancels the email with the reason. A sent email records email_sent on its lead.
 * Passes never overlap: one asked for while another runs waits for it.
 */
export class OutboxRunner implements Outbox {
  private readonly state: BehaviorSubject<OutboxStatus>;
  private tail: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;
  private firstPass = true;
  private closed = false;
  /** Emails this window is handing to SMTP right now: never "resolved" by its own next pass. */
  private readonly inFlight = new Set<string>();
  private readonly timers: ReturnType<typeof setTimeout>[] = [];
  private interval: ReturnType<typeof setInterval> | undefined;
  private soonTimer: ReturnType<typeof setTimeout> | undefined;
  private laterTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly waitingSubscription: Subscription;

  constructor(
    private readonly deps: EmailDeps,
    private readonly options: OutboxOptions,
  ) {
    this.state = new BehaviorSubject<OutboxStatus>({
      waiting: 0,
      sending: false,
      serverReachable: deps.mail === null ? false : null,
      message: deps.mail === null ? 'Sending is not available here.' : 'The mail server has not been checked yet.',
      lastRunAt: null,
    });
    this.waitingSubscription = observeEmails(deps.ctx, { statuses: ['approved', 'failed'] }).subscribe((emails) => {
      const waiting = emails.filter((e) => e.status === 'approved' || e.nextAttemptAt !== null).length;
      if (waiting !== this.state.value.waiting) this.update({ waiting });
    });
    if (options.auto) {
      this.timers.push(setTimeout(() => void this.runNow(), 0));
      this.interval = setInterval(() => void this.runNow(), options.intervalMs ?? 30_000);
    }
  }

  get status(): OutboxStatus {
    return this.state.value;
  }

  observe(): Observable<OutboxStatus> {
    return this.state.asObservable();
  }

  runNow(): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.queued) return this.queued;
    const next = this.tail.then(() => {
      this.queued = null;
      return this.pass();
    });
    this.queued = next;
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** A pass after `delayMs` (automatic runs only), e.g. when an undo window closes. */
  private later(delayMs: number): void {
    if (!this.options.auto || this.closed) return;
    clearTimeout(this.laterTimer);
    this.laterTimer = setTimeout(() => void this.runNow(), delayMs);
  }

  /** After an approval: a pass shortly (automatic runs only). */
  soon(): void {
    if (!this.options.auto || this.closed) return;
    clearTimeout(this.soonTimer);
    this.soonTimer = setTimeout(() => void this.runNow(), this.options.soonDelayMs ?? 200);
  }

  /** Stops the timers and waits (a little) for a pass under way: a send may hang on the network. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.interval);
    clearTimeout(this.soonTimer);
    clearTimeout(this.laterTimer);
    for (const timer of this.timers) clearTimeout(timer);
    this.waitingSubscription.unsubscribe();
    let timeout: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([this.tail, new Promise<void>((resolve) => (timeout = setTimeout(resolve, 2_000)))]);
    clearTimeout(timeout);
    this.state.complete();
  }

  private update(patch: Partial<OutboxStatus>): void {
    if (this.state.closed) return;
    this.state.next({ ...this.state.value, ...patch });
  }

  private async pass(): Promise<void> {
    if (this.closed) return;
    const mail = this.deps.mail;
    if (mail === null) {
      this.update({ serverReachable: false, message: 'Sending is not available here.', lastRunAt: this.deps.ctx.clock() });
      return;
    }
    this.update({ sending: true });
    try {
      let check: { reachable: boolean; message: string };
      try {
        check = await mail.checkMailServer();
      } catch (error) {
        check = { reachable: false, message: errorText(error) };
      }
      if (!check.reachable) {
        this.update({ serverReachable: false, message: `SMTP server not reachable: ${check.message}` });
        return;
      }
      const view = await mail.getMailSettings();
      if (!view.settings) {
        this.update({ serverReachable: false, message: 'No SMTP settings yet.' });
        return;
      }
      const counts: PassCounts = { sent: 0, cancelled: 0, failed: 0, unresolved: 0 };
      const first = this.firstPass;
      this.firstPass = false;
      await this.resolveSending(mail, view.settings, first, counts);
      await this.retryDue();
      await this.sendDue(mail, view.settings, counts);
      this.update({ serverReachable: true, message: this.summary(check.message, counts) });
    } catch (error) {
      if (!this.closed) console.warn('Lead Center: the outbox pass stopped', error);
      this.update({ message: `The outbox stopped: ${errorText(error)}` });
    } finally {
      this.update({ sending: false, lastRunAt: this.deps.ctx.clock() });
    }
  }

  private summary(server: string, counts: PassCounts): string {
    const parts = [server];
    if (counts.sent > 0) parts.push(`${counts.sent} sent`);
    if (counts.cancelled > 0) parts.push(`${counts.cancelled} cancelled (address suppressed)`);
    if (counts.failed > 0) parts.push(`${counts.failed} failed`);
    if (counts.unresolved > 0) parts.push(`${counts.unresolved} with no answer from the host yet (checked again at the next start)`);
    return parts.join('; ');
  }

  /** Step 2: emails left in `sending` (a crash, or a host that did not answer). */
  private async resolveSending(mail: MailPort, settings: MailSettings, first: boolean, counts: PassCounts): Promise<void> {
    const now = this.deps.ctx.clock();
    const stale = this.options.staleSendingMs ?? 10 * 60_000;
    const left = (await emailsInStatus(this.deps.ctx, ['sending'])).filter((e) => !this.inFlight.has(e.id) && (first || now - sendingSince(e) >= stale));
    if (left.length === 0) return;
    const byAddress = await this.deps.leadIdsByAddress();
    for (const email of left) {
      if (this.closed) return;
      // First ask the host's journal what became of it, without sending anything.
      let known: DeliveryStatus;
      try {
        known = await mail.deliveryStatus(email.messageId || messageIdFor(email.id, settings.fromAddress));
      } catch (error) {
        console.warn(`Lead Center: the mail host could not say what became of email ${email.id}`, error);
        counts.unresolved += 1;
        continue;
      }
      if (known.state === 'accepted') {
        // It went before the app stopped: record it as sent, whatever happened to the address since.
        await this.record(email, { status: 'accepted', acceptedAt: known.at, response: known.response, alreadySent: true }, counts);
        continue;
      }
      if (known.state === 'attempting' || known.state === 'uncertain') {
        await this.move(email.id, 'sending', { type: 'send_failed', error: `The app stopped while handing it to the SMTP server; it ${uncertainNote}`, retryable: false });
        counts.failed += 1;
        continue;
      }
      // Never delivered (never handed over, or refused): sending now is a first send, so a
      // suppression since then stops it.
      const reason = await this.suppression(email, byAddress);
      if (reason !== null) {
        await this.move(email.id, 'sending', { type: 'send_failed', error: `${reason} Not sent.`, retryable: false });
        counts.failed += 1;
        continue;
      }
      await this.deliver(mail, settings, email, counts);
    }
  }

  /** Failed emails whose retry wait is over go back to approved. */
  private async retryDue(): Promise<void> {
    const now = this.deps.ctx.clock();
    const due = (await emailsInStatus(this.deps.ctx, ['failed'])).filter((e) => e.nextAttemptAt !== null && e.nextAttemptAt <= now).map((e) => e.id);
    if (due.length === 0) return;
    await changeEmails(this.deps.ctx, due, (current) => (current.status === 'failed' ? transitionEmail(current, { type: 'retry' }, outboxActor, now) : null), 'lead-center-outbox-retry');
  }

  /** Step 3: approved emails that are due, each checked for suppression just before it goes. */
  private async sendDue(mail: MailPort, settings: MailSettings, counts: PassCounts): Promise<void> {
    const now = this.deps.ctx.clock();
    const undoMs = this.options.approvalUndoMs ?? 0;
    const approved = (await emailsInStatus(this.deps.ctx, ['approved'])).filter((e) => isDue(e, now));
    const due = approved.filter((e) => e.approvedAt === null || now - e.approvedAt >= undoMs);
    // Approvals still inside the undo window go at the next pass after it closes.
    const youngest = approved.filter((e) => !due.includes(e)).map((e) => (e.approvedAt ?? now) + undoMs - now);
    if (youngest.length > 0) this.later(Math.max(50, Math.min(...youngest) + 50));
    if (due.length === 0) return;
    const byAddress = await this.deps.leadIdsByAddress();
    for (const email of due) {
      if (this.closed) return;
      const reason = await this.suppression(email, byAddress);
      if (reason !== null) {
        const cancelled = await this.move(email.id, 'approved', { type: 'cancel', reason });
        if (cancelled) counts.cancelled += 1;
        continue;
      }
      const started = await this.move(email.id, 'approved', { type: 'start_sending', messageId: messageIdFor(email.id, settings.fromAddress) });
      if (started) await this.deliver(mail, settings, started, counts);
    }
  }

  /** Why this email must not go now: its lead and every lead with a recipient's address are read afresh. */
  private async suppression(email: Email, byAddress: ReadonlyMap<string, readonly string[]>): Promise<string | null> {
    const ctx = this.deps.ctx;
    const own = await getLead(ctx, email.leadId);
    if (!own) return 'The lead was deleted.';
    const groups = this.deps.groups();
    if (own.email.trim() !== '') {
      const reason = suppressionReason(own, groups);
      if (reason !== null) return reason;
    }
    if (email.to.length === 0) return 'The email has no recipient.';
    for (const recipient of email.to) {
      const ids = new Set(byAddress.get(addressKey(recipient.email)) ?? []);
      ids.delete(own.id);
      const others: Lead[] = [];
      if (ids.size > 0) {
        for (const doc of await ctx.db.leads.storageInstance.findDocumentsById([...ids], false)) {
          const parsed = leadSchema.safeParse(withoutMeta(doc));
          if (parsed.success) others.push(parsed.data);
        }
      }
      const reason = addressSuppressed(recipient.email, [own, ...others], groups);
      if (reason !== null) return reason;
    }
    return null;
  }

  /** One move by the outbox, only if the email is still in `from` (another window may have moved it). */
  private async move(id: string, from: Email['status'], action: EmailAction): Promise<Email | null> {
    const now = this.deps.ctx.clock();
    const { written, refused } = await changeEmails(
      this.deps.ctx,
      [id],
      (current) => (current.status === from ? transitionEmail(current, action, outboxActor, now) : null),
      `lead-center-outbox-${action.type}`,
    );
    const reason = refused.get(id);
    if (reason !== undefined) console.warn(`Lead Center: the outbox could not ${action.type} email ${id}: ${reason}`);
    return written[0] ?? null;
  }

  /** Hands an email in `sending` to the host and records what became of it. */
  private async deliver(mail: MailPort, settings: MailSettings, email: Email, counts: PassCounts): Promise<void> {
    const composed = composeOutgoing(email, settings, (await this.deps.trackingBaseUrl?.()) ?? null);
    if (!composed.ok) {
      await this.move(email.id, 'sending', { type: 'send_failed', error: composed.error, retryable: false });
      counts.failed += 1;
      return;
    }
    let outcome: SendOutcome;
    this.inFlight.add(email.id);
    try {
      outcome = await mail.sendEmail(composed.value);
    } catch (error) {
      // No answer: it may or may not have gone. It stays in `sending`; the host's journal tells later.
      console.warn(`Lead Center: no answer from the mail host for email ${email.id}`, error);
      counts.unresolved += 1;
      return;
    } finally {
      this.inFlight.delete(email.id);
    }
    if (this.closed) return;
    await this.record(email, outcome, counts);
  }

  private async record(email: Email, outcome: SendOutcome, counts: PassCounts): Promise<void> {
    switch (outcome.status) {
      case 'accepted':
        // The event first: if the app stops before `sent` is written, the next pass finds the
        // email in `sending`, the journal says accepted, and the event is not recorded twice.
        await this.recordSentEvent(email, outcome.acceptedAt);
        if (await this.move(email.id, 'sending', { type: 'sent' })) counts.sent += 1;
        return;
      case 'failed':
        await this.move(email.id, 'sending', { type: 'send_failed', error: outcome.error, retryable: outcome.retryable });
        counts.failed += 1;
        return;
      case 'uncertain':
        await this.move(email.id, 'sending', { type: 'send_failed', error: `${outcome.error.trim() || 'no answer from the server'}; ${uncertainNote}`, retryable: false });
        counts.failed += 1;
        return;
    }
  }

  private async recordSentEvent(email: Email, acceptedAt: number): Promise<void> {
    const ctx = this.deps.ctx;
    const earlier = await eventsOfLead(ctx, email.leadId);
    if (earlier.some((event) => event.type === 'email_sent' && event.data.emailId === email.id)) return;
    // The host's time of acceptance, unless it lies ahead of this clock (the two clocks differ in tests).
    const now = ctx.clock();
    const at = Number.isInteger(acceptedAt) && acceptedAt > 0 && acceptedAt <= now ? acceptedAt : now;
    try {
      await recordLeadEvent(ctx, email.leadId, { type: 'email_sent', at, data: { emailId: email.id, subject: email.subject.slice(0, 2000) } });
    } catch (error) {
      // The lead was deleted after approval: the email is still sent.
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
}
