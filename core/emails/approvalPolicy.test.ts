import { describe, expect, it } from 'vitest';
import { parseConfigData } from '../model/config';
import { email as emailSchema, emailKinds, type Email, type EmailInput } from '../model/email';
import { approvalNeeded, approvalPolicy, defaultApprovalPolicy, mayApprove, type ApprovalPolicy, type Approver } from './approvalPolicy';

const makeEmail = (input: Partial<EmailInput> = {}): Email =>
  emailSchema.parse({ id: 'e1', ownerId: 'seller-1', teamId: 'team-1', createdAt: 0, updatedAt: 0, leadId: 'l1', kind: 'follow_up', origin: 'template', status: 'pending_approval', subject: 'Hi', body: 'Hello Ahmed', to: [{ email: 'a@b.ae' }], ...input });

const author: Approver = { userId: 'seller-1', role: 'seller', teamId: 'team-1' };
const colleague: Approver = { userId: 'seller-2', role: 'seller', teamId: 'team-1' };
const manager: Approver = { userId: 'manager-1', role: 'manager', teamId: 'team-1' };
const otherManager: Approver = { userId: 'manager-9', role: 'manager', teamId: 'team-2' };
const policy = (input: Partial<ApprovalPolicy>): ApprovalPolicy => approvalPolicy.parse(input);

describe('approvalPolicy schema', () => {
  it('defaults to self-approval with AI drafts going to a manager', () => {
    expect(approvalPolicy.parse({})).toEqual(defaultApprovalPolicy);
  });

  it('refuses unknown kinds and modes', () => {
    expect(approvalPolicy.safeParse({ perKind: { spam: 'self' } }).success).toBe(false);
    expect(approvalPolicy.safeParse({ defaultMode: 'anyone' }).success).toBe(false);
    expect(approvalPolicy.safeParse({ teams: { 'team-1': { perKind: { quote: 'boss' } } } }).success).toBe(false);
    expect(approvalPolicy.safeParse(null).success).toBe(false);
  });
});

describe('approvalNeeded', () => {
  it('lets the author approve by default, but sends AI drafts to a manager', () => {
    expect(approvalNeeded(makeEmail(), defaultApprovalPolicy)).toEqual({ by: 'self', why: 'Emails may be approved by their author.' });
    expect(approvalNeeded(makeEmail({ origin: 'ai' }), defaultApprovalPolicy)).toEqual({ by: 'manager', why: 'AI-drafted emails need a manager’s approval.' });
    expect(approvalNeeded(makeEmail({ origin: 'ai' }), policy({ aiDraftsNeedManager: false })).by).toBe('self');
  });

  it('applies the most specific rule: team per kind, company per kind, team default, company default', () => {
    const p = policy({ defaultMode: 'manager', perKind: { quote: 'manager', reply: 'self' }, teams: { 'team-1': { defaultMode: 'self', perKind: { marketing: 'manager' } } } });
    expect(approvalNeeded(makeEmail({ kind: 'marketing' }), p)).toEqual({ by: 'manager', why: 'Your team’s marketing emails need a manager’s approval.' });
    expect(approvalNeeded(makeEmail({ kind: 'quote' }), p)).toEqual({ by: 'manager', why: 'All quotation emails need a manager’s approval.' });
    expect(approvalNeeded(makeEmail({ kind: 'reply' }), p)).toEqual({ by: 'self', why: 'All reply emails may be approved by their author.' });
    expect(approvalNeeded(makeEmail({ kind: 'nurture' }), p)).toEqual({ by: 'self', why: 'Your team’s emails may be approved by their author.' });
    expect(approvalNeeded(makeEmail({ kind: 'nurture', teamId: 'team-2' }), p)).toEqual({ by: 'manager', why: 'Emails need a manager’s approval.' });
  });

  it('does not read a team called like an object property', () => {
    expect(approvalNeeded(makeEmail({ teamId: 'constructor' }), defaultApprovalPolicy).by).toBe('self');
  });

  it('answers for every kind', () => {
    for (const kind of emailKinds) expect(approvalNeeded(makeEmail({ kind }), policy({ perKind: { [kind]: 'manager' } })).by).toBe('manager');
  });
});

describe('mayApprove', () => {
  it('self mode: the author or a manager of the team, nobody else', () => {
    const e = makeEmail();
    expect(mayApprove(e, author, defaultApprovalPolicy)).toEqual({ ok: true, value: true });
    expect(mayApprove(e, manager, defaultApprovalPolicy).ok).toBe(true);
    expect(mayApprove(e, colleague, defaultApprovalPolicy)).toEqual({ ok: false, error: 'Only the author or a manager of the team can approve this email.' });
    expect(mayApprove(e, otherManager, defaultApprovalPolicy)).toEqual({ ok: false, error: 'You can approve only your own team’s emails.' });
  });

  it('manager mode: only a manager of the team, not the author', () => {
    const e = makeEmail({ origin: 'ai' });
    expect(mayApprove(e, author, defaultApprovalPolicy)).toEqual({ ok: false, error: 'AI-drafted emails need a manager’s approval. Ask a manager of your team.' });
    expect(mayApprove(e, manager, defaultApprovalPolicy).ok).toBe(true);
    expect(mayApprove(e, otherManager, defaultApprovalPolicy).ok).toBe(false);
  });

  it('never approves a draft with an unfilled token, no subject, no text or no recipient', () => {
    expect(mayApprove(makeEmail({ body: 'Hi {{lead.firstName}}, {{lead.need}}' }), author, defaultApprovalPolicy)).toEqual({ ok: false, error: 'Fill in {{lead.firstName}}, {{lead.need}} before approving.' });
    expect(mayApprove(makeEmail({ subject: ' ' }), author, defaultApprovalPolicy)).toEqual({ ok: false, error: 'Write a subject before approving.' });
    expect(mayApprove(makeEmail({ body: '' }), author, defaultApprovalPolicy)).toEqual({ ok: false, error: 'Write the email before approving.' });
    expect(mayApprove(makeEmail({ to: [] }), author, defaultApprovalPolicy)).toEqual({ ok: false, error: 'Add a recipient before approving.' });
  });

  it('refuses an approver without identity', () => {
    expect(mayApprove(makeEmail(), { userId: '', role: 'manager', teamId: 'team-1' }, defaultApprovalPolicy).ok).toBe(false);
    expect(mayApprove(makeEmail(), null as unknown as Approver, defaultApprovalPolicy).ok).toBe(false);
  });
});

describe('config kind approval-policy', () => {
  it('reads a saved policy with defaults and refuses a bad one', () => {
    expect(parseConfigData('approval-policy', { perKind: { marketing: 'manager' } })).toEqual({ ok: true, value: { ...defaultApprovalPolicy, perKind: { marketing: 'manager' } } });
    expect(parseConfigData('approval-policy', { defaultMode: 'nobody' }).ok).toBe(false);
  });
});
