import { z } from 'zod';
import { emailKinds, type Email, type EmailKind } from '../model/email';
import { fail, succeed, type Result } from '../model/result';
import { unfilledTokens } from './personalise';

/**
 * Who approves an email (issue 4): the author themself ('self') or a manager of the team
 * ('manager'), set for everyone, per email kind and per team, and always a manager for AI drafts
 * when so set. Stored as config kind 'approval-policy', key 'default'.
 */

export const approvalModes = ['self', 'manager'] as const;
export type ApprovalMode = (typeof approvalModes)[number];

const mode = z.enum(approvalModes);
const perKind = z.partialRecord(z.enum(emailKinds), mode);

export const approvalPolicy = z.object({
  defaultMode: mode.default('self'),
  perKind: perKind.default({}),
  /** By team id: that team's own default and per-kind modes, which win over the company's. */
  teams: z
    .record(z.string().min(1).max(64), z.object({ defaultMode: mode.optional(), perKind: perKind.optional() }))
    .default({}),
  /** A manager approves every AI-drafted email, whatever the rest says. */
  aiDraftsNeedManager: z.boolean().default(true),
});
export type ApprovalPolicy = z.infer<typeof approvalPolicy>;

/**
 * Sellers approve their own emails; AI drafts go to a manager (issue 4: managers approving
 * AI-drafted emails is one reason the product exists).
 */
export const defaultApprovalPolicy: ApprovalPolicy = { defaultMode: 'self', perKind: {}, teams: {}, aiDraftsNeedManager: true };

const kindWords: Record<EmailKind, string> = {
  follow_up: 'follow-up',
  nurture: 'nurture',
  marketing: 'marketing',
  questionnaire: 'questionnaire',
  quote: 'quotation',
  reply: 'reply',
  other: 'other',
};

export interface ApprovalNeed {
  by: ApprovalMode;
  why: string;
}

/**
 * Who must approve `email`. The most specific setting wins: AI drafts (when set), then the
 * team's rule for the kind, the company's rule for the kind, the team's default, the company's.
 */
export function approvalNeeded(email: Pick<Email, 'kind' | 'origin' | 'teamId'>, policy: ApprovalPolicy): ApprovalNeed {
  const kind = kindWords[email.kind] ?? String(email.kind);
  if (email.origin === 'ai' && policy.aiDraftsNeedManager) return { by: 'manager', why: 'AI-drafted emails need a manager’s approval.' };
  const team = Object.prototype.hasOwnProperty.call(policy.teams, email.teamId) ? policy.teams[email.teamId] : undefined;
  const says = (by: ApprovalMode, whose: string): ApprovalNeed => ({
    by,
    why: by === 'manager' ? `${whose} ${kind} emails need a manager’s approval.` : `${whose} ${kind} emails may be approved by their author.`,
  });
  const teamKind = team?.perKind?.[email.kind];
  if (teamKind !== undefined) return says(teamKind, 'Your team’s');
  const companyKind = policy.perKind[email.kind];
  if (companyKind !== undefined) return says(companyKind, 'All');
  if (team?.defaultMode !== undefined) {
    return team.defaultMode === 'manager'
      ? { by: 'manager', why: 'Your team’s emails need a manager’s approval.' }
      : { by: 'self', why: 'Your team’s emails may be approved by their author.' };
  }
  return policy.defaultMode === 'manager'
    ? { by: 'manager', why: 'Emails need a manager’s approval.' }
    : { by: 'self', why: 'Emails may be approved by their author.' };
}

export interface Approver {
  userId: string;
  role: 'seller' | 'manager';
  teamId: string;
}

/**
 * Whether `approver` may approve `email` now: same team; self mode lets the author or a manager,
 * manager mode only a manager. A draft with an unfilled token or no recipient is never approved.
 */
export function mayApprove(email: Pick<Email, 'kind' | 'origin' | 'teamId' | 'ownerId' | 'subject' | 'body' | 'to'>, approver: Approver, policy: ApprovalPolicy): Result<true> {
  if (typeof approver !== 'object' || approver === null || approver.userId === '') return fail('Sign in before approving emails.');
  if (approver.teamId !== email.teamId) return fail('You can approve only your own team’s emails.');
  const need = approvalNeeded(email, policy);
  const isManager = approver.role === 'manager';
  if (need.by === 'manager' && !isManager) return fail(`${need.why} Ask a manager of your team.`);
  if (need.by === 'self' && !isManager && approver.userId !== email.ownerId) return fail('Only the author or a manager of the team can approve this email.');
  const left = [...new Set([...unfilledTokens(email.subject), ...unfilledTokens(email.body)])];
  if (left.length > 0) return fail(`Fill in ${left.map((t) => `{{${t}}}`).join(', ')} before approving.`);
  if (email.subject.trim() === '') return fail('Write a subject before approving.');
  if (email.body.trim() === '') return fail('Write the email before approving.');
  if (email.to.length === 0) return fail('Add a recipient before approving.');
  return succeed(true);
}
