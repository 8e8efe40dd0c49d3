import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../core/model/dispatch';
import type { Email } from '../../core/model/email';
import type { LeadEvent } from '../../core/model/event';
import type { Lead } from '../../core/model/lead';
import { defaultQuestions } from '../../core/questionnaires/defaultQuestionnaire';
import { defaultQuestionnaireRuleId } from '../../renderer/data/questionnaires/defaultRule';
import { QuestionnaireRefusedError } from '../../renderer/data/questionnaires/dispatching';
import { openTestData, waitFor, type TestData } from '../fixtures/testData';

/** The questionnaire through data.questionnaires, with the rule runner acting by itself. */

let opened: TestData[] = [];

afterEach(async () => {
  for (const t of opened) await t.data.close();
  opened = [];
});

async function open(options: Parameters<typeof openTestData>[0] = {}): Promise<TestData> {
  const t = await openTestData({ label: 'questionnaire', ...options });
  opened.push(t);
  return t;
}

const events = (t: TestData, leadId: string): Promise<LeadEvent[]> => firstValueFrom(t.data.observeEvents(leadId));
const dispatches = (t: TestData, leadId: string): Promise<Dispatch[]> => firstValueFrom(t.data.questionnaires.observeDispatches(leadId));
const emailsOf = (t: TestData, leadId: string): Promise<Email[]> => firstValueFrom(t.data.emails.observe({ leadId }));
const leadOf = async (t: TestData, id: string): Promise<Lead> => {
  const lead = await t.data.getLead(id);
  if (!lead) throw new Error('lead missing');
  return lead;
};

const goodAnswers = {
  'job-title': 'Director',
  phone: '+971 4 123 4567',
  'company-size': 400,
  industry: 'Oil & Gas',
  budget: 'High Budget',
  'budget-amount': 250000,
  authority: 'Decision Maker',
  need: 'Urgent Need',
  timeline: 'Ready to Purchase',
  challenges: ['Technical'],
  product: 'Gas turbine spare parts',
  quantity: '40',
  'delivery-date': '2026-03-01',
};

describe('questionnaire dispatch', () => {
  it('puts the email with the link in the approval queue and asks only what is missing', async () => {
    const t = await open();
    const lead = await t.data.createLead({ name: 'Amira Saleh', email: 'amira@gulfpower.ae', company: { name: 'Gulf Power' }, country: 'AE' });
    const plan = await t.data.questionnaires.plan(lead.id);
    expect(plan.refused).toBeNull();
    expect(plan.skipped.map((s) => s.questionId)).toEqual(['name', 'country', 'company']);

    const sent = await t.data.questionnaires.send(lead.id);
    expect(sent.dispatch.questions.map((q) => q.id)).toEqual(plan.ask.map((q) => q.id));
    // 128 random bits, base64url: 22 characters, and a fresh one each time.
    expect(sent.dispatch.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(sent.link).toBe(`https://powercozmo.com/q/${sent.dispatch.token}`);
    expect(sent.dispatch.emailId).toBe(sent.email.id);

    const [email] = await emailsOf(t, lead.id);
    expect(email).toMatchObject({ kind: 'questionnaire', status: 'pending_approval', subject: 'A few questions about your request, Amira', to: [{ email: 'amira@gulfpower.ae' }] });
    expect(email?.body).toContain(sent.link);
    expect(await firstValueFrom(t.data.emails.observeApprovalCount())).toBe(1);

    const second = await t.data.questionnaires.send(lead.id);
    expect(second.dispatch.token).not.toBe(sent.dispatch.token);
    expect((await dispatches(t, lead.id)).map((d) => d.id)).toEqual([second.dispatch.id, sent.dispatch.id]);
  });

  it('uses the form address from the settings, and a template the seller built', async () => {
    const t = await open();
    await expect(t.data.questionnaires.saveSettings({ platformBaseUrl: 'https://forms.seller.ae/', defaultTemplateId: 'nope' })).rejects.toThrow('There is no questionnaire "nope"');
    const id = await t.data.questionnaires.saveTemplate(null, {
      name: 'Spare parts RFQ',
      questions: [{ id: 'part', label: 'Part number', kind: 'text', section: 'quote', leadField: 'customFields.part_number', required: true }],
    });
    await t.data.questionnaires.saveSettings({ platformBaseUrl: 'https://forms.seller.ae/', defaultTemplateId: id });
    const lead = await t.data.createLead({ name: 'Omar', email: 'omar@example.com' });
    const sent = await t.data.questionnaires.send(lead.id);
    expect(sent.dispatch.templateId).toBe(id);
    expect(sent.link).toBe(`https://forms.seller.ae/q/${sent.dispatch.token}`);
    expect(sent.dispatch.questions.map((q) => q.id)).toEqual(['part']);
    await expect(t.data.questionnaires.deleteTemplate(id)).rejects.toThrow(/default questionnaire/);
    await expect(t.data.questionnaires.saveTemplate(null, { name: 'Broken', questions: [] })).rejects.toThrow(/at least one question/);
  });

  it('a rule may send a questionnaire the seller built, by name in the rule catalogue', async () => {
    const t = await open();
    const id = await t.data.questionnaires.saveTemplate(null, {
      name: 'Transformer RFQ',
      questions: [{ id: 'rating', label: 'Rating in MVA', kind: 'number', section: 'quote', leadField: 'customFields.rating_mva' }],
    });
    expect((await t.data.rules.catalogue()).questionnaireTemplates).toContainEqual({ id, name: 'Transformer RFQ' });
    const draft = {
      name: 'Transformer questionnaire',
      trigger: { kind: 'manual' as const },
      criteria: { combinator: 'all' as const, conditions: [{ criterion: 'tags', operator: 'contains', value: 'transformers' }] },
      actions: [{ type: 'send_questionnaire', params: { templateId: id } }],
      enabled: true,
    };
    expect(await t.data.rules.validate(draft)).toMatchObject({ ok: true });
    const unknown = await t.data.rules.validate({ ...draft, actions: [{ type: 'send_questionnaire', params: { templateId: 'gone' } }] });
    expect(unknown.ok ? [] : unknown.error.map((p) => p.message)).toEqual([expect.stringContaining('there is no questionnaire "gone"')]);
    const rule = await t.data.rules.save(draft);
    const lead = await t.data.createLead({ name: 'Yusuf Kaya', email: 'yusuf@grid.example', tags: ['transformers'] });
    expect(await t.data.rules.runNow(rule.id)).toMatchObject({ fired: 1 });
    const [dispatch] = await dispatches(t, lead.id);
    expect(dispatch).toMatchObject({ templateId: id, ruleId: rule.id });
    expect(dispatch?.questions.map((q) => q.id)).toEqual(['rating']);
  });

  it('refuses a suppressed lead: no dispatch, no email', async () => {
    const t = await open();
    const spam = await t.data.createLead({ name: 'Spam', email: 'spam@example.com', group: 'spam' });
    const unsubscribed = await t.data.createLead({ name: 'Gone', email: 'gone@example.com', consent: { marketingOptIn: false, unsubscribed: true, bounced: false } });
    const nameless = await t.data.createLead({ name: 'No address' });
    for (const lead of [spam, unsubscribed, nameless]) {
      await expect(t.data.questionnaires.send(lead.id)).rejects.toBeInstanceOf(QuestionnaireRefusedError);
      expect(await dispatches(t, lead.id)).toEqual([]);
      expect(await emailsOf(t, lead.id)).toEqual([]);
    }
    expect((await t.data.questionnaires.plan(spam.id)).refused).toMatch(/group "Spam/);
  });
});

describe('answers', () => {
  it('are written into the lead, recorded, rescore it, and a rule moves it to Qualified', async () => {
    const t = await open();
    await t.data.rules.save({
      name: 'Qualify on BANT answers',
      trigger: { kind: 'event', eventTypes: ['questionnaire_answered'] },
      criteria: {
        combinator: 'all',
        conditions: [
          { criterion: 'qualification.budget', operator: 'equals', value: 'high' },
          { criterion: 'qualification.authority', operator: 'equals', value: 'decision_maker' },
        ],
      },
      actions: [{ type: 'move_to_group', params: { group: 'qualified' } }],
      enabled: true,
    });
    const lead = await t.data.createLead({ name: 'Amira Saleh', email: 'amira@gulfpower.ae', company: { name: 'Gulf Power' } });
    const before = await leadOf(t, lead.id);
    const sent = await t.data.questionnaires.send(lead.id);
    t.clock.advance(3_600_000);
    await t.data.questionnaires.receiveAnswers(sent.dispatch.token, goodAnswers);

    await waitFor(async () => (await leadOf(t, lead.id)).group === 'qualified');
    const after = await leadOf(t, lead.id);
    expect(after).toMatchObject({
      jobTitle: 'Director',
      phone: '+97141234567',
      company: { name: 'Gulf Power', size: 400, industry: 'Oil & Gas' },
      qualification: { budget: 'high', budgetAmount: 250000, authority: 'decision_maker', need: 'urgent', timeline: 'ready', challenges: ['Technical'] },
      customFields: { quote_product: 'Gas turbine spare parts', quote_quantity: 40, quote_delivery_date: '2026-03-01' },
    });
    expect(after.score).toBeGreaterThan(before.score + 10);

    const answered = (await events(t, lead.id)).filter((e) => e.type === 'questionnaire_answered');
    expect(answered).toHaveLength(1);
    expect(answered[0]?.data).toMatchObject({ dispatchId: sent.dispatch.id, problems: 0 });
    expect(answered[0]?.data.fields).toContain('qualification.budget');
    expect((await events(t, lead.id)).some((e) => e.type === 'group_changed' && e.data.to === 'qualified')).toBe(true);
    const [dispatch] = await dispatches(t, lead.id);
    expect(dispatch?.processedAt).not.toBeNull();
    expect(dispatch?.problems).toEqual([]);
  });

  it('are processed exactly once: a re-delivery or more passes change nothing', async () => {
    const t = await open();
    const lead = await t.data.createLead({ name: 'Omar', email: 'omar@example.com' });
    const sent = await t.data.questionnaires.send(lead.id);
    await t.data.questionnaires.receiveAnswers(sent.dispatch.token, { quantity: 5, product: 'Valves' });
    await waitFor(async () => (await dispatches(t, lead.id))[0]?.processedAt != null);
    const once = await leadOf(t, lead.id);

    // The platform replicates the same dispatch again (and with a changed answer): ignored.
    await t.data.questionnaires.receiveAnswers(sent.dispatch.token, { quantity: 99, product: 'Valves' });
    expect(await t.data.questionnaires.processAnswered()).toBe(0);
    await Promise.all([t.data.questionnaires.processAnswered(), t.data.questionnaires.processAnswered()]);
    expect((await events(t, lead.id)).filter((e) => e.type === 'questionnaire_answered')).toHaveLength(1);
    expect((await leadOf(t, lead.id)).customFields).toEqual(once.customFields);
    expect(once.customFields).toEqual({ quote_quantity: 5, quote_product: 'Valves' });
  });

  it('invalid answers are kept with the reason and never written', async () => {
    const t = await open();
    const lead = await t.data.createLead({ name: 'Lena', email: 'lena@example.com', jobTitle: 'Buyer' });
    const sent = await t.data.questionnaires.send(lead.id);
    await t.data.questionnaires.receiveAnswers(sent.dispatch.token, { budget: 'A billion', quantity: 'lots', product: 'Pumps', 'company-size': -4, extra: 'x' });
    await waitFor(async () => (await dispatches(t, lead.id))[0]?.processedAt != null);
    const [dispatch] = await dispatches(t, lead.id);
    expect(Object.fromEntries((dispatch?.problems ?? []).map((p) => [p.questionId, p.reason]))).toEqual({
      company: 'required, but not answered',
      budget: '"A billion" is not one of the options',
      quantity: 'write a number',
      'company-size': 'the number cannot be negative',
      extra: 'not a question of this questionnaire',
    });
    // What the buyer sent stays on the dispatch as sent.
    expect(dispatch?.answers).toMatchObject({ budget: 'A billion', quantity: 'lots' });
    const after = await leadOf(t, lead.id);
    expect(after.qualification.budget).toBe('');
    expect(after.company.size).toBeNull();
    expect(after.customFields).toEqual({ quote_product: 'Pumps' });
    const [event] = (await events(t, lead.id)).filter((e) => e.type === 'questionnaire_answered');
    expect(event?.data).toMatchObject({ answered: ['product'], problems: 5 });
  });

  it('refuses answers for an unknown link or in the wrong form', async () => {
    const t = await open();
    await expect(t.data.questionnaires.receiveAnswers('no-such-token-0000000', { a: 'b' })).rejects.toThrow('There is no questionnaire with this link');
    const lead = await t.data.createLead({ name: 'Omar', email: 'omar@example.com' });
    const sent = await t.data.questionnaires.send(lead.id);
    await expect(t.data.questionnaires.receiveAnswers(sent.dispatch.token, { q: { nested: true } } as never)).rejects.toThrow(/platform's form/);
    expect((await dispatches(t, lead.id))[0]?.answeredAt).toBeNull();
  });
});

describe('the default rule', () => {
  it('is installed once on first open, on, and sends the questionnaire when a new RFQ lands in Untouched', async () => {
    const t = await open({ installDefaultRules: true });
    const summaries = await firstValueFrom(t.data.rules.observe());
    expect(summaries.map((s) => [s.rule.id, s.rule.enabled, s.problems])).toEqual([[defaultQuestionnaireRuleId, true, []]]);

    const rfq = await t.data.createLead({ name: 'Fatima Noor', email: 'fatima@example.com' });
    await t.data.recordLeadEvent(rfq.id, { type: 'quote_request' });
    await waitFor(async () => (await dispatches(t, rfq.id)).length === 1 && (await leadOf(t, rfq.id)).tags.includes('RFQ'));
    const [dispatch] = await dispatches(t, rfq.id);
    expect(dispatch?.ruleId).toBe(defaultQuestionnaireRuleId);
    expect(dispatch?.questions.map((q) => q.id)).toEqual(defaultQuestions.filter((q) => q.id !== 'name').map((q) => q.id));
    const [email] = await emailsOf(t, rfq.id);
    // A rule's email waits in the queue's Drafts like every email a rule drafts.
    expect(email).toMatchObject({ kind: 'questionnaire', status: 'draft', id: dispatch?.emailId });
    expect(email?.body).toContain(`/q/${dispatch?.token}`);

    // Not for a lead that is no longer untouched, and not for a suppressed one (the rule fires, the action refuses).
    const nurtured = await t.data.createLead({ name: 'Ali', email: 'ali@example.com', group: 'nurturing' });
    const spam = await t.data.createLead({ name: 'Gone', email: 'gone@example.com', consent: { marketingOptIn: false, unsubscribed: true, bounced: false } });
    await t.data.recordLeadEvent(nurtured.id, { type: 'quote_request' });
    await t.data.recordLeadEvent(spam.id, { type: 'quote_request' });
    await waitFor(async () => (await events(t, spam.id)).some((e) => e.type === 'rule_fired'));
    const [firing] = (await events(t, spam.id)).filter((e) => e.type === 'rule_fired');
    expect(String(firing?.data.messages ?? '')).toMatch(/Questionnaire not sent/);
    expect(await dispatches(t, nurtured.id)).toEqual([]);
    expect(await dispatches(t, spam.id)).toEqual([]);
  });

  it('a deleted default rule is not installed again on the next open', async () => {
    const first = await open({ installDefaultRules: true, label: 'questionnaire-reopen' });
    await first.data.rules.delete(defaultQuestionnaireRuleId);
    const { databaseName, clock, snapshotStore } = first;
    await first.data.close();
    opened = [];
    const again = await open({ installDefaultRules: true, databaseName, clock, snapshotStore });
    expect(await firstValueFrom(again.data.rules.observe())).toEqual([]);
    expect((await firstValueFrom(again.data.questionnaires.observeTemplates())).map((q) => q.id)).toEqual(['default']);
  });
});
