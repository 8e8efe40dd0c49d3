import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { LeadEvent } from '../../core/model/event';
import { untouchedRuleDraft } from '../fixtures/ruleDrafts';
import { openTestData, type TestData } from '../fixtures/testData';

/** The scheduler's passes with the test clock: no timers, each pass by tickNow. */

let opened: TestData | undefined;

afterEach(async () => {
  await opened?.data.close();
  opened = undefined;
});

async function open(): Promise<TestData> {
  opened = await openTestData({ label: 'rules-tick', autoRules: false });
  return opened;
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

const draft = untouchedRuleDraft;

async function firings(t: TestData, leadId: string): Promise<LeadEvent[]> {
  return (await firstValueFrom(t.data.observeEvents(leadId))).filter((e) => e.type === 'rule_fired').sort((a, b) => (a.id < b.id ? -1 : 1));
}

async function tickAfter(t: TestData, ms: number): Promise<void> {
  t.clock.advance(ms);
  await t.data.rules.runner.tickNow();
}

describe('rule runner, scheduler tick', () => {
  it('runs rules in priority order; a matching blocking rule stops the lower ones', async () => {
    const t = await open();
    const later = await t.data.rules.save(draft({ name: 'Later', priority: 5, actions: [{ type: 'add_tag', params: { tag: 'later' } }] }));
    const hold = await t.data.rules.save(
      draft({
        name: 'Hold risky leads',
        priority: 1,
        blocking: true,
        criteria: { combinator: 'all', conditions: [{ criterion: 'tags', operator: 'contains', value: 'spam-risk' }] },
        actions: [{ type: 'add_tag', params: { tag: 'held' } }],
      }),
    );
    const outreach = await t.data.rules.save(draft({ name: 'Outreach', priority: 2, actions: [{ type: 'add_tag', params: { tag: 'outreach' } }] }));
    const risky = await t.data.createLead({ name: 'Risky', tags: ['spam-risk'] });
    const fine = await t.data.createLead({ name: 'Fine' });
    await tickAfter(t, 2 * hour);

    expect((await t.data.getLead(risky.id))?.tags).toEqual(['spam-risk', 'held']);
    expect((await t.data.getLead(fine.id))?.tags).toEqual(['outreach', 'later']);
    const riskyFired = await firings(t, risky.id);
    expect(riskyFired.map((e) => e.data.ruleId)).toEqual([hold.id]);
    expect((riskyFired[0]?.data.messages as string[]).some((m) => m.startsWith('Blocked lower-priority rules'))).toBe(true);
    expect((await firings(t, fine.id)).map((e) => e.data.ruleId)).toEqual([outreach.id, later.id]);
    expect((await firings(t, fine.id)).map((e) => e.data.cause)).toEqual(['scheduled check', 'scheduled check']);
  });

  it('does nothing before the time has passed, and a one-time rule acts once over many ticks', async () => {
    const t = await open();
    await t.data.rules.save(draft());
    const lead = await t.data.createLead({ name: 'A' });
    await tickAfter(t, 30 * minute);
    expect(await firings(t, lead.id)).toHaveLength(0);
    for (let i = 0; i < 4; i++) await tickAfter(t, hour);
    expect(await firings(t, lead.id)).toHaveLength(1);
  });

  it('repeats a periodic rule each period while it matches, and a long gap runs it once', async () => {
    const t = await open();
    const rule = await t.data.rules.save(draft({ executionMode: { kind: 'periodic', everyMs: day }, actions: [{ type: 'adjust_score', params: { points: 1 } }] }));
    const lead = await t.data.createLead({ name: 'A' });
    await tickAfter(t, 2 * hour);
    await tickAfter(t, hour);
    expect(await firings(t, lead.id)).toHaveLength(1);
    await tickAfter(t, day);
    expect((await firings(t, lead.id)).map((e) => e.data.runNumber)).toEqual([1, 2]);
    // The app was closed for ten days: one catch-up run, not ten.
    await tickAfter(t, 10 * day);
    await tickAfter(t, minute);
    expect((await firings(t, lead.id)).map((e) => e.data.runNumber)).toEqual([1, 2, 3]);
    expect((await t.data.getLead(lead.id))?.ruleRuns[rule.id]).toMatchObject({ count: 3 });
    expect((await t.data.getLead(lead.id))?.scoreAdjustment).toBe(3);
  });

  it('repeats an in-cycle rule every period for its span, then never again', async () => {
    const t = await open();
    await t.data.rules.save(draft({ executionMode: { kind: 'in_cycle', everyMs: day, forMs: 2 * day + hour }, actions: [{ type: 'adjust_score', params: { points: 1 } }] }));
    const lead = await t.data.createLead({ name: 'A' });
    await tickAfter(t, 2 * hour);
    for (let i = 0; i < 6; i++) await tickAfter(t, day);
    expect((await firings(t, lead.id)).map((e) => e.data.runNumber)).toEqual([1, 2, 3]);
  });

  it('runs a schedule rule at its moment; a closed app catches up once', async () => {
    const t = await open();
    // Daily at 10:00 (UTC offset 0 in tests). The test clock starts 15 June 2025 15:06 UTC.
    const rule = await t.data.rules.save(draft({ name: 'Daily', trigger: { kind: 'schedule', frequency: 'daily', dayOfWeek: null, minuteOfDay: 600 } }));
    const first = await t.data.createLead({ name: 'First' });
    await tickAfter(t, minute);
    expect(await firings(t, first.id)).toHaveLength(0);
    // Five days closed: the rule runs once now.
    await tickAfter(t, 5 * day);
    expect(await firings(t, first.id)).toHaveLength(1);
    const afterCatchUp = (await firstValueFrom(t.data.rules.observe()))[0]?.stats;
    expect(afterCatchUp).toMatchObject({ timesFired: 1, leadsAffected: 1, lastRunAt: t.clock.now(), lastFiredAt: t.clock.now() });
    // Not again until the next 10:00: a lead created meanwhile waits for it.
    const second = await t.data.createLead({ name: 'Second' });
    await tickAfter(t, minute);
    expect(await firings(t, second.id)).toHaveLength(0);
    await tickAfter(t, day);
    expect(await firings(t, second.id)).toHaveLength(1);
    expect(await firings(t, first.id)).toHaveLength(1);
    expect((await t.data.rules.get(rule.id))?.version).toBe(1);
  });

  it('stops a rule at its sunset: after N runs across leads, and at its end date', async () => {
    const t = await open();
    const limited = await t.data.rules.save(draft({ name: 'Two only', sunset: { expiresAt: null, afterRuns: 2, afterEvent: null } }));
    const expired = await t.data.rules.save(draft({ name: 'Expired', sunset: { expiresAt: t.clock.now() + hour, afterRuns: null, afterEvent: null }, actions: [{ type: 'add_tag', params: { tag: 'x' } }] }));
    const leads = [];
    for (let i = 0; i < 3; i++) leads.push(await t.data.createLead({ name: `L${i}` }));
    await tickAfter(t, 2 * hour);
    const fired = (await Promise.all(leads.map((l) => firings(t, l.id)))).flat();
    expect(fired.filter((e) => e.data.ruleId === limited.id)).toHaveLength(2);
    expect(fired.filter((e) => e.data.ruleId === expired.id)).toHaveLength(0);
    const summaries = await firstValueFrom(t.data.rules.observe());
    expect(summaries.find((s) => s.rule.id === limited.id)?.sunset).not.toBeNull();
    expect(summaries.find((s) => s.rule.id === expired.id)?.sunset).not.toBeNull();
  });

  it('chains through a group change in one pass, each change in the timeline by its rule', async () => {
    const t = await open();
    const move = await t.data.rules.save(draft({ name: 'Start nurturing', priority: 1, actions: [{ type: 'move_to_group', params: { group: 'nurturing' } }] }));
    const tag = await t.data.rules.save({
      name: 'Tag nurtured',
      priority: 2,
      trigger: { kind: 'status_changed', field: 'group', from: null, to: 'nurturing' },
      actions: [{ type: 'add_tag', params: { tag: 'nurture' } }],
      enabled: true,
    });
    const lead = await t.data.createLead({ name: 'A' });
    await tickAfter(t, 2 * hour);
    expect(await t.data.getLead(lead.id)).toMatchObject({ group: 'nurturing', tags: ['nurture'] });
    const events = await firstValueFrom(t.data.observeEvents(lead.id));
    expect(events.find((e) => e.type === 'group_changed')).toMatchObject({ actor: { kind: 'rule', id: move.id }, data: { from: 'untouched', to: 'nurturing' } });
    expect(events.find((e) => e.type === 'tag_added')).toMatchObject({ actor: { kind: 'rule', id: tag.id }, data: { tag: 'nurture' } });
    const fired = await firings(t, lead.id);
    expect(fired.map((e) => [e.data.ruleId, e.data.cause])).toEqual([
      [move.id, 'scheduled check'],
      [tag.id, 'chained (round 2)'],
    ]);
  });

  it('Run now acts on every lead the rule matches and reports the counts', async () => {
    const t = await open();
    const rule = await t.data.rules.save({ name: 'By hand', trigger: { kind: 'manual' }, actions: [{ type: 'set_priority', params: { priority: 'high' } }], enabled: true });
    for (let i = 0; i < 5; i++) await t.data.createLead({ name: `L${i}` });
    const progress: number[] = [];
    expect(await t.data.rules.runNow(rule.id, (p) => progress.push(p.done))).toEqual({ leadsChecked: 5, fired: 5 });
    expect(progress.at(-1)).toBe(5);
    expect(await t.data.rules.runNow(rule.id)).toEqual({ leadsChecked: 5, fired: 0 });
    await t.data.rules.setEnabled(rule.id, false);
    await expect(t.data.rules.runNow(rule.id)).rejects.toThrow(/Switch the rule/);
  });

  it('reports the runner status', async () => {
    const t = await open();
    await t.data.rules.save(draft());
    await tickAfter(t, minute);
    const status = await firstValueFrom(t.data.rules.runner.observe());
    expect(status).toMatchObject({ enabledRules: 1, running: false, lastTickAt: t.clock.now(), lastError: null });
  });
});
