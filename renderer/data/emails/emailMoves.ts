import { approvalNeeded, mayApprove, type ApprovalPolicy, type Approver } from '../../../core/emails/approvalPolicy';
import { isEditable, transitionEmail } from '../../../core/emails/emailTransitions';
import { email as emailSchema, type Email } from '../../../core/model/email';
import { userActor } from '../context';
import type { BulkEmailOutcome, EmailEdit } from '../emailContract';
import { EmailRefusedError, NotFoundError } from '../errors';
import { recordLeadEvent } from '../leadActivity';
import { parseOrThrow } from '../validate';
import type { EmailDeps } from './emailDeps';
import { changeEmails, moveEmail, requireEmail } from './emailStore';
import { readApprovalPolicy } from './emailSettings';

/** The moves a person makes on emails: edit, submit, approve, reject, reopen, cancel, outcomes. */

const editableFields = ['subject', 'body', 'to', 'attachments', 'sendAfter'] as const;

export async function editEmail(deps: EmailDeps, id: string, patch: EmailEdit): Promise<Email> {
  const now = deps.ctx.clock();
  const changes: Partial<Email> = {};
  for (const field of editableFields) {
    if (patch[field] !== undefined) Object.assign(changes, { [field]: patch[field] });
  }
  const { written, refused } = await changeEmails(
    deps.ctx,
    [id],
    (current) => {
      if (!isEditable(current.status)) return { ok: false, error: `An email that is ${current.status.replace('_', ' ')} cannot be edited any more.` };
      return { ok: true, value: parseOrThrow(emailSchema, { ...current, ...changes, updatedAt: now }, 'email') };
    },
    'lead-center-edit-email',
  );
  const [edited] = written;
  if (edited) return edited;
  const reason = refused.get(id);
  if (reason === undefined) throw new NotFoundError(`Email ${id} does not exist or was deleted`);
  throw new EmailRefusedError(reason);
}

export function submitEmail(deps: EmailDeps, id: string, note?: string): Promise<Email> {
  return moveEmail(deps.ctx, id, { type: 'submit', note }, userActor(deps.ctx.seller));
}

/** What became of each email of a bulk move: done, or refused with the reason. */
function bulkOutcome(ids: readonly string[], written: readonly Email[], refused: ReadonlyMap<string, string>, missing: readonly string[]): BulkEmailOutcome {
  return {
    done: written.map((e) => e.id),
    refused: [...new Set(ids)].flatMap((id) => {
      const reason = refused.get(id) ?? (missing.includes(id) ? 'This email does not exist or was deleted.' : null);
      return reason === null ? [] : [{ id, reason }];
    }),
  };
}

function approverOf(deps: EmailDeps): Approver {
  const { userId, role, teamId } = deps.ctx.seller;
  return { userId, role, teamId };
}

/**
 * Approves many emails in one storage write; each one the state machine or the approval policy
 * refuses is reported with the reason, and the rest are approved.
 */
export async function approveEmails(deps: EmailDeps, ids: readonly string[], note?: string): Promise<BulkEmailOutcome> {
  const policy = await readApprovalPolicy(deps.ctx);
  const approver = approverOf(deps);
  const actor = userActor(deps.ctx.seller);
  const now = deps.ctx.clock();
  const { written, refused, missing } = await changeEmails(
    deps.ctx,
    ids,
    (current) => {
      if (current.status === 'pending_approval') {
        const allowed = mayApprove(current, approver, policy);
        if (!allowed.ok) return allowed;
      }
      return transitionEmail(current, { type: 'approve', note }, actor, now);
    },
    'lead-center-approve-emails',
  );
  return bulkOutcome(ids, written, refused, missing);
}

/**
 * Takes approvals back while the emails still wait in the outbox (the queue's Undo): only the
 * person who approved, or a manager of the team; an email the outbox has started sending is
 * reported as refused.
 */
export async function withdrawApprovals(deps: EmailDeps, ids: readonly string[]): Promise<BulkEmailOutcome> {
  const { userId, role, teamId } = deps.ctx.seller;
  const actor = userActor(deps.ctx.seller);
  const now = deps.ctx.clock();
  const { written, refused, missing } = await changeEmails(
    deps.ctx,
    ids,
    (current) => {
      const ownApproval = current.approvedBy?.id === userId;
      if (current.status === 'approved' && !ownApproval && !(role === 'manager' && teamId === current.teamId)) {
        return { ok: false, error: 'Only the person who approved this email, or a manager of the team, can take the approval back.' };
      }
      return transitionEmail(current, { type: 'withdraw_approval' }, actor, now);
    },
    'lead-center-withdraw-approvals',
  );
  return bulkOutcome(ids, written, refused, missing);
}

/**
 * Whether this person decides on the email (approve or send back) under the policy, whatever the
 * state of its text: the queue shows it to them, and they may reject it.
 */
export function mayDecide(email: Email, approver: Approver, policy: ApprovalPolicy): string | null {
  if (approver.teamId !== email.teamId) return 'You can reject only your own team’s emails.';
  const need = approvalNeeded(email, policy);
  const isManager = approver.role === 'manager';
  if (need.by === 'manager' && !isManager) return `${need.why} Only a manager of your team can reject it.`;
  if (need.by === 'self' && !isManager && approver.userId !== email.ownerId) return 'Only the author or a manager of the team can reject this email.';
  return null;
}

export async function rejectEmail(deps: EmailDeps, id: string, reason: string): Promise<Email> {
  const policy = await readApprovalPolicy(deps.ctx);
  const approver = approverOf(deps);
  return moveEmail(deps.ctx, id, { type: 'reject', reason }, userActor(deps.ctx.seller), (current) =>
    current.status === 'pending_approval' ? mayDecide(current, approver, policy) : null,
  );
}

export function reopenEmail(deps: EmailDeps, id: string): Promise<Email> {
  return moveEmail(deps.ctx, id, { type: 'reopen' }, userActor(deps.ctx.seller));
}

export function cancelEmail(deps: EmailDeps, id: string, reason: string): Promise<Email> {
  return moveEmail(deps.ctx, id, { type: 'cancel', reason }, userActor(deps.ctx.seller));
}

async function requireSent(deps: EmailDeps, id: string, what: string): Promise<Email> {
  const current = await requireEmail(deps.ctx, id);
  if (current.status !== 'sent') throw new EmailRefusedError(`Only a sent email can have a ${what}; this one is ${current.status.replace('_', ' ')}.`);
  return current;
}

async function setOutcome(deps: EmailDeps, id: string, fields: Partial<Pick<Email, 'repliedAt' | 'bouncedAt'>>): Promise<Email> {
  const now = deps.ctx.clock();
  const { written } = await changeEmails(deps.ctx, [id], (current) => ({ ok: true, value: { ...current, ...fields, updatedAt: now } }), 'lead-center-email-outcome');
  const [changed] = written;
  if (!changed) throw new NotFoundError(`Email ${id} does not exist or was deleted`);
  return changed;
}

/** A reply to a sent email: an email_reply event on the lead (counters, level, score), then repliedAt. */
export async function recordReply(deps: EmailDeps, id: string, input: { at?: number; note?: string } = {}): Promise<Email> {
  const sent = await requireSent(deps, id, 'reply');
  const at = input.at ?? deps.ctx.clock();
  const note = input.note?.trim() ?? '';
  await recordLeadEvent(deps.ctx, sent.leadId, { type: 'email_reply', at, data: note === '' ? { emailId: id } : { emailId: id, note } });
  return setOutcome(deps, id, { repliedAt: at });
}

/**
 * A bounce: an email_bounce event on the lead, whose write also sets consent.bounced (the lead
 * brain's effect of that event) and rescores it; from then on the address is suppressed.
 */
export async function recordBounce(deps: EmailDeps, id: string, input: { at?: number; reason?: string } = {}): Promise<Email> {
  const sent = await requireSent(deps, id, 'bounce');
  if (sent.bouncedAt !== null) throw new EmailRefusedError('A bounce is already recorded for this email.');
  const at = input.at ?? deps.ctx.clock();
  const reason = input.reason?.trim() ?? '';
  await recordLeadEvent(deps.ctx, sent.leadId, { type: 'email_bounce', at, data: reason === '' ? { emailId: id } : { emailId: id, reason } });
  return setOutcome(deps, id, { bouncedAt: at });
}
