import { afterEach, describe, expect, it } from 'vitest';
import { createLeadBrain } from '../../core/brain/leadBrain';
import { account } from '../../core/model/account';
import { contact } from '../../core/model/contact';
import type { RuleEffect } from '../../core/rules/ruleTypes';
import { effectiveGroups } from '../../core/settings/groupSettings';
import { defaultLeadSettings } from '../../core/settings/leadSettings';
import type { DataContext } from '../../renderer/data/context';
import { createLeadCenterDatabase, type LeadCenterDatabase } from '../../renderer/data/database';
import { createEmailCenter } from '../../renderer/data/emails/emailCenter';
import { readTemplateLibrary } from '../../renderer/data/emails/emailSettings';
import { createLead, updateLead } from '../../renderer/data/leadWrites';
import { queryStorage } from '../../renderer/data/queryStorage';
import { processDispatch } from '../../renderer/data/questionnaires/answerHandling';
import { openQuestionnaireCenter, type OpenQuestionnaireCenter } from '../../renderer/data/questionnaires/questionnaireCenter';
import { applyEffect, type RuleEffectDeps } from '../../renderer/data/rules/ruleEffects';
import { insertRow, writeRows } from '../../renderer/data/storedDocuments';
import { seller, testClock, testIds, uniqueDatabaseName } from '../fixtures/testData';
import { validatedMemoryStorage } from '../fixtures/validatedMemoryStorage';

/** Dispatch and answer handling on the store itself: contacts written directly, effects applied straight. */

let db: LeadCenterDatabase | undefined;
const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  await db?.close();
  db = undefined;
});

async function setUp(): Promise<{ ctx: DataContext; center: OpenQuestionnaireCenter; deps: RuleEffectDeps }> {
  db = await createLeadCenterDatabase({ name: uniqueDatabaseName('questionnaire-dispatch'), storage: validatedMemoryStorage(), multiInstance: false });
  const clock = testClock();
  const brain = createLeadBrain(defaultLeadSettings);
  const ctx: DataContext = { db, seller, clock: clock.now, newId: testIds(), brain: () => brain };
  const groups = effectiveGroups(defaultLeadSettings.groups);
  let token = 0;
  const emails = createEmailCenter(
    { ctx, mail: null, randomToken: () => (token++).toString(16).padStart(32, '0'), groups: () => groups, leadIdsByAddress: async () => new Map() },
    { auto: false, approvalUndoMs: 0 },
  );
  let dispatchToken = 0;
  const center = await openQuestionnaireCenter({ ctx, emails, groups: () => groups, randomToken: () => `token-${(dispatchToken++).toString().padStart(16, '0')}` });
  closers.push(() => center.close(), () => emails.close());
  const deps: RuleEffectDeps = { ctx, emails, groups: () => groups, templateLibrary: () => readTemplateLibrary(ctx), notify: () => undefined, notified: new Set(), questionnaires: center };
  return { ctx, center, deps };
}

const base = { ownerId: seller.userId, teamId: seller.teamId, createdAt: 1, updatedAt: 1 };

describe('a known contact', () => {
  it('with the same address gets only what neither the lead nor its contact and account know', async () => {
    const { ctx, center } = await setUp();
    const stored = account.parse({ id: 'account-1', ...base, name: 'Gulf Power', size: 300, industry: 'Oil & Gas' });
    const person = contact.parse({ id: 'contact-1', ...base, accountId: stored.id, name: 'Amira Saleh', email: 'Amira@GulfPower.ae', jobTitle: 'Director', phone: '+97141234567' });
    await writeRows(ctx.db.accounts, [insertRow(stored)], 'test');
    await writeRows(ctx.db.contacts, [insertRow(person)], 'test');
    const lead = await createLead(ctx, { email: 'amira@gulfpower.ae' });
    const plan = await center.plan(lead.id);
    expect(plan.knownContact).toBe(true);
    expect(plan.ask.map((q) => q.id)).toEqual([
      'country',
      'annual-revenue',
      'budget',
      'budget-amount',
      'authority',
      'need',
      'timeline',
      'challenges',
      'product',
      'quantity',
      'specifications',
      'delivery-place',
      'delivery-date',
      'quote-budget',
    ]);
    expect(plan.skipped.filter((s) => s.reason === 'known from the contact record').map((s) => s.questionId)).toEqual(['name', 'job-title', 'phone', 'company', 'company-size', 'industry']);
  });

  it('a converted lead is known even before its contact reaches this device', async () => {
    const { ctx, center } = await setUp();
    const seller2 = await center.saveTemplate(null, {
      name: 'With an open question',
      questions: [
        { id: 'hear', label: 'How did you hear of us?', kind: 'text', section: 'personal' },
        { id: 'qty', label: 'Quantity', kind: 'number', section: 'quote', leadField: 'customFields.qty' },
      ],
    });
    const lead = await createLead(ctx, { name: 'Omar', email: 'omar@example.com' });
    expect((await center.plan(lead.id, seller2)).ask.map((q) => q.id)).toEqual(['hear', 'qty']);
    await updateLead(ctx, lead.id, { conversion: { contactId: 'contact-elsewhere', accountId: null, convertedAt: 5 } });
    const plan = await center.plan(lead.id, seller2);
    expect(plan.knownContact).toBe(true);
    expect(plan.ask.map((q) => q.id)).toEqual(['qty']);
  });
});

describe('the rule action "send questionnaire"', () => {
  const rule = { id: 'rule-1', name: 'RFQ questionnaire' };
  const actor = { kind: 'rule' as const, id: rule.id, name: rule.name };

  it('creates one dispatch and one draft per firing, even when the firing is applied twice', async () => {
    const { ctx, deps } = await setUp();
    const lead = await createLead(ctx, { name: 'Lena Vogel', email: 'lena@example.com' });
    const effect: RuleEffect = { kind: 'questionnaire', id: 'effect-q-1', leadId: lead.id, templateId: '' };
    const first = await applyEffect(deps, effect, lead, rule, actor, ctx.clock());
    const again = await applyEffect(deps, effect, lead, rule, actor, ctx.clock());
    expect(first).toEqual({ ok: true, message: null, events: [] });
    expect(again).toEqual({ ok: true, message: null, events: [] });
    const dispatches = await queryStorage(ctx.db.dispatches, { selector: {} });
    expect(dispatches.map((d) => [d.id, d.leadId, d.templateId, d.ruleId])).toEqual([['effect-q-1', lead.id, 'default', rule.id]]);
    const emails = await queryStorage(ctx.db.emails, { selector: {} });
    expect(emails.map((e) => [e.id, e.kind, e.status, e.origin, e.ruleId])).toEqual([[dispatches[0]?.emailId, 'questionnaire', 'draft', 'rule', rule.id]]);
    expect(emails[0]?.auditTrail[0]?.actor).toMatchObject({ kind: 'rule', id: rule.id });
    expect(emails[0]?.body).toContain('https://powercozmo.com/q/token-0000000000000000');
  });

  it('refuses a suppressed lead, names an unknown questionnaire, and says when it is not available', async () => {
    const { ctx, deps } = await setUp();
    const spam = await createLead(ctx, { name: 'Spam', email: 'spam@example.com', group: 'spam' });
    const refused = await applyEffect(deps, { kind: 'questionnaire', id: 'e1', leadId: spam.id, templateId: '' }, spam, rule, actor, ctx.clock());
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/^Questionnaire not sent: The lead is in the group/);
    const lead = await createLead(ctx, { name: 'Lena', email: 'lena@example.com' });
    const unknown = await applyEffect(deps, { kind: 'questionnaire', id: 'e2', leadId: lead.id, templateId: 'gone' }, lead, rule, actor, ctx.clock());
    expect(unknown).toMatchObject({ ok: false, message: 'Queueing the questionnaire failed: There is no questionnaire "gone".' });
    const without = await applyEffect({ ...deps, questionnaires: undefined }, { kind: 'questionnaire', id: 'e3', leadId: lead.id, templateId: '' }, lead, rule, actor, ctx.clock());
    expect(without).toMatchObject({ ok: false, message: 'Questionnaires are not available here.' });
    expect(await queryStorage(ctx.db.dispatches, { selector: {} })).toEqual([]);
    expect(await queryStorage(ctx.db.emails, { selector: {} })).toEqual([]);
  });
});

describe('answer processing', () => {
  it('two processors racing over one dispatch record the event once', async () => {
    const { ctx, center } = await setUp();
    await center.close();
    const lead = await createLead(ctx, { name: 'Omar', email: 'omar@example.com' });
    const sent = await center.send(lead.id);
    await center.receiveAnswers(sent.dispatch.token, { product: 'Valves', quantity: 12 });
    const results = await Promise.all([processDispatch(ctx, sent.dispatch.id), processDispatch(ctx, sent.dispatch.id), processDispatch(ctx, sent.dispatch.id)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const events = await queryStorage(ctx.db.events, { selector: { leadId: lead.id } });
    expect(events.filter((e) => e.type === 'questionnaire_answered')).toHaveLength(1);
    expect(await processDispatch(ctx, sent.dispatch.id)).toBe(false);
  });

  it('answers for a deleted lead are kept, marked processed, and write nothing', async () => {
    const { ctx, center } = await setUp();
    await center.close();
    const lead = await createLead(ctx, { name: 'Omar', email: 'omar@example.com' });
    const sent = await center.send(lead.id);
    const { deleteLeads } = await import('../../renderer/data/leadWrites');
    await deleteLeads(ctx, [lead.id]);
    await center.receiveAnswers(sent.dispatch.token, { product: 'Valves' });
    expect(await processDispatch(ctx, sent.dispatch.id)).toBe(true);
    const [dispatch] = await queryStorage(ctx.db.dispatches, { selector: {} });
    expect(dispatch?.problems).toEqual([{ questionId: '', reason: 'the lead was deleted before the answers arrived' }]);
    const events = await queryStorage(ctx.db.events, { selector: { leadId: lead.id } });
    expect(events.some((e) => e.type === 'questionnaire_answered')).toBe(false);
  });
});
