import { firstValueFrom } from 'rxjs';
import { filter } from 'rxjs/operators';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApprovalPolicy } from '../../core/emails/approvalPolicy';
import type { Seller } from '../../renderer/data/contract';
import { NotFoundError } from '../../renderer/data/errors';
import { manager, openTestData, otherTeamManager, seller, testIds, type TestData } from '../fixtures/testData';

const opened: TestData[] = [];

afterEach(async () => {
  for (const t of opened.splice(0)) await t.data.close();
});

async function open(options: Parameters<typeof openTestData>[0] & { prefix?: string } = {}): Promise<TestData> {
  const { prefix, ...rest } = options;
  const t = await openTestData({ label: 'email-approval', newId: testIds(prefix ?? 'a'), ...rest });
  opened.push(t);
  return t;
}

/** The same database as another person (the memory storage keeps it for the whole run). */
async function reopenAs(t: TestData, who: Seller, prefix: string): Promise<TestData> {
  await t.data.close();
  opened.splice(opened.indexOf(t), 1);
  return open({ seller: who, databaseName: t.databaseName, prefix, clock: t.clock });
}

async function leadWithEmail(t: TestData) {
  return t.data.createLead({ name: 'Dr. Ahmed Al Mansouri', email: 'ahmed@buyer.example', company: { name: 'Gulf Valves', industry: 'Oil & Gas' }, qualification: { need: 'gate valves' } });
}

async function pendingEmail(t: TestData, kind: 'follow_up' | 'marketing' | 'quote' = 'follow_up') {
  const lead = await leadWithEmail(t);
  const draft = await t.data.emails.createDraft({ leadId: lead.id, kind, subject: 'Your gate valves', body: 'Hi Ahmed, here is our offer.' });
  return t.data.emails.submit(draft.id);
}

const policy = (fields: Partial<ApprovalPolicy>): ApprovalPolicy => ({ defaultMode: 'self', perKind: {}, teams: {}, aiDraftsNeedManager: true, ...fields });

describe('drafts', () => {
  it('creates a draft to the lead’s address with a random unsubscribe token and a first audit entry', async () => {
    const t = await open();
    const lead = await leadWithEmail(t);
    const draft = await t.data.emails.createDraft({ leadId: lead.id, kind: 'follow_up', subject: 'Hello', body: 'Hi {{lead.firstName}}' });
    expect(draft).toMatchObject({
      leadId: lead.id,
      status: 'draft',
      origin: 'user',
      to: [{ email: 'ahmed@buyer.example', name: 'Dr. Ahmed Al Mansouri' }],
      ownerId: seller.userId,
      teamId: seller.teamId,
      auditTrail: [{ from: null, to: 'draft', actor: { kind: 'user', id: seller.userId } }],
    });
    expect(draft.unsubscribeToken).toMatch(/^[0-9a-f]{32}$/);
    const other = await t.data.emails.createDraft({ leadId: lead.id, kind: 'follow_up', subject: 'Hello', body: 'x', to: [{ email: 'buyer@elsewhere.example', name: '' }] });
    expect(other.to).toEqual([{ email: 'buyer@elsewhere.example', name: '' }]);
    expect(other.unsubscribeToken).not.toBe(draft.unsubscribeToken);
    expect(await t.data.emails.get(draft.id)).toEqual(draft);
    await expect(t.data.emails.createDraft({ leadId: 'missing', kind: 'follow_up', subject: 'x', body: 'y' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('drafts from a template of the library, filling tokens from the lead, and says why the AI drafter was not used', async () => {
    const t = await open();
    const lead = await leadWithEmail(t);
    const outcome = await t.data.emails.draftFromTemplate(lead.id, 'cold-close-file', { useAi: true });
    expect(outcome.fallbackReason).toMatch(/not available here/);
    expect(outcome.email).toMatchObject({ origin: 'template', templateId: 'cold-close-file', kind: expect.any(String), subject: 'Should I close your file?' });
    expect(outcome.email.body).toContain('Hi Ahmed,');
    expect(outcome.email.body).toContain('gate valves');
    expect(outcome.email.body).toContain('Samira Haddad');
    expect(outcome.unfilledTokens).toEqual([]);

    const ruled = await t.data.emails.draftFromTemplate(lead.id, 'general-follow-up', { ruleId: 'rule-7' });
    expect(ruled.email).toMatchObject({ origin: 'rule', ruleId: 'rule-7', templateId: 'general-follow-up', auditTrail: [{ actor: { kind: 'rule', id: 'rule-7' } }] });
    expect(ruled.fallbackReason).toBeNull();
    await expect(t.data.emails.draftFromTemplate(lead.id, 'no-such-template')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lists the tokens a lead cannot fill; such a draft cannot be approved until they are filled', async () => {
    const t = await open();
    const lead = await t.data.createLead({ name: 'Ahmed', email: 'ahmed@buyer.example' });
    const { email, unfilledTokens } = await t.data.emails.draftFromTemplate(lead.id, 'hot-quotation');
    expect(unfilledTokens).toEqual(expect.arrayContaining(['lead.need', 'company.name']));
    await t.data.emails.submit(email.id);
    const refused = await t.data.emails.approve([email.id]);
    expect(refused.done).toEqual([]);
    expect(refused.refused).toEqual([{ id: email.id, reason: expect.stringContaining('{{lead.need}}') }]);
    expect((await t.data.emails.get(email.id))?.status).toBe('pending_approval');

    await t.data.emails.edit(email.id, { subject: 'Your quotation for gate valves', body: 'Hi Ahmed, the quotation for Gulf Valves is attached.' });
    expect((await t.data.emails.approve([email.id])).done).toEqual([email.id]);
  });

  it('edits only while editable, checks the edit, and needs reasons to reject and cancel', async () => {
    const t = await open();
    const pending = await pendingEmail(t);
    const edited = await t.data.emails.edit(pending.id, { body: 'Hi Ahmed, a better offer.' });
    expect(edited).toMatchObject({ status: 'pending_approval', body: 'Hi Ahmed, a better offer.' });
    await expect(t.data.emails.edit(pending.id, { to: [{ email: 'x', name: '' }] })).rejects.toThrow(/Invalid email/);
    await expect(t.data.emails.reject(pending.id, '  ')).rejects.toThrow(/Say why/);
    const rejected = await t.data.emails.reject(pending.id, 'Mention the delivery time');
    expect(rejected.auditTrail.at(-1)).toMatchObject({ from: 'pending_approval', to: 'rejected', note: 'Mention the delivery time' });
    const reopened = await t.data.emails.reopen(pending.id);
    expect(reopened.status).toBe('draft');
    await t.data.emails.submit(pending.id);
    await t.data.emails.approve([pending.id]);
    await expect(t.data.emails.edit(pending.id, { body: 'too late' })).rejects.toThrow(/cannot be edited/);
    await expect(t.data.emails.reopen(pending.id)).rejects.toThrow(/Cannot reopen an email that is approved/);
    const cancelled = await t.data.emails.cancel(pending.id, 'Buyer called instead');
    expect(cancelled.status).toBe('cancelled');
    await expect(t.data.emails.submit('missing')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('approval policy', () => {
  it('self-approval by default: the author approves, and who and when is recorded', async () => {
    const t = await open();
    const pending = await pendingEmail(t);
    expect(await firstValueFrom(t.data.emails.observeApprovalCount())).toBe(1);
    t.clock.advance(60_000);
    const outcome = await t.data.emails.approve([pending.id], 'fine');
    expect(outcome).toEqual({ done: [pending.id], refused: [] });
    const approved = await t.data.emails.get(pending.id);
    expect(approved).toMatchObject({ status: 'approved', approvedAt: t.clock.now(), approvedBy: { kind: 'user', id: seller.userId, name: seller.userName } });
    expect(approved?.auditTrail.map((e) => e.to)).toEqual(['draft', 'pending_approval', 'approved']);
    expect(await firstValueFrom(t.data.emails.observeApprovalCount().pipe(filter((n) => n === 0)))).toBe(0);
  });

  it('manager approval per kind: the seller may not approve marketing, a manager of the team may', async () => {
    const first = await open();
    await first.data.setConfig('approval-policy', 'default', policy({ perKind: { marketing: 'manager' } }));
    const marketing = await pendingEmail(first, 'marketing');
    const followUp = await pendingEmail(first, 'follow_up');
    expect(await firstValueFrom(first.data.emails.observeApprovalCount())).toBe(1);
    const bySeller = await first.data.emails.approve([marketing.id, followUp.id]);
    expect(bySeller.done).toEqual([followUp.id]);
    expect(bySeller.refused).toEqual([{ id: marketing.id, reason: expect.stringMatching(/marketing emails need a manager’s approval/) }]);
    await expect(first.data.emails.reject(marketing.id, 'no')).rejects.toThrow(/manager/);

    const asManager = await reopenAs(first, manager, 'm');
    expect(await firstValueFrom(asManager.data.emails.observeApprovalCount())).toBe(1);
    expect((await asManager.data.emails.approve([marketing.id])).done).toEqual([marketing.id]);
    expect((await asManager.data.emails.get(marketing.id))?.approvedBy).toMatchObject({ id: manager.userId });
  });

  it('manager approval per team: the team’s rule wins, and only a manager of that team approves', async () => {
    const first = await open();
    await first.data.setConfig('approval-policy', 'default', policy({ teams: { 'team-1': { defaultMode: 'manager' } } }));
    const pending = await pendingEmail(first);
    expect((await first.data.emails.approve([pending.id])).refused[0]?.reason).toMatch(/team’s emails need a manager’s approval/);
    expect(await firstValueFrom(first.data.emails.observeApprovalCount())).toBe(0);

    const stranger = await reopenAs(first, otherTeamManager, 'o');
    expect(await firstValueFrom(stranger.data.emails.observeApprovalCount())).toBe(0);
    expect((await stranger.data.emails.approve([pending.id])).refused[0]?.reason).toMatch(/own team/);

    const teamManager = await reopenAs(stranger, manager, 'm');
    expect(await firstValueFrom(teamManager.data.emails.observeApprovalCount())).toBe(1);
    expect((await teamManager.data.emails.approve([pending.id])).done).toEqual([pending.id]);
  });

  it('a manager approves under self mode too, but not a seller who is not the author', async () => {
    const first = await open();
    const pending = await pendingEmail(first);
    const colleague = await reopenAs(first, { ...seller, userId: 'user-9', userName: 'Colleague' }, 'c');
    expect((await colleague.data.emails.approve([pending.id])).refused[0]?.reason).toMatch(/Only the author or a manager/);
    const teamManager = await reopenAs(colleague, manager, 'm');
    expect((await teamManager.data.emails.approve([pending.id])).done).toEqual([pending.id]);
  });

  it('bulk approval reports each refusal and approves the rest in one go', async () => {
    const t = await open();
    const ok = [await pendingEmail(t), await pendingEmail(t), await pendingEmail(t)];
    const lead = await leadWithEmail(t);
    const notSubmitted = await t.data.emails.createDraft({ leadId: lead.id, kind: 'follow_up', subject: 'x', body: 'y' });
    const unfilled = await t.data.emails.submit((await t.data.emails.createDraft({ leadId: lead.id, kind: 'follow_up', subject: 'About {{lead.timeline}}', body: 'y' })).id);
    const noRecipient = await t.data.emails.submit((await t.data.emails.createDraft({ leadId: lead.id, kind: 'follow_up', subject: 'x', body: 'y', to: [] })).id);
    const outcome = await t.data.emails.approve([...ok.map((e) => e.id), notSubmitted.id, unfilled.id, noRecipient.id, 'missing-id', ok[0]?.id ?? '']);
    expect(outcome.done.sort()).toEqual(ok.map((e) => e.id).sort());
    expect(outcome.refused).toEqual([
      { id: notSubmitted.id, reason: 'Cannot approve an email that is a draft.' },
      { id: unfilled.id, reason: expect.stringContaining('{{lead.timeline}}') },
      { id: noRecipient.id, reason: expect.stringMatching(/recipient/) },
      { id: 'missing-id', reason: expect.stringMatching(/does not exist/) },
    ]);
    const approved = await firstValueFrom(t.data.emails.observe({ statuses: ['approved'] }));
    expect(approved.map((e) => e.id).sort()).toEqual(ok.map((e) => e.id).sort());
  });
});
