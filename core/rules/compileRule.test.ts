import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lead as leadSchema, type Lead, type LeadInput } from '../model/lead';
import { rule as ruleSchema, type Rule, type RuleInput } from '../model/rule';
import { compileRule, defaultRuleCatalogueContext, validateRule } from './compileRule';
import type { CompiledRule, RuleCause } from './ruleTypes';

const NOW = 1_700_000_000_000;
const HOUR = 3_600_000;
const ctx = defaultRuleCatalogueContext([{ id: 'u1', name: 'Ana' }]);

const base = { id: 'r1', ownerId: 'u1', teamId: 't1', createdAt: NOW - 10 * HOUR, updatedAt: NOW - 10 * HOUR, name: 'Rule one' };
const draft = (input: Partial<RuleInput> = {}): RuleInput => ({ ...base, trigger: { kind: 'manual' }, actions: [{ type: 'add_tag', params: { tag: 'x' } }], enabled: true, ...input });
const makeRule = (input: Partial<RuleInput> = {}): Rule => ruleSchema.parse(draft(input));

function compiled(input: Partial<RuleInput> = {}): CompiledRule {
  const r = compileRule(makeRule(input), ctx);
  if (!r.ok) throw new Error(r.error.map((p) => p.message).join('; '));
  return r.value;
}

function makeLead(input: Partial<LeadInput> = {}): Lead {
  return leadSchema.parse({ id: 'l1', ownerId: 'u1', teamId: 't1', createdAt: NOW - 48 * HOUR, updatedAt: NOW - HOUR, ...input });
}

const changed = (fields: string[], before: Lead | null = null, created = false): RuleCause => ({ kind: 'lead_changed', created, fields, before });
const tick = (due: string[] = []): RuleCause => ({ kind: 'tick', dueScheduleRuleIds: new Set(due) });
const manual = (ids: string[]): RuleCause => ({ kind: 'manual', ruleIds: new Set(ids) });

describe('defaultRuleCatalogueContext', () => {
  it('names the default groups, stages and email templates, and the people given', () => {
    expect(ctx.groups.map((g) => g.id)).toContain('untouched');
    expect(ctx.groups.find((g) => g.id === 'qualified')?.name).toBe('Qualified');
    expect(ctx.stages.map((s) => s.id)).toContain('initial_contact');
    expect(ctx.emailTemplates.map((t) => t.id)).toContain('hot-quotation');
    expect(ctx.questionnaireTemplates).toEqual([]);
    expect(ctx.users).toEqual([{ id: 'u1', name: 'Ana' }]);
    expect(defaultRuleCatalogueContext().users).toEqual([]);
  });
});

describe('validateRule', () => {
  it('accepts a good rule and fills defaults', () => {
    const r = validateRule(draft(), ctx);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.priority).toBe(5);
      expect(r.value.executionMode).toEqual({ kind: 'one_time' });
    }
  });

  const problems = (input: unknown) => {
    const r = validateRule(input, ctx);
    return r.ok ? [] : r.error;
  };

  it('names the criteria condition that cannot work, with compileCriteria’s words', () => {
    const p = problems(
      draft({
        criteria: { combinator: 'all', conditions: [{ combinator: 'any', conditions: [{ criterion: 'score', operator: 'greater_than', value: 5 }, { criterion: 'stage', operator: 'greater_than', value: 3 }] }] },
      }),
    );
    expect(p).toHaveLength(1);
    expect(p[0]?.part).toBe('criteria');
    expect(p[0]?.index).toBeNull();
    expect(p[0]?.message).toMatch(/^Group 1, condition 2 \(Customer stage\): "greater_than" does not apply; use /);
  });

  it('names the action and what is missing', () => {
    expect(problems(draft({ actions: [{ type: 'add_tag', params: { tag: 'ok' } }, { type: 'move_to_group', params: { group: 'foo' } }] }))).toEqual([
      { part: 'actions', index: 1, message: 'Action 2 (Move to group): there is no group "foo"' },
    ]);
  });

  it('a missing name does not hide the other problems (the name is typed last)', () => {
    const p = problems(draft({ name: '  ', actions: [{ type: 'move_to_group', params: { group: 'foo' } }] }));
    expect(p.map((x) => x.part)).toEqual(['name', 'actions']);
    expect(p[1]?.message).toBe('Action 1 (Move to group): there is no group "foo"');
    // Other shape problems still stop before the checks that need a well-formed rule.
    expect(problems(draft({ name: '', priority: 11 })).map((x) => x.part).sort()).toEqual(['name', 'priority']);
    // A nameless rule with nothing else wrong has just that one problem.
    expect(problems(draft({ name: '' })).map((x) => x.part)).toEqual(['name']);
  });

  it('refuses a rule with no action', () => {
    expect(problems(draft({ actions: [] }))).toEqual([{ part: 'actions', index: null, message: 'Actions: add at least one action' }]);
  });

  it('refuses an event trigger with no event', () => {
    expect(problems(draft({ trigger: { kind: 'event', eventTypes: [] } }))).toEqual([{ part: 'trigger', index: null, message: 'Trigger: choose at least one event' }]);
  });

  it('refuses a priority outside 1–10 in words', () => {
    for (const priority of [0, 11, 2.5]) expect(problems(draft({ priority }))).toEqual([{ part: 'priority', index: null, message: 'Priority: choose 1 (runs first) to 10 (runs last)' }]);
  });

  it('refuses an in-cycle mode shorter than one repeat', () => {
    const p = problems(draft({ executionMode: { kind: 'in_cycle', everyMs: 3 * 24 * HOUR, forMs: 24 * HOUR } }));
    expect(p).toHaveLength(1);
    expect(p[0]?.part).toBe('mode');
  });

  it('refuses a time_since field it cannot count from', () => {
    const p = problems(draft({ trigger: { kind: 'time_since', field: 'birthday', afterMs: HOUR } }));
    expect(p[0]).toMatchObject({ part: 'trigger', message: expect.stringContaining('"birthday" is not a time a rule can count from') });
    expect(problems(draft({ trigger: { kind: 'time_since', field: 'event:teleport', afterMs: HOUR } }))).toHaveLength(1);
    for (const field of ['untouched', 'createdAt', 'lastActivityAt', 'updatedAt', 'event:quote_request']) {
      expect(problems(draft({ trigger: { kind: 'time_since', field, afterMs: HOUR } }))).toEqual([]);
    }
  });

  it('checks trigger names: lead fields, groups and stages, weekly day', () => {
    expect(problems(draft({ trigger: { kind: 'lead_changed', fields: ['group', 'company.industry'] } }))).toEqual([]);
    expect(problems(draft({ trigger: { kind: 'lead_changed', fields: ['shoeSize'] } }))).toEqual([{ part: 'trigger', index: null, message: 'Trigger: there is no lead field "shoeSize"' }]);
    expect(problems(draft({ trigger: { kind: 'status_changed', field: 'group', from: 'untouched', to: 'moon' } }))).toEqual([{ part: 'trigger', index: null, message: 'Trigger: there is no group "moon"' }]);
    expect(problems(draft({ trigger: { kind: 'status_changed', field: 'stage', from: 'unknown', to: 'unknown' } }))[0]?.message).toBe('Trigger: “from” and “to” are the same customer stage');
    expect(problems(draft({ trigger: { kind: 'schedule', frequency: 'weekly' } }))).toEqual([{ part: 'trigger', index: null, message: 'Trigger: choose the day of the week' }]);
  });

  it('gives readable messages for shape errors, naming the part', () => {
    const p = problems({ ...draft(), name: '', executionMode: { kind: 'periodic', everyMs: 5 }, sunset: { afterRuns: 0 }, trigger: { kind: 'warp' } });
    const byPart = Object.fromEntries(p.map((x) => [x.part, x.message]));
    expect(byPart.name).toBe('Name: give the rule a name');
    expect(byPart.mode).toBe('Execution mode: the repeat interval must be at least 60000');
    expect(byPart.sunset).toBe('Sunset: the number of runs must be at least 1');
    expect(byPart.trigger).toMatch(/^Trigger: /);
    for (const x of p) expect(x.message).not.toMatch(/[{}[\]]/);
    expect(problems(draft({ actions: [{ type: 'notify', params: 'hi' as never }] }))[0]).toMatchObject({ part: 'actions', index: 0 });
  });

  it('collects problems from every part at once', () => {
    const p = problems(draft({ actions: [], trigger: { kind: 'time_since', field: 'nope', afterMs: 1 }, criteria: { combinator: 'all', conditions: [{ criterion: 'nope', operator: 'equals', value: 1 }] } }));
    expect(p.map((x) => x.part).sort()).toEqual(['actions', 'criteria', 'trigger']);
  });

  it('never throws on bad input, and gives problems', () => {
    for (const bad of [null, undefined, 'rule', 42, [], { name: 'x' }, { ...draft(), actions: Array.from({ length: 5000 }, () => ({ type: 'x' })) }]) {
      const r = validateRule(bad, ctx);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.length).toBeGreaterThan(0);
        expect(r.error.length).toBeLessThanOrEqual(20);
      }
    }
    let deep: unknown = { criterion: 'score', operator: 'equals', value: 1 };
    for (let i = 0; i < 5000; i++) deep = { combinator: 'all', conditions: [deep] };
    expect(validateRule(draft({ criteria: deep as never }), ctx).ok).toBe(false);
  });

  it('never throws on random input (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = validateRule(input, ctx);
        if (!r.ok) for (const p of r.error) expect(typeof p.message).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});

describe('compileRule', () => {
  it('refuses a stored rule that names a missing group', () => {
    const r = compileRule(makeRule({ actions: [{ type: 'move_to_group', params: { group: 'gone' } }] }), ctx);
    expect(r.ok).toBe(false);
  });

  it('lead_changed: any field, the chosen fields, or a new lead', () => {
    const any = compiled({ trigger: { kind: 'lead_changed', fields: [] } });
    const some = compiled({ trigger: { kind: 'lead_changed', fields: ['group', 'company.industry'] } });
    const lead = makeLead();
    expect(any.triggeredBy(changed(['name']), lead, NOW)).toBe(true);
    expect(some.triggeredBy(changed(['name']), lead, NOW)).toBe(false);
    expect(some.triggeredBy(changed(['name', 'group']), lead, NOW)).toBe(true);
    expect(some.triggeredBy(changed(['company']), lead, NOW)).toBe(true);
    expect(some.triggeredBy(changed([], null, true), lead, NOW)).toBe(true);
    expect(some.triggeredBy({ kind: 'event', eventType: 'email_open', eventId: 'e1' }, lead, NOW)).toBe(false);
    expect(some.triggeredBy(tick(), lead, NOW)).toBe(false);
  });

  it('status_changed: the field moved, from and to matching', () => {
    const r = compiled({ trigger: { kind: 'status_changed', field: 'group', from: 'untouched', to: 'nurturing' } });
    const anyTo = compiled({ trigger: { kind: 'status_changed', field: 'group', from: null, to: 'nurturing' } });
    const before = makeLead({ group: 'untouched' });
    const after = makeLead({ group: 'nurturing' });
    expect(r.triggeredBy(changed(['group'], before), after, NOW)).toBe(true);
    expect(r.triggeredBy(changed(['stage'], before), after, NOW)).toBe(false);
    expect(r.triggeredBy(changed(['group'], makeLead({ group: 'qualified' })), after, NOW)).toBe(false);
    expect(r.triggeredBy(changed(['group'], before), makeLead({ group: 'qualified' }), NOW)).toBe(false);
    // A new lead comes from nowhere: only "from any" matches.
    expect(r.triggeredBy(changed([], null, true), after, NOW)).toBe(false);
    expect(anyTo.triggeredBy(changed([], null, true), after, NOW)).toBe(true);
    // Named as changed but not really moved.
    expect(anyTo.triggeredBy(changed(['group'], after), after, NOW)).toBe(false);
  });

  it('event: the chosen event types only', () => {
    const r = compiled({ trigger: { kind: 'event', eventTypes: ['quote_request', 'chat'] } });
    expect(r.triggeredBy({ kind: 'event', eventType: 'chat', eventId: 'e' }, makeLead(), NOW)).toBe(true);
    expect(r.triggeredBy({ kind: 'event', eventType: 'email_open', eventId: 'e' }, makeLead(), NOW)).toBe(false);
    expect(r.triggeredBy(changed(['group']), makeLead(), NOW)).toBe(false);
  });

  it('schedule: on a tick that names the rule due', () => {
    const r = compiled({ trigger: { kind: 'schedule', frequency: 'daily', minuteOfDay: 600 } });
    expect(r.triggeredBy(tick(['r1']), makeLead(), NOW)).toBe(true);
    expect(r.triggeredBy(tick(['r2']), makeLead(), NOW)).toBe(false);
    expect(r.triggeredBy(changed([]), makeLead(), NOW)).toBe(false);
  });

  it('time_since: on a tick once the time has passed since the anchor', () => {
    const untouched = compiled({ trigger: { kind: 'time_since', field: 'untouched', afterMs: 24 * HOUR } });
    expect(untouched.triggeredBy(tick(), makeLead({ lastInterestAt: NOW - 25 * HOUR }), NOW)).toBe(true);
    expect(untouched.triggeredBy(tick(), makeLead({ lastInterestAt: NOW - 23 * HOUR }), NOW)).toBe(false);
    // No interest yet: counted from the lead's arrival (48 h ago).
    expect(untouched.triggeredBy(tick(), makeLead(), NOW)).toBe(true);
    expect(untouched.triggeredBy(changed([]), makeLead(), NOW)).toBe(false);
    const quote = compiled({ trigger: { kind: 'time_since', field: 'event:quote_request', afterMs: HOUR } });
    expect(quote.triggeredBy(tick(), makeLead(), NOW)).toBe(false);
    expect(quote.triggeredBy(tick(), makeLead({ lastEventAt: { quote_request: NOW - HOUR } }), NOW)).toBe(true);
    const activity = compiled({ trigger: { kind: 'time_since', field: 'lastActivityAt', afterMs: HOUR } });
    expect(activity.triggeredBy(tick(), makeLead(), NOW)).toBe(false);
    const updated = compiled({ trigger: { kind: 'time_since', field: 'updatedAt', afterMs: HOUR } });
    expect(updated.triggeredBy(tick(), makeLead(), NOW)).toBe(true);
    const created = compiled({ trigger: { kind: 'time_since', field: 'createdAt', afterMs: 49 * HOUR } });
    expect(created.triggeredBy(tick(), makeLead(), NOW)).toBe(false);
  });

  it('manual: when the seller runs it; and "Run now" wakes any rule', () => {
    const m = compiled({ trigger: { kind: 'manual' } });
    expect(m.triggeredBy(manual(['r1']), makeLead(), NOW)).toBe(true);
    expect(m.triggeredBy(manual(['r2']), makeLead(), NOW)).toBe(false);
    expect(m.triggeredBy(tick(['r1']), makeLead(), NOW)).toBe(false);
    const e = compiled({ trigger: { kind: 'event', eventTypes: ['chat'] } });
    expect(e.triggeredBy(manual(['r1']), makeLead(), NOW)).toBe(true);
  });

  it('mayRun and repeatsAt follow the execution mode', () => {
    const run = { count: 1, firstAt: NOW - 5 * HOUR, lastAt: NOW - 2 * HOUR, version: 1 };
    const once = compiled();
    expect(once.mayRun(undefined, NOW)).toBe(true);
    expect(once.mayRun(run, NOW)).toBe(false);
    expect(once.repeatsAt(run, NOW)).toBe(false);
    const periodic = compiled({ executionMode: { kind: 'periodic', everyMs: 2 * HOUR } });
    expect(periodic.mayRun(undefined, NOW)).toBe(true);
    expect(periodic.mayRun(run, NOW)).toBe(true);
    expect(periodic.mayRun(run, NOW - 1)).toBe(false);
    expect(periodic.repeatsAt(run, NOW)).toBe(true);
    expect(periodic.repeatsAt(undefined, NOW)).toBe(false);
    const cycle = compiled({ executionMode: { kind: 'in_cycle', everyMs: 2 * HOUR, forMs: 6 * HOUR } });
    expect(cycle.mayRun(run, NOW)).toBe(true);
    expect(cycle.mayRun(run, NOW + HOUR)).toBe(true);
    expect(cycle.mayRun(run, NOW + HOUR + 1)).toBe(false);
    expect(cycle.repeatsAt(run, NOW + 10 * HOUR)).toBe(false);
  });

  it('sunset: end date, runs across leads, and an event on this lead after the rule was saved', () => {
    const none = { totalRuns: 0 };
    const dated = compiled({ sunset: { expiresAt: NOW } });
    expect(dated.sunsetFor(null, none, NOW - 1)).toBeNull();
    expect(dated.sunsetFor(null, none, NOW)).toBe('Sunset: the rule’s end date has passed');
    const counted = compiled({ sunset: { afterRuns: 3 } });
    expect(counted.sunsetFor(null, { totalRuns: 2 }, NOW)).toBeNull();
    expect(counted.sunsetFor(null, { totalRuns: 3 }, NOW)).toBe('Sunset: the rule has run 3 times, its limit');
    const replied = compiled({ sunset: { afterEvent: 'email_reply' } });
    expect(replied.sunsetFor(makeLead(), none, NOW)).toBeNull();
    expect(replied.sunsetFor(makeLead({ lastEventAt: { email_reply: base.updatedAt - 1 } }), none, NOW)).toBeNull();
    expect(replied.sunsetFor(makeLead({ lastEventAt: { email_reply: base.updatedAt + 1 } }), none, NOW)).toBe('Sunset for this lead: “email reply” happened');
    expect(replied.sunsetFor(null, none, NOW)).toBeNull();
    expect(compiled().sunsetFor(null, { totalRuns: 1e9 }, NOW)).toBeNull();
  });

  it('matches and explains with the criteria, and plans with the actions', () => {
    const r = compiled({ criteria: { combinator: 'all', conditions: [{ criterion: 'group', operator: 'equals', value: 'untouched' }] }, actions: [{ type: 'move_to_group', params: { group: 'nurturing' } }] });
    expect(r.matches(makeLead(), NOW)).toBe(true);
    expect(r.matches(makeLead({ group: 'spam' }), NOW)).toBe(false);
    expect(r.explain(makeLead(), NOW).held).toBe(true);
    expect(r.plan(makeLead(), NOW, 1).patch).toEqual({ group: 'nurturing' });
    expect(r.changes).toEqual(['group']);
  });
});
