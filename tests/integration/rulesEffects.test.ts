import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createLeadBrain } from '../../core/brain/leadBrain';
import type { Lead } from '../../core/model/lead';
import type { RuleEffect } from '../../core/rules/ruleTypes';
import { effectiveGroups } from '../../core/settings/groupSettings';
import { defaultLeadSettings } from '../../core/settings/leadSettings';
import type { DataContext } from '../../renderer/data/context';
import { createLeadCenterDatabase, type LeadCenterDatabase } from '../../renderer/data/database';
import { createEmailCenter } from '../../renderer/data/emails/emailCenter';
import { readTemplateLibrary } from '../../renderer/data/emails/emailSettings';
import { createLead } from '../../renderer/data/leadWrites';
import { queryStorage } from '../../renderer/data/queryStorage';
import { applyEffect, type RuleEffectDeps, type RuleNotification } from '../../renderer/data/rules/ruleEffects';
import { seller, testClock, testIds, uniqueDatabaseName } from '../fixtures/testData';
import { validatedMemoryStorage } from '../fixtures/validatedMemoryStorage';

/** Effects applied straight, the way the runner applies them after a lead write. */

let db: LeadCenterDatabase | undefined;
let closeEmails: (() => Promise<void>) | undefined;
let clock = testClock();

afterEach(async () => {
  await closeEmails?.();
  await db?.close();
  db = undefined;
});

async function setUp(): Promise<{ deps: RuleEffectDeps; ctx: DataContext; notifications: RuleNotification[] }> {
  db = await createLeadCenterDatabase({ name: uniqueDatabaseName('rule-effects'), storage: validatedMemoryStorage(), multiInstance: false });
  clock = testClock();
  const brain = createLeadBrain(defaultLeadSettings);
  const ctx: DataContext = { db, seller, clock: clock.now, newId: testIds(), brain: () => brain };
  const groups = effectiveGroups(defaultLeadSettings.groups);
  let token = 0;
  const emails = createEmailCenter(
    { ctx, mail: null, randomToken: () => (token++).toString(16).padStart(32, '0'), groups: () => groups, leadIdsByAddress: async () => new Map() },
    { auto: false, approvalUndoMs: 0 },
  );
  closeEmails = () => emails.close();
  const notifications: RuleNotification[] = [];
  const deps: RuleEffectDeps = { ctx, emails, groups: () => groups, templateLibrary: () => readTemplateLibrary(ctx), notify: (n) => notifications.push(n), notified: new Set() };
  return { deps, ctx, notifications };
}

const rule = { id: 'rule-1', name: 'Welcome' };
const actor = { kind: 'rule' as const, id: rule.id, name: rule.name };

async function applyAll(deps: RuleEffectDeps, effects: RuleEffect[], lead: Lead, runAt: number) {
  const out = [];
  for (const effect of effects) out.push(await applyEffect(deps, effect, lead, rule, actor, runAt));
  return out;
}

describe('rule effects', () => {
  it('are idempotent: applying a firing twice writes one task, one draft, one notification', async () => {
    const { deps, ctx, notifications } = await setUp();
    const lead = await createLead(ctx, { name: 'Fatima', email: 'fatima@example.com' });
    const runAt = ctx.clock();
    const effects: RuleEffect[] = [
      { kind: 'reminder', id: 'effect-task-1', leadId: lead.id, reminderKind: 'call', title: 'Call', dueAt: runAt + 60_000, assigneeId: '' },
      { kind: 'email', id: 'effect-email-1', leadId: lead.id, templateId: 'general-follow-up', useAi: false },
      { kind: 'notification', id: 'effect-note-1', leadId: lead.id, message: 'Call her' },
    ];
    const first = await applyAll(deps, effects, lead, runAt);
    const second = await applyAll(deps, effects, lead, runAt);
    expect(first.map((o) => o.ok)).toEqual([true, true, true]);
    expect(second.map((o) => o.ok)).toEqual([true, true, true]);
    // The task's creation is logged once, by the rule.
    expect(first[0]?.events.map((e) => [e.type, e.actor])).toEqual([['reminder_created', actor]]);
    expect(second[0]?.events).toEqual([]);

    const reminders = await queryStorage(ctx.db.reminders, { selector: {} });
    expect(reminders.map((r) => [r.id, r.origin, r.assigneeId])).toEqual([['effect-task-1', 'rule', seller.userId]]);
    const emails = await queryStorage(ctx.db.emails, { selector: {} });
    expect(emails.map((e) => [e.leadId, e.ruleId, e.status, e.origin, e.templateId])).toEqual([[lead.id, rule.id, 'draft', 'rule', 'general-follow-up']]);
    expect(notifications).toEqual([{ leadId: lead.id, title: 'Welcome', message: 'Call her' }]);

    // A later run of the rule on the same lead (a periodic rule) drafts again.
    clock.advance(60_000);
    await applyAll(deps, [{ ...(effects[1] as RuleEffect), id: 'effect-email-2' }], lead, ctx.clock());
    expect(await queryStorage(ctx.db.emails, { selector: {} })).toHaveLength(2);
  });

  it('a rule that queues two templates drafts both, once each', async () => {
    const { deps, ctx } = await setUp();
    const lead = await createLead(ctx, { name: 'Fatima', email: 'fatima@example.com' });
    const runAt = ctx.clock();
    const effects: RuleEffect[] = [
      { kind: 'email', id: 'effect-email-a', leadId: lead.id, templateId: 'welcome', useAi: false },
      { kind: 'email', id: 'effect-email-b', leadId: lead.id, templateId: 'general-follow-up', useAi: false },
    ];
    await applyAll(deps, effects, lead, runAt);
    await applyAll(deps, effects, lead, runAt);
    const emails = await queryStorage(ctx.db.emails, { selector: {} });
    expect(emails.map((e) => e.templateId).sort()).toEqual(['general-follow-up', 'welcome']);
  });

  it('never drafts for a lead that must not be emailed, and says why', async () => {
    const { deps, ctx } = await setUp();
    const lead = await createLead(ctx, { name: 'Omar', email: 'omar@example.com', consent: { unsubscribed: true } });
    const [outcome] = await applyAll(deps, [{ kind: 'email', id: 'e-1', leadId: lead.id, templateId: 'general-follow-up', useAi: false }], lead, ctx.clock());
    expect(outcome).toMatchObject({ ok: false, message: 'Email not drafted: The buyer unsubscribed from your emails.' });
    const spam = await createLead(ctx, { name: 'Spam', email: 'spam@example.com', group: 'spam' });
    const [spamOutcome] = await applyAll(deps, [{ kind: 'questionnaire', id: 'q-1', leadId: spam.id, templateId: '' }], spam, ctx.clock());
    expect(spamOutcome?.ok).toBe(false);
    expect(spamOutcome?.message).toMatch(/^Questionnaire not sent: The lead is in the group/);
    expect(await queryStorage(ctx.db.emails, { selector: {} })).toEqual([]);
  });

  it('a questionnaire is refused without the questionnaire center (the dispatch is tested in questionnaireDispatch.test.ts)', async () => {
    const { deps, ctx } = await setUp();
    const lead = await createLead(ctx, { name: 'Lena', email: 'lena@example.com' });
    const [outcome] = await applyAll(deps, [{ kind: 'questionnaire', id: 'q-1', leadId: lead.id, templateId: '' }], lead, ctx.clock());
    expect(outcome).toMatchObject({ ok: false, message: 'Questionnaires are not available here.' });
    expect(await queryStorage(ctx.db.emails, { selector: {} })).toEqual([]);
  });

  it('reports a failing effect in words instead of throwing', async () => {
    const { deps, ctx } = await setUp();
    const lead = await createLead(ctx, { name: 'Ahmed', email: 'ahmed@example.com' });
    const [outcome] = await applyAll(deps, [{ kind: 'email', id: 'e-1', leadId: lead.id, templateId: 'no-such-template', useAi: false }], lead, ctx.clock());
    expect(outcome?.ok).toBe(false);
    expect(outcome?.message).toMatch(/^Drafting the email failed: There is no email template "no-such-template"/);
    await expect(firstValueFrom(deps.emails.observe({ leadId: lead.id }))).resolves.toEqual([]);
  });
});
