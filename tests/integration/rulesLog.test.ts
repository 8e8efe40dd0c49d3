import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { RuleDraft, RuleLogEntry } from '../../renderer/data/ruleContract';
import { openTestData, waitFor, type TestData } from '../fixtures/testData';

let opened: TestData | undefined;

afterEach(async () => {
  await opened?.data.close();
  opened = undefined;
});

const minute = 60_000;
const hour = 60 * minute;

const welcome: RuleDraft = {
  name: 'Welcome',
  trigger: { kind: 'time_since', field: 'untouched', afterMs: hour },
  criteria: { combinator: 'all', conditions: [{ criterion: 'tags', operator: 'not_contains', value: 'skip' }] },
  actions: [
    { type: 'add_tag', params: { tag: 'welcomed' } },
    { type: 'send_email', params: { templateId: 'general-follow-up', useAi: false } },
  ],
  enabled: true,
};

/** What the follow-up template's tokens need, so its drafts are complete. */
const filled = { company: { name: 'Gulf Valves' }, qualification: { need: 'valves' } };

describe('rule log and performance', () => {
  it('logs each firing with the lead, cause, actions, outcome and messages; counts what became of the leads', async () => {
    const t = await (async () => (opened = await openTestData({ label: 'rules-log', autoRules: false })))();
    const rule = await t.data.rules.save(welcome);
    const a = await t.data.createLead({ name: 'Ahmed', email: 'ahmed@example.com', ...filled });
    const b = await t.data.createLead({ name: 'Basma', email: 'basma@example.com', ...filled });
    const c = await t.data.createLead({ name: 'Chen', email: 'chen@example.com', consent: { unsubscribed: true } });
    const early = await t.data.createLead({ name: 'Early', email: 'early@example.com', ...filled });
    await t.data.createLead({ name: 'Skipped', email: 'skip@example.com', tags: ['skip'] });
    t.clock.advance(30 * minute);
    // Qualified before the rule acted on it: not an outcome of the rule.
    await t.data.updateLead(early.id, { group: 'qualified' });
    t.clock.advance(hour + 30 * minute);
    await t.data.rules.runner.tickNow();
    const firedAt = t.clock.now();

    const entries = await firstValueFrom(t.data.rules.observeLog({ ruleId: rule.id }));
    expect(entries.map((e) => e.leadName).sort()).toEqual(['Ahmed', 'Basma', 'Chen', 'Early']);
    const chen = entries.find((e) => e.leadId === c.id) as RuleLogEntry;
    expect(chen).toMatchObject({
      ruleId: rule.id,
      ruleName: 'Welcome',
      version: 1,
      at: firedAt,
      cause: 'scheduled check',
      outcome: 'partly_applied',
      messages: ['Email not drafted: The buyer unsubscribed from your emails.'],
    });
    expect(chen.actions).toHaveLength(2);
    expect(entries.find((e) => e.leadId === a.id)).toMatchObject({ outcome: 'applied', messages: [] });
    expect(await firstValueFrom(t.data.rules.observeLog({ leadId: a.id }))).toHaveLength(1);
    expect(await firstValueFrom(t.data.rules.observeLog({ ruleId: rule.id, limit: 2 }))).toHaveLength(2);
    // The drafts wait for approval; none for the unsubscribed buyer.
    const drafts = await firstValueFrom(t.data.emails.observe());
    expect(drafts.map((e) => e.leadId).sort()).toEqual([a.id, b.id, early.id].sort());
    expect(drafts.every((e) => e.status === 'draft' && e.ruleId === rule.id)).toBe(true);

    t.clock.advance(hour);
    await t.data.updateLead(a.id, { group: 'qualified' });
    await t.data.recordLeadEvent(b.id, { type: 'email_reply' });
    await t.data.updateLead(c.id, { conversion: { contactId: 'contact-1', accountId: null, convertedAt: t.clock.now() } });
    const performance = await t.data.rules.performance(rule.id);
    expect(performance).toEqual({
      ruleId: rule.id,
      timesFired: 4,
      leadsAffected: 4,
      actionsTriggered: [
        { type: 'add_tag', label: expect.any(String), count: 4 },
        { type: 'send_email', label: expect.any(String), count: 4 },
      ],
      outcomes: [
        { label: 'Reached Qualified', leads: 1 },
        { label: 'Became Customer', leads: 0 },
        { label: 'Converted', leads: 1 },
        { label: 'Replied to an email', leads: 1 },
      ],
    });
  });

  it('shows new firings in an open log', async () => {
    const t = (opened = await openTestData({ label: 'rules-log-live', autoRules: true }));
    const rule = await t.data.rules.save({ name: 'On RFQ', trigger: { kind: 'event', eventTypes: ['quote_request'] }, actions: [{ type: 'add_tag', params: { tag: 'rfq' } }], enabled: true });
    const seen: number[] = [];
    const subscription = t.data.rules.observeLog({}).subscribe((entries) => seen.push(entries.length));
    await waitFor(() => seen.length > 0);
    expect(seen[0]).toBe(0);
    const lead = await t.data.createLead({ name: 'Dana' });
    await t.data.recordLeadEvent(lead.id, { type: 'quote_request' });
    await waitFor(() => seen.at(-1) === 1, 2_000);
    subscription.unsubscribe();
    const [entry] = await firstValueFrom(t.data.rules.observeLog({ ruleId: rule.id }));
    expect(entry).toMatchObject({ leadName: 'Dana', cause: 'event: quote_request', outcome: 'applied' });
  });

  it('the Rules screen log keeps the latest 50 firings of a rule, the same as their rule_fired events; a lead keeps its whole log', async () => {
    const t = (opened = await openTestData({ label: 'rules-log-ring', autoRules: false }));
    const rule = await t.data.rules.save({ name: 'Tag all', trigger: { kind: 'manual' }, actions: [{ type: 'add_tag', params: { tag: 'seen' } }], enabled: true });
    const leads = [];
    for (let i = 0; i < 60; i++) {
      leads.push(await t.data.createLead({ name: `Lead ${String(i).padStart(2, '0')}` }));
      t.clock.advance(1_000);
    }
    const outcome = await t.data.rules.runNow(rule.id);
    expect(outcome).toEqual({ leadsChecked: 60, fired: 60 });
    const log = await firstValueFrom(t.data.rules.observeLog({ ruleId: rule.id, limit: 500 }));
    expect(log).toHaveLength(50);
    // The same entries as the rule_fired events, newest first.
    const events = (await Promise.all(leads.map((l) => firstValueFrom(t.data.observeEvents(l.id))))).flat().filter((e) => e.type === 'rule_fired');
    expect(events).toHaveLength(60);
    const newest = events.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1)).slice(0, 50);
    expect(new Set(log.map((e) => e.id))).toEqual(new Set(newest.map((e) => e.id)));
    expect(log.every((e) => e.ruleName === 'Tag all' && e.actions.length === 1 && e.leadName.startsWith('Lead '))).toBe(true);
    const first = leads[0];
    if (!first) throw new Error('no lead');
    expect(await firstValueFrom(t.data.rules.observeLog({ leadId: first.id }))).toHaveLength(1);
    const performance = await t.data.rules.performance(rule.id);
    expect(performance).toMatchObject({ timesFired: 60, leadsAffected: 60, actionsTriggered: [{ type: 'add_tag', count: 60 }] });
  });
});
