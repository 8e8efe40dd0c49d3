import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { LeadEvent } from '../../core/model/event';
import { RuleValidationError, type RuleLogEntry } from '../../renderer/data/ruleContract';
import { untouchedRuleDraft } from '../fixtures/ruleDrafts';
import { openTestData, waitFor, type TestData } from '../fixtures/testData';

let opened: TestData | undefined;

afterEach(async () => {
  await opened?.data.close();
  opened = undefined;
});

async function open(autoRules: boolean, notify?: (n: { leadId: string; title: string; message: string }) => void): Promise<TestData> {
  opened = await openTestData({ label: 'rules', autoRules, notify });
  return opened;
}

const hour = 3_600_000;

const draft = untouchedRuleDraft;

async function eventsOf(t: TestData, leadId: string): Promise<LeadEvent[]> {
  return firstValueFrom(t.data.observeEvents(leadId));
}

async function firings(t: TestData, leadId: string): Promise<LeadEvent[]> {
  return (await eventsOf(t, leadId)).filter((e) => e.type === 'rule_fired');
}

async function log(t: TestData, ruleId: string): Promise<RuleLogEntry[]> {
  return firstValueFrom(t.data.rules.observeLog({ ruleId }));
}

describe('rule runner, real time', () => {
  it('acts on a quote request within a second: tag, task, and the log entry', async () => {
    const notified: string[] = [];
    const t = await open(true, (n) => notified.push(`${n.title}: ${n.message}`));
    const rule = await t.data.rules.save({
      name: 'RFQ follow-up',
      trigger: { kind: 'event', eventTypes: ['quote_request'] },
      actions: [
        { type: 'add_tag', params: { tag: 'rfq' } },
        { type: 'create_reminder', params: { kind: 'call', title: 'Call about the quote', dueInMinutes: 60, assignee: '' } },
        { type: 'notify', params: { message: 'New quote request' } },
      ],
      enabled: true,
    });
    const lead = await t.data.createLead({ name: 'Fatima', email: 'fatima@example.com' });
    const started = Date.now();
    await t.data.recordLeadEvent(lead.id, { type: 'quote_request' });
    let tagged = false;
    const stop = t.data.observeLead(lead.id).subscribe((l) => {
      tagged = tagged || (l?.tags.includes('rfq') ?? false);
    });
    await waitFor(() => tagged, 1_000);
    stop.unsubscribe();
    expect(Date.now() - started).toBeLessThanOrEqual(1_000);

    await waitFor(() => notified.length > 0, 1_000);
    const reminders = await firstValueFrom(t.data.observeReminders(lead.id));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ origin: 'rule', kind: 'call', title: 'Call about the quote', dueAt: t.clock.now() + hour, assigneeId: lead.ownerId });
    expect(notified).toEqual(['RFQ follow-up: New quote request']);

    const events = await eventsOf(t, lead.id);
    const tagEvent = events.find((e) => e.type === 'tag_added');
    expect(tagEvent?.actor).toEqual({ kind: 'rule', id: rule.id, name: 'RFQ follow-up' });
    const fired = events.filter((e) => e.type === 'rule_fired');
    expect(fired).toHaveLength(1);
    expect(fired[0]?.data).toMatchObject({ ruleId: rule.id, ruleName: 'RFQ follow-up', version: 1, runNumber: 1, cause: 'event: quote_request', outcome: 'applied', messages: [] });
    expect(fired[0]?.data.actions).toHaveLength(3);
    expect((await t.data.getLead(lead.id))?.ruleRuns[rule.id]).toMatchObject({ count: 1, version: 1 });
    const [entry] = await log(t, rule.id);
    expect(entry).toMatchObject({ id: fired[0]?.id, ruleId: rule.id, ruleName: 'RFQ follow-up', version: 1, leadId: lead.id, leadName: 'Fatima', cause: 'event: quote_request', outcome: 'applied', messages: [] });
    expect(entry?.actions).toEqual(fired[0]?.data.actions);
  });

  it('a one-time rule fires once however often its event happens', async () => {
    const t = await open(true);
    const rule = await t.data.rules.save({ name: 'Once', trigger: { kind: 'event', eventTypes: ['email_open'] }, actions: [{ type: 'adjust_score', params: { points: 5 } }], enabled: true });
    const lead = await t.data.createLead({ name: 'Omar' });
    for (let i = 0; i < 3; i++) {
      await t.data.recordLeadEvent(lead.id, { type: 'email_open' });
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await firings(t, lead.id)).toHaveLength(1);
    expect((await t.data.getLead(lead.id))?.scoreAdjustment).toBe(5);
    const [summary] = await firstValueFrom(t.data.rules.observe());
    expect(summary?.stats).toMatchObject({ timesFired: 1, leadsAffected: 1 });
    expect(summary?.rule.id).toBe(rule.id);
  });

  it('does not treat its own writes as new causes', async () => {
    const t = await open(true);
    // Each firing changes tags; if the runner reacted to its own write this periodic rule would loop.
    await t.data.rules.save({
      name: 'Touch tags',
      trigger: { kind: 'lead_changed', fields: ['tags'] },
      executionMode: { kind: 'periodic', everyMs: 60_000 },
      actions: [{ type: 'add_tag', params: { tag: 'seen' } }],
      enabled: true,
    });
    const lead = await t.data.createLead({ name: 'Lena' });
    await t.data.updateLead(lead.id, { tags: ['vip'] });
    let seen = false;
    const stop = t.data.observeLead(lead.id).subscribe((l) => {
      if (!seen && (l?.tags.includes('seen') ?? false)) {
        seen = true;
        // Past the period at once: a reaction to the runner's own write would now fire again.
        t.clock.advance(120_000);
      }
    });
    await waitFor(() => seen, 1_000);
    stop.unsubscribe();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await firings(t, lead.id)).toHaveLength(1);
    expect((await t.data.getLead(lead.id))?.tags).toEqual(['vip', 'seen']);
  });

  it('wakes on a change of the score, which the brain derives', async () => {
    const t = await open(true);
    // Created before the rule exists: only the later change can wake it.
    const lead = await t.data.createLead({ name: 'Rania', email: 'rania@example.com' });
    const rule = await t.data.rules.save({
      name: 'Score moved',
      trigger: { kind: 'lead_changed', fields: ['score'] },
      actions: [{ type: 'add_tag', params: { tag: 'score-moved' } }],
      enabled: true,
    });
    await t.data.recordLeadEvent(lead.id, { type: 'quote_request' });
    const after = await t.data.getLead(lead.id);
    expect(after?.score).not.toBe(lead.score);
    let tagged = false;
    const stop = t.data.observeLead(lead.id).subscribe((l) => {
      tagged = tagged || (l?.tags.includes('score-moved') ?? false);
    });
    await waitFor(() => tagged, 1_000);
    stop.unsubscribe();
    const [fired] = await firings(t, lead.id);
    expect(fired?.data).toMatchObject({ ruleId: rule.id, cause: expect.stringMatching(/^lead changed: .*score/) });
  });
});

describe('saving rules', () => {
  it('refuses a rule that names a missing group, with the problems', async () => {
    const t = await open(false);
    const error = await t.data.rules.save(draft({ actions: [{ type: 'move_to_group', params: { group: 'nowhere' } }] })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleValidationError);
    const problems = (error as RuleValidationError).problems;
    expect(problems.some((p) => p.part === 'actions' && p.index === 0)).toBe(true);
    expect(await firstValueFrom(t.data.rules.observe())).toEqual([]);
    const checked = await t.data.rules.validate(draft({ actions: [] }));
    expect(checked.ok).toBe(false);
  });

  it('accepts a group the seller added; new rules are off unless asked; an edit bumps the version', async () => {
    const t = await open(false);
    await t.data.setConfig('groups', 'default', { names: {}, custom: [{ id: 'trade_show', name: 'Trade show' }] });
    // The lead settings reach the data layer through a subscription.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const off = await t.data.rules.save(draft({ enabled: undefined, actions: [{ type: 'move_to_group', params: { group: 'trade_show' } }] }));
    expect(off).toMatchObject({ enabled: false, version: 1, ownerId: 'user-1' });
    t.clock.advance(1_000);
    const edited = await t.data.rules.save({ ...draft({ name: 'Renamed', enabled: false, actions: off.actions }), id: off.id });
    expect(edited).toMatchObject({ name: 'Renamed', version: 2, updatedAt: t.clock.now(), createdAt: off.createdAt });
    const same = await t.data.rules.save({ ...draft({ name: 'Renamed', enabled: false, actions: off.actions }), id: off.id });
    expect(same.version).toBe(2);
    const on = await t.data.rules.setEnabled(off.id, true);
    expect(on).toMatchObject({ enabled: true, version: 2 });
    await t.data.rules.delete(off.id);
    expect(await t.data.rules.get(off.id)).toBeNull();
  });

  it('says why a stored rule cannot run once a group it names is deleted, and does not switch it on', async () => {
    const t = await open(false);
    await t.data.setConfig('groups', 'default', { names: {}, custom: [{ id: 'trade_show', name: 'Trade show' }] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const rule = await t.data.rules.save(draft({ enabled: false, actions: [{ type: 'move_to_group', params: { group: 'trade_show' } }] }));
    expect((await firstValueFrom(t.data.rules.observe()))[0]?.problems).toEqual([]);
    await t.data.setConfig('groups', 'default', { names: {}, custom: [] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const [summary] = await firstValueFrom(t.data.rules.observe());
    expect(summary?.problems.length).toBeGreaterThan(0);
    expect(summary?.problems[0]).toMatchObject({ part: 'actions', index: 0 });
    await expect(t.data.rules.setEnabled(rule.id, true)).rejects.toBeInstanceOf(RuleValidationError);
    expect((await t.data.rules.get(rule.id))?.enabled).toBe(false);
  });
});

describe('the scheduler sweeps every lead only when a sweep is due', () => {
  it('sweeps at start, then only after sweepEveryMs, or at once when a rule is switched on or edited', async () => {
    const t = (opened = await openTestData({ label: 'rules-sweep', autoRules: { tickMs: 40, sweepEveryMs: 10 * 60_000 } }));
    const lead = await t.data.createLead({ name: 'Swept' });
    const lastRun = async (id: string): Promise<number | null> => (await firstValueFrom(t.data.rules.observe())).find((s) => s.rule.id === id)?.stats.lastRunAt ?? null;
    t.clock.advance(2 * hour);
    const rule = await t.data.rules.save(draft());
    // Switched on since the last sweep: the next tick sweeps, and acts on the lead untouched for 2 hours.
    await waitFor(async () => (await lastRun(rule.id)) === t.clock.now(), 2_000);
    await waitFor(async () => (await t.data.getLead(lead.id))?.tags.includes('checked') === true, 2_000);
    const sweptAt = t.clock.now();
    // Ticks keep coming, but within sweepEveryMs nothing sweeps again.
    t.clock.advance(5 * 60_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await lastRun(rule.id)).toBe(sweptAt);
    // Once sweepEveryMs has passed since the last sweep, the next tick sweeps.
    t.clock.advance(5 * 60_000);
    await waitFor(async () => (await lastRun(rule.id)) === t.clock.now(), 2_000);
    // An edit sweeps at the next tick.
    t.clock.advance(60_000);
    await t.data.rules.save({ ...draft({ name: 'Tag it again' }), id: rule.id });
    await waitFor(async () => (await lastRun(rule.id)) === t.clock.now(), 2_000);
  });
});
