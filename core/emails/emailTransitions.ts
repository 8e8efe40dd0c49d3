import type { Actor } from '../model/base';
import type { Email, EmailStatus } from '../model/email';
import { fail, succeed, type Result } from '../model/result';

/**
 * The email state machine (DESIGN.md "Emails"): draft → pending_approval → approved → sending →
 * sent, with rejected, failed (retryable, with backoff and an attempt limit) and cancelled. Only
 * the moves listed here exist; anything else is refused with a sentence saying why. Every move
 * appends to the audit trail: who, when, from, to and a note. Pure: time and actor are arguments.
 */

export type EmailAction =
  /** The author asks for approval. */
  | { type: 'submit'; note?: string }
  /** An approver (or the author under self-approval; the policy decides who may) lets it go. */
  | { type: 'approve'; note?: string }
  /** The approver takes an approval back before sending starts (the queue's "Undo"). */
  | { type: 'withdraw_approval'; note?: string }
  /** An approver sends it back; the reason is required so the author knows what to change. */
  | { type: 'reject'; reason: string }
  /** The author takes a rejected email back to rework it. */
  | { type: 'reopen'; note?: string }
  /** The sender hands it to SMTP; the Message-ID is fixed here and kept for every retry. */
  | { type: 'start_sending'; messageId: string }
  | { type: 'sent' }
  | { type: 'send_failed'; error: string; retryable: boolean }
  /** A failed email that may be retried goes back to the approved queue. */
  | { type: 'retry' }
  | { type: 'cancel'; reason: string };

export type EmailActionType = EmailAction['type'];

export interface RetryPolicy {
  /** Sending attempts before a failure is final. */
  maxAttempts: number;
  /** Wait before the 2nd attempt; doubles each time, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 60_000, maxDelayMs: 3_600_000 };

/** Which statuses each action may start from. */
const allowedFrom: Record<EmailActionType, readonly EmailStatus[]> = {
  submit: ['draft'],
  approve: ['pending_approval'],
  withdraw_approval: ['approved'],
  reject: ['pending_approval'],
  reopen: ['rejected'],
  start_sending: ['approved'],
  sent: ['sending'],
  send_failed: ['sending'],
  retry: ['failed'],
  cancel: ['draft', 'pending_approval', 'approved', 'rejected', 'failed'],
};

const verbs: Record<EmailActionType, string> = {
  submit: 'submit for approval',
  approve: 'approve',
  withdraw_approval: 'take back the approval of',
  reject: 'reject',
  reopen: 'reopen',
  start_sending: 'send',
  sent: 'mark as sent',
  send_failed: 'mark as failed',
  retry: 'retry',
  cancel: 'cancel',
};

const statusWords: Record<EmailStatus, string> = {
  draft: 'a draft',
  pending_approval: 'waiting for approval',
  approved: 'approved',
  sending: 'being sent',
  sent: 'already sent',
  rejected: 'rejected',
  failed: 'failed',
  cancelled: 'cancelled',
};

/** The statuses an email can move to from `status`, for menus and checks. */
export function actionsFrom(status: EmailStatus): EmailActionType[] {
  return (Object.keys(allowedFrom) as EmailActionType[]).filter((type) => allowedFrom[type].includes(status));
}

/** Subject, body, recipients and attachments may change only before approval (or after a rejection). */
export function isEditable(status: EmailStatus): boolean {
  return status === 'draft' || status === 'pending_approval' || status === 'rejected';
}

/** Wait before attempt number `attempts + 1`, after `attempts` failed ones. */
export function retryDelay(attempts: number, policy: RetryPolicy = defaultRetryPolicy): number {
  const exponent = Math.max(0, Math.min(30, attempts - 1));
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
}

function nextStatus(action: EmailAction): EmailStatus {
  switch (action.type) {
    case 'submit':
      return 'pending_approval';
    case 'approve':
      return 'approved';
    case 'withdraw_approval':
      return 'pending_approval';
    case 'reject':
      return 'rejected';
    case 'reopen':
      return 'draft';
    case 'start_sending':
      return 'sending';
    case 'sent':
      return 'sent';
    case 'send_failed':
      return 'failed';
    case 'retry':
      return 'approved';
    case 'cancel':
      return 'cancelled';
  }
}

/**
 * The email after `action` by `actor` at `now`, or why the move is not allowed. The input is
 * never changed.
 */
export function transitionEmail(email: Email, action: EmailAction, actor: Actor, now: number, policy: RetryPolicy = defaultRetryPolicy): Result<Email> {
  const from = email.status;
  if (!allowedFrom[action.type].includes(from)) {
    return fail(`Cannot ${verbs[action.type]} an email that is ${statusWords[from]}.`);
  }
  if (!Number.isFinite(now)) return fail('The time of the change is not valid.');
  let note = '';
  const next: Email = { ...email, updatedAt: now };
  switch (action.type) {
    case 'submit':
    case 'reopen':
      note = action.note?.trim() ?? '';
      break;
    case 'approve':
      note = action.note?.trim() ?? '';
      next.approvedBy = actor;
      next.approvedAt = now;
      break;
    case 'withdraw_approval':
      note = action.note?.trim() || 'approval taken back';
      next.approvedBy = null;
      next.approvedAt = null;
      break;
    case 'reject':
    case 'cancel': {
      note = action.reason.trim();
      if (note === '') return fail(`Say why you ${action.type === 'reject' ? 'reject' : 'cancel'} this email.`);
      break;
    }
    case 'start_sending': {
      const messageId = email.messageId || action.messageId.trim();
      if (messageId === '') return fail('A Message-ID is needed before sending, so a retry can never send twice.');
      next.messageId = messageId;
      next.attempts = email.attempts + 1;
      next.nextAttemptAt = null;
      break;
    }
    case 'sent':
      next.sentAt = now;
      next.lastError = '';
      break;
    case 'send_failed': {
      const error = action.error.trim() || 'unknown error';
      next.lastError = error;
      const more = action.retryable && email.attempts < policy.maxAttempts;
      next.nextAttemptAt = more ? now + retryDelay(email.attempts, policy) : null;
      note = more ? `${error}; retry ${email.attempts + 1} of ${policy.maxAttempts} after a wait` : `${error}; not retried`;
      break;
    }
    case 'retry':
      if (email.nextAttemptAt === null) return fail('This email failed for good and is not retried; draft it again.');
      if (now < email.nextAttemptAt) return fail('Too early to retry this email: it waits before the next attempt.');
      break;
  }
  const to = nextStatus(action);
  next.status = to;
  next.auditTrail = [...email.auditTrail, { from, to, at: now, actor, note }];
  return succeed(next);
}
