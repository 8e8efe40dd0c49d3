import type { Observable } from 'rxjs';
import type { Email, EmailAttachment, EmailKind, EmailRecipient, EmailStatus } from '../../core/model/email';

/**
 * What the UI may do with emails (issue 4): drafts, the approval queue, the outbox. Nothing
 * reaches SMTP except through the outbox, and the outbox takes only approved emails whose
 * addresses are not suppressed at the moment of sending.
 */

export interface EmailFilter {
  statuses?: readonly EmailStatus[];
  leadId?: string;
}

export interface NewDraftInput {
  leadId: string;
  kind: EmailKind;
  subject: string;
  body: string;
  /** The lead's address unless given. */
  to?: EmailRecipient[];
  attachments?: EmailAttachment[];
  /** The rule that drafts it (origin 'rule', the rule as actor); a person's draft otherwise. */
  ruleId?: string;
}

export interface DraftFromTemplateOptions {
  /** Use the AI drafter (when it is set up) with the template as the brief; falls back to the template. */
  useAi?: boolean;
  /** Who the draft is by: the user (default) or a rule (issue 5). */
  ruleId?: string;
}

export interface DraftOutcome {
  email: Email;
  /** Set when the AI drafter was asked but the template drafter was used instead, in words. */
  fallbackReason: string | null;
  /** Tokens the lead's data could not fill; the draft cannot be approved until they are. */
  unfilledTokens: string[];
}

export interface EmailEdit {
  subject?: string;
  body?: string;
  to?: EmailRecipient[];
  attachments?: EmailAttachment[];
  sendAfter?: number | null;
}

/** Bulk moves report per email; one refusal does not stop the rest. */
export interface BulkEmailOutcome {
  done: string[];
  refused: { id: string; reason: string }[];
}

export interface OutboxStatus {
  /** Approved emails waiting to go (including those waiting for their send time or a retry). */
  waiting: number;
  sending: boolean;
  /** null until the first check; false while SMTP is unreachable or not set up. */
  serverReachable: boolean | null;
  /** In words, e.g. "SMTP server not reachable: connect ECONNREFUSED". */
  message: string;
  lastRunAt: number | null;
}

export interface Outbox {
  readonly status: OutboxStatus;
  observe(): Observable<OutboxStatus>;
  /** One pass now: resolves emails left in `sending`, then sends what is due. */
  runNow(): Promise<void>;
}

export interface EmailCenter {
  observe(filter?: EmailFilter): Observable<Email[]>;
  get(id: string): Promise<Email | null>;
  /** Emails waiting for an approval this user may give (the navigation badge). */
  observeApprovalCount(): Observable<number>;

  createDraft(input: NewDraftInput): Promise<Email>;
  draftFromTemplate(leadId: string, templateId: string, options?: DraftFromTemplateOptions): Promise<DraftOutcome>;
  /** Only while editable (draft, waiting for approval, rejected). */
  edit(id: string, patch: EmailEdit): Promise<Email>;

  submit(id: string, note?: string): Promise<Email>;
  approve(ids: readonly string[], note?: string): Promise<BulkEmailOutcome>;
  /** Takes approvals back while the emails still wait in the outbox (the queue's Undo). */
  withdrawApproval(ids: readonly string[]): Promise<BulkEmailOutcome>;
  reject(id: string, reason: string): Promise<Email>;
  reopen(id: string): Promise<Email>;
  cancel(id: string, reason: string): Promise<Email>;

  /** A reply to a sent email: an email_reply event on its lead (feeds scoring). */
  recordReply(id: string, input?: { at?: number; note?: string }): Promise<Email>;
  /** A bounce: an email_bounce event, and the lead's address is suppressed from then on. */
  recordBounce(id: string, input?: { at?: number; reason?: string }): Promise<Email>;

  readonly outbox: Outbox;
}
