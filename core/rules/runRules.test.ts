import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lead as leadSchema, type Lead, type LeadInput, type RuleRun } from '../model/lead';
import { rule as ruleSchema, type RuleInput } from '../model/rule';
import { compileRule, defaultRuleCatalogueContext } from './compileRule';
import { runRulesOnLead } from './runRules';
import type { CompiledRule, RuleCause } from './ruleTypes';

const NOW = 1_700_000_000_000;
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const ctx = defaultRuleCatalogueContext([{ id: 'u2', name: 'Ben' }]);

function rule(id: string, input: Partial<RuleInput> = {}): CompiledRule {
  const parsed = ruleSchema.parse({
    id,
    name: id,
    ownerId: 'u1',
    teamId: 't1',
    createdAt: NOW - 30 * DAY,
    updatedAt: NOW - 30 * DAY,
    trigger: { kind: 'lead_changed', fields: [] },
    actions: [{ type: 'add_tag', params: { tag: id } }],
    enabled: true,
    ...input,
  });
  const compiled = compileRule(parsed, ctx);
  if (!compiled.ok) throw new Error(compiled.error.map((p) => p.message).join('; '));
  return compiled.value;
}

function makeLead(input: Partial<LeadInput> = {}): Lead {
  return leadSchema.parse({ id: 'l1', ownerId: 'u1', teamId: 't1', createdAt: NOW - 2 * DAY, updatedAt: NOW - DAY, name: 'Ana', ...input });
}

const created: RuleCause = { kind: 'lead_changed', created: true, fields: [], before: null };
const tick: RuleCause = { kind: 'tick', dueScheduleRuleIds: new Set() };
const when = (criterion: string, operator: string, value: unknown): RuleInput['criteria'] => ({ combinator: 'all', conditions: [{ criterion, operator, value: value as never }] });
const fired = (r: ReturnType<typeof runRulesOnLead>) => r.firings.map((f) => f.ruleId);

describe('runRulesOnLead', () => {
  it('does nothing and builds nothing when no rule acts', () => {
    const lead = makeLead();
    const r = runRulesOnLead({ rules: [rule('a', { trigger: { kind: 'event', eventTypes: ['chat'] } })], lead, cause: created, now: NOW });
    expect(r).toEqual({ lead, patch: {}, effects: [], firings: [], warnings: [] });
    expect(r.lead).toBe(lead);
  });

  it('fires in priority order, ties by name then id, and records each run', () => {
    const rules = [rule('z', { priority: 2 }), rule('b', { priority: 1, name: 'Same' }), rule('a', { priority: 1, name: 'Same' }), rule('c', { priority: 1, name: 'Alpha' })];
    const r = runRulesOnLead({ rules, lead: makeLead(), cause: created, now: NOW });
    expect(fired(r)).toEqual(['c', 'a', 'b', 'z']);
    expect(r.lead.tags).toEqual(['c', 'a', 'b', 'z']);
    expect(r.patch.tags).toEqual(['c', 'a', 'b', 'z']);
    expect(r.patch.ruleRuns?.a).toEqual({ count: 1, firstAt: NOW, lastAt: NOW, version: 1 });
    expect(r.firings[0]).toMatchObject({ ruleName: 'Alpha', runNumber: 1, cause: 'lead_changed', round: 1, blocked: [] });
    expect(r.firings[0]?.trace.held).toBe(true);
    expect(r.firings[0]?.actions[0]?.description).toBe('Add tag “c”');
  });

  it('skips disabled rules and rules whose criteria do not hold', () => {
    const r = runRulesOnLead({ rules: [rule('off', { enabled: false }), rule('no', { criteria: when('group', 'equals', 'spam') }), rule('yes', { criteria: when('group', 'equals', 'untouched') })], lead: makeLead(), cause: created, now: NOW });
    expect(fired(r)).toEqual(['yes']);
  });

  it('a rule sees the lead as patched by higher-priority rules in the same round', () => {
    const rules = [rule('mover', { priority: 1, actions: [{ type: 'move_to_group', params: { group: 'qualified' } }] }), rule('after', { priority: 2, criteria: when('group', 'equals', 'qualified') })];
    const r = runRulesOnLead({ rules, lead: makeLead(), cause: created, now: NOW });
    expect(fired(r)).toEqual(['mover', 'after']);
    expect(r.patch).toMatchObject({ group: 'qualified', tags: ['after'] });
  });

  describe('one-time', () => {
    it('fires at most once per lead', () => {
      const rules = [rule('once')];
      const first = runRulesOnLead({ rules, lead: makeLead(), cause: created, now: NOW });
      const again = runRulesOnLead({ rules, lead: first.lead, cause: { kind: 'lead_changed', created: false, fields: ['name'], before: first.lead }, now: NOW + DAY });
      expect(fired(first)).toEqual(['once']);
      expect(fired(again)).toEqual([]);
    });
  });

  describe('periodic', () => {
    const periodic = rule('p', { executionMode: { kind: 'periodic', everyMs: DAY }, actions: [{ type: 'notify', params: { message: 'again' } }], criteria: when('group', 'equals', 'untouched') });

    it('fires on its trigger, then repeats on a tick once the period passed and criteria still hold', () => {
      const first = runRulesOnLead({ rules: [periodic], lead: makeLead(), cause: created, now: NOW });
      expect(fired(first)).toEqual(['p']);
      expect(fired(runRulesOnLead({ rules: [periodic], lead: first.lead, cause: tick, now: NOW + DAY - 1 }))).toEqual([]);
      const second = runRulesOnLead({ rules: [periodic], lead: first.lead, cause: tick, now: NOW + DAY });
      expect(fired(second)).toEqual(['p']);
      expect(second.firings[0]?.runNumber).toBe(2);
      expect(second.firings[0]?.cause).toBe('tick');
      expect(second.patch.ruleRuns?.p).toEqual({ count: 2, firstAt: NOW, lastAt: NOW + DAY, version: 1 });
      expect(second.effects[0]?.id).not.toBe(first.effects[0]?.id);
      // Criteria no longer hold: no repeat.
      expect(fired(runRulesOnLead({ rules: [periodic], lead: { ...first.lead, group: 'customer' }, cause: tick, now: NOW + 2 * DAY }))).toEqual([]);
    });

    it('does not start on a tick (it has not been triggered yet)', () => {
      expect(fired(runRulesOnLead({ rules: [periodic], lead: makeLead(), cause: tick, now: NOW }))).toEqual([]);
    });

    it('catches up once after a long gap: one firing, and the next a full period later', () => {
      const first = runRulesOnLead({ rules: [periodic], lead: makeLead(), cause: created, now: NOW });
      const late = NOW + 10 * DAY + 5 * HOUR;
      const caught = runRulesOnLead({ rules: [periodic], lead: first.lead, cause: tick, now: late });
      expect(caught.firings).toHaveLength(1);
      expect(caught.lead.ruleRuns.p).toEqual({ count: 2, firstAt: NOW, lastAt: late, version: 1 });
      expect(fired(runRulesOnLead({ rules: [periodic], lead: caught.lead, cause: tick, now: late + MIN }))).toEqual([]);
      expect(fired(runRulesOnLead({ rules: [periodic], lead: caught.lead, cause: tick, now: late + DAY }))).toEqual(['p']);
    });
  });

  describe('in-cycle', () => {
    it('repeats every N while within M of the first run, then never again', () => {
      const cycle = rule('cycle', { executionMode: { kind: 'in_cycle', everyMs: 3 * DAY, forMs: 14 * DAY }, actions: [{ type: 'send_email', params: { templateId: 'warm-value' } }] });
      let lead = runRulesOnLead({ rules: [cycle], lead: makeLead(), cause: created, now: NOW }).lead;
      const times: number[] = [];
      for (let t = NOW + 6 * HOUR; t <= NOW + 30 * DAY; t += 6 * HOUR) {
        const r = runRulesOnLead({ rules: [cycle], lead, cause: tick, now: t });
        if (r.firings.length > 0) times.push((t - NOW) / DAY);
        lead = r.lead;
      }
      expect(times).toEqual([3, 6, 9, 12]);
      expect(lead.ruleRuns.cycle?.count).toBe(5);
      // Triggered again after the cycle: still never.
      expect(fired(runRulesOnLead({ rules: [cycle], lead, cause: { kind: 'lead_changed', created: false, fields: ['name'], before: lead }, now: NOW + 40 * DAY }))).toEqual([]);
    });
  });

  describe('blocking', () => {
    it('a blocking rule that matches stops lower-priority rules, and lists them', () => {
      const rules = [rule('guard', { priority: 1, blocking: true, criteria: when('group', 'equals', 'spam') }), rule('mail', { priority: 3 }), rule('tag', { priority: 2 })];
      const spam = runRulesOnLead({ rules, lead: makeLead({ group: 'spam' }), cause: created, now: NOW });
      expect(fired(spam)).toEqual(['guard']);
      expect(spam.firings[0]?.blocked).toEqual(['tag', 'mail']);
      expect(fired(runRulesOnLead({ rules, lead: makeLead(), cause: created, now: NOW }))).toEqual(['tag', 'mail']);
    });

    it('blocks whatever woke the engine, even when its own trigger did not fire it', () => {
      const rules = [rule('guard', { priority: 1, blocking: true, trigger: { kind: 'manual' }, criteria: when('group', 'equals', 'spam') }), rule('next', { priority: 2 })];
      const r = runRulesOnLead({ rules, lead: makeLead({ group: 'spam' }), cause: created, now: NOW });
      expect(r.firings).toEqual([]);
    });

    it('does not block higher-priority rules, nor when it is past its sunset', () => {
      const rules = [rule('first', { priority: 1 }), rule('guard', { priority: 2, blocking: true }), rule('last', { priority: 3 })];
      expect(fired(runRulesOnLead({ rules, lead: makeLead(), cause: created, now: NOW }))).toEqual(['first', 'guard']);
      const ended = [rule('guard', { priority: 1, blocking: true, sunset: { expiresAt: NOW - 1 } }), rule('last', { priority: 3 })];
      expect(fired(runRulesOnLead({ rules: ended, lead: makeLead(), cause: created, now: NOW }))).toEqual(['last']);
    });
  });

  describe('sunset', () => {
    it('stops at the end date for every lead', () => {
      const r = rule('s', { sunset: { expiresAt: NOW } });
      expect(fired(runRulesOnLead({ rules: [r], lead: makeLead(), cause: created, now: NOW - 1 }))).toEqual(['s']);
      expect(fired(runRulesOnLead({ rules: [r], lead: makeLead(), cause: created, now: NOW }))).toEqual([]);
    });

    it('stops after N runs across leads (facts from the data layer)', () => {
      const r = rule('s', { sunset: { afterRuns: 2 } });
      expect(fired(runRulesOnLead({ rules: [r], lead: makeLead(), cause: created, now: NOW, facts: () => ({ totalRuns: 1 }) }))).toEqual(['s']);
      expect(fired(runRulesOnLead({ rules: [r], lead: makeLead(), cause: created, now: NOW, facts: () => ({ totalRuns: 2 }) }))).toEqual([]);
    });

    it('stops for a lead once its sunset event happened after the rule was saved', () => {
      const r = rule('s', { sunset: { afterEvent: 'email_reply' } });
      expect(fired(runRulesOnLead({ rules: [r], lead: makeLead({ lastEventAt: { email_reply: NOW - 40 * DAY } }), cause: created, now: NOW }))).toEqual(['s']);
      expect(fired(runRulesOnLead({ rules: [r], lead: makeLead({ lastEventAt: { email_reply: NOW - DAY } }), cause: created, now: NOW }))).toEqual([]);
    });
  });

  describe('chains', () => {
    it('a change in round 1 wakes rules watching that field in round 2', () => {
      const rules = [
        rule('qualify', { priority: 2, trigger: { kind: 'event', eventTypes: ['quote_request'] }, actions: [{ type: 'move_to_group', params: { group: 'qualified' } }] }),
        rule('onQualified', { priority: 1, trigger: { kind: 'status_changed', field: 'group', from: 'untouched', to: 'qualified' }, actions: [{ type: 'create_reminder', params: { kind: 'call', dueInMinutes: 60 } }] }),
      ];
      const r = runRulesOnLead({ rules, lead: makeLead(), cause: { kind: 'event', eventType: 'quote_request', eventId: 'e1' }, now: NOW });
      expect(r.firings.map((f) => [f.ruleId, f.round, f.cause])).toEqual([
        ['qualify', 1, 'event'],
        ['onQualified', 2, 'lead_changed'],
      ]);
      expect(r.effects.map((e) => e.kind)).toEqual(['reminder']);
      expect(r.warnings).toEqual([]);
    });

    it('a rule is not woken again by its own change in the same pass', () => {
      const self = rule('self', { executionMode: { kind: 'periodic', everyMs: MIN }, trigger: { kind: 'lead_changed', fields: ['scoreAdjustment'] }, actions: [{ type: 'adjust_score', params: { points: 5 } }] });
      const r = runRulesOnLead({ rules: [self], lead: makeLead(), cause: { kind: 'lead_changed', created: false, fields: ['scoreAdjustment'], before: makeLead() }, now: NOW });
      expect(r.firings).toHaveLength(1);
      expect(r.lead.scoreAdjustment).toBe(5);
    });

    it('stops after maxRounds with a warning naming the rules that would still run', () => {
      // Each step's tag change wakes the next one: a → b → c → d.
      const step = (id: string, priority: number, needs: string | null) =>
        rule(id, { priority, trigger: needs === null ? { kind: 'manual' } : { kind: 'lead_changed', fields: ['tags'] }, criteria: needs === null ? undefined : when('tags', 'contains', needs) });
      // Later steps come first in priority, so each waits for the next round: b in 2, c in 3, d in 4.
      const rules = [step('a', 4, null), step('b', 3, 'a'), step('c', 2, 'b'), step('d', 1, 'c')];
      const full = runRulesOnLead({ rules, lead: makeLead(), cause: { kind: 'manual', ruleIds: new Set(['a']) }, now: NOW });
      expect(full.firings.map((f) => [f.ruleId, f.round])).toEqual([
        ['a', 1],
        ['b', 2],
        ['c', 3],
        ['d', 4],
      ]);
      const capped = runRulesOnLead({ rules, lead: makeLead(), cause: { kind: 'manual', ruleIds: new Set(['a']) }, now: NOW, maxRounds: 2 });
      expect(fired(capped)).toEqual(['a', 'b']);
      expect(capped.warnings).toEqual(['Rule chain stopped after 2 rounds: c would still run']);
    });

    it('derives the lead between rounds so rules can react to the new score', () => {
      const rules = [
        rule('bump', { priority: 1, trigger: { kind: 'event', eventTypes: ['chat'] }, actions: [{ type: 'adjust_score', params: { points: 50 } }] }),
        rule('hot', { priority: 2, trigger: { kind: 'lead_changed', fields: ['score'] }, criteria: when('score', 'greater_than', 40), actions: [{ type: 'set_priority', params: { priority: 'high' } }] }),
      ];
      const derive = (l: Lead): Lead => ({ ...l, score: Math.max(0, Math.min(100, 10 + l.scoreAdjustment)) });
      const r = runRulesOnLead({ rules, lead: makeLead({ score: 10 }), cause: { kind: 'event', eventType: 'chat', eventId: 'e' }, now: NOW, derive });
      expect(fired(r)).toEqual(['bump', 'hot']);
      // The returned lead is not re-derived: the caller derives it.
      expect(r.lead.score).toBe(10);
      expect(r.patch).toMatchObject({ scoreAdjustment: 50, priority: 'high' });
      expect(fired(runRulesOnLead({ rules, lead: makeLead({ score: 10 }), cause: { kind: 'event', eventType: 'chat', eventId: 'e' }, now: NOW }))).toEqual(['bump']);
    });
  });

  it('"Run now" fires any rule named by a manual cause, within its mode', () => {
    const r = rule('any', { trigger: { kind: 'event', eventTypes: ['chat'] } });
    const first = runRulesOnLead({ rules: [r], lead: makeLead(), cause: { kind: 'manual', ruleIds: new Set(['any']) }, now: NOW });
    expect(fired(first)).toEqual(['any']);
    expect(fired(runRulesOnLead({ rules: [r], lead: first.lead, cause: { kind: 'manual', ruleIds: new Set(['any']) }, now: NOW }))).toEqual([]);
  });

  it('schedule rules fire on the tick that names them due', () => {
    const r = rule('weekly', { trigger: { kind: 'schedule', frequency: 'weekly', dayOfWeek: 2, minuteOfDay: 600 }, executionMode: { kind: 'periodic', everyMs: 7 * DAY } });
    expect(fired(runRulesOnLead({ rules: [r], lead: makeLead(), cause: tick, now: NOW }))).toEqual([]);
    expect(fired(runRulesOnLead({ rules: [r], lead: makeLead(), cause: { kind: 'tick', dueScheduleRuleIds: new Set(['weekly']) }, now: NOW }))).toEqual(['weekly']);
    // Its period has passed on this lead, but it repeats at its scheduled moments only.
    const ranLongAgo = makeLead({ ruleRuns: { weekly: { count: 1, firstAt: NOW - 9 * DAY, lastAt: NOW - 8 * DAY, version: 1 } } });
    expect(fired(runRulesOnLead({ rules: [r], lead: ranLongAgo, cause: tick, now: NOW }))).toEqual([]);
    expect(fired(runRulesOnLead({ rules: [r], lead: ranLongAgo, cause: { kind: 'tick', dueScheduleRuleIds: new Set(['weekly']) }, now: NOW }))).toEqual(['weekly']);
  });

  it('time-since rules fire once on a tick after the lead was untouched long enough', () => {
    const r = rule('stale', { trigger: { kind: 'time_since', field: 'untouched', afterMs: DAY }, actions: [{ type: 'create_reminder', params: { kind: 'call', dueInMinutes: 0 } }] });
    const lead = makeLead({ lastInterestAt: NOW - 2 * DAY });
    const first = runRulesOnLead({ rules: [r], lead, cause: tick, now: NOW });
    expect(first.effects).toMatchObject([{ kind: 'reminder', dueAt: NOW, assigneeId: 'u1' }]);
    expect(fired(runRulesOnLead({ rules: [r], lead: first.lead, cause: tick, now: NOW + DAY }))).toEqual([]);
  });

  it('puts only changed fields in the patch', () => {
    const r = runRulesOnLead({ rules: [rule('x', { actions: [{ type: 'move_to_group', params: { group: 'untouched' } }, { type: 'assign', params: { userId: 'u2' } }] })], lead: makeLead(), cause: created, now: NOW });
    expect(Object.keys(r.patch).sort()).toEqual(['ownerId', 'ruleRuns']);
  });

  it('is deterministic and never mutates its inputs (property)', () => {
    const rules = [
      rule('guard', { priority: 1, blocking: true, criteria: when('tags', 'contains', 'spam') }),
      rule('tagger', { priority: 2, actions: [{ type: 'add_tag', params: { tag: 'seen' } }, { type: 'adjust_score', params: { points: 7 } }] }),
      rule('mover', { priority: 3, trigger: { kind: 'lead_changed', fields: ['tags'] }, criteria: when('tags', 'contains', 'seen'), actions: [{ type: 'move_to_group', params: { group: 'nurturing' } }] }),
      rule('cycle', { priority: 4, executionMode: { kind: 'in_cycle', everyMs: HOUR, forMs: DAY }, actions: [{ type: 'notify', params: { message: 'n' } }] }),
      rule('stale', { priority: 5, trigger: { kind: 'time_since', field: 'createdAt', afterMs: HOUR } }),
    ];
    const causes: RuleCause[] = [created, tick, { kind: 'event', eventType: 'chat', eventId: 'e' }, { kind: 'manual', ruleIds: new Set(['cycle']) }];
    fc.assert(
      fc.property(
        fc.subarray(['spam', 'seen', 'vip', 'x']),
        fc.constantFrom('untouched', 'nurturing', 'spam'),
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 * DAY }),
        fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
        (tags, group, scoreAdjustment, causeIndex, later, runs) => {
          const ruleRuns: Record<string, RuleRun> = runs === undefined ? {} : { cycle: { count: runs, firstAt: NOW - DAY / 2, lastAt: NOW - HOUR, version: 1 } };
          const lead = makeLead({ tags, group, scoreAdjustment, ruleRuns });
          const snapshot = structuredClone(lead);
          const cause = causes[causeIndex] as RuleCause;
          const a = runRulesOnLead({ rules, lead, cause, now: NOW + later });
          const b = runRulesOnLead({ rules, lead, cause, now: NOW + later });
          expect(lead).toEqual(snapshot);
          expect(a).toEqual(b);
          // The patch takes the lead to the result.
          expect({ ...lead, ...a.patch }).toEqual(a.lead);
          expect(a.lead.scoreAdjustment).toBeGreaterThanOrEqual(-100);
          expect(a.lead.scoreAdjustment).toBeLessThanOrEqual(100);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('re-evaluates one lead against 20 rules in well under a millisecond', () => {
    const rules = Array.from({ length: 20 }, (_, i) =>
      rule(`r${i}`, { priority: (i % 10) + 1, criteria: { combinator: 'all', conditions: [{ criterion: 'score', operator: 'greater_than', value: 90 }, { criterion: 'group', operator: 'equals', value: 'qualified' }] } }),
    );
    const lead = makeLead();
    const cause: RuleCause = { kind: 'lead_changed', created: false, fields: ['name'], before: lead };
    for (let i = 0; i < 2000; i++) runRulesOnLead({ rules, lead, cause, now: NOW });
    const n = 20_000;
    const start = performance.now();
    for (let i = 0; i < n; i++) runRulesOnLead({ rules, lead, cause, now: NOW });
    const perLead = (performance.now() - start) / n;
    expect(perLead).toBeLessThan(0.1);
  });
});
