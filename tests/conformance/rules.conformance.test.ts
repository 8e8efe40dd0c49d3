import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { leadEventTypes } from '../../core/model/event';
import { lead as leadSchema, leadPriorities, type Lead } from '../../core/model/lead';
import { rule as ruleSchema } from '../../core/model/rule';
import { compileRule, defaultRuleCatalogueContext } from '../../core/rules/compileRule';
import { dueScheduleRuleIds } from '../../core/rules/ruleSchedule';
import type { CompiledRule, RuleCause } from '../../core/rules/ruleTypes';
import { runRulesOnLead } from '../../core/rules/runRules';

/**
 * Runs the hand-written rules table (rules.cases.json) through runRulesOnLead: for each case the
 * named rules (from the file's rule library, with per-case overrides), a lead built from schema
 * defaults, and a cause; then checks which rules fired, in order, and what they left on the lead.
 */

const HOUR = 3_600_000;

const hoursAgo = z.number().min(0);
const run = z.strictObject({ count: z.number().int().min(1), firstHoursAgo: hoursAgo, lastHoursAgo: hoursAgo });

const cause = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('created') }),
  z.strictObject({ kind: z.literal('changed'), fields: z.array(z.string()).min(1), before: z.record(z.string(), z.unknown()) }),
  z.strictObject({ kind: z.literal('event'), eventType: z.enum(leadEventTypes) }),
  z.strictObject({ kind: z.literal('tick'), scheduleLastRunHoursAgo: z.record(z.string(), hoursAgo).optional() }),
  z.strictObject({ kind: z.literal('manual'), ruleIds: z.array(z.string()).min(1) }),
]);

const conformanceCase = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  description: z.string().min(1),
  rules: z.array(z.string()).min(1),
  cause,
  now: z.iso.datetime().optional(),
  lead: z.record(z.string(), z.unknown()).default({}),
  createdHoursAgo: hoursAgo.default(1),
  lastInterestHoursAgo: hoursAgo.optional(),
  lastActivityHoursAgo: hoursAgo.optional(),
  lastEventHoursAgo: z.record(z.string(), hoursAgo).default({}),
  ruleRuns: z.record(z.string(), run).default({}),
  ruleOverrides: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
  facts: z.record(z.string(), z.number().int().min(0)).default({}),
  maxRounds: z.number().int().min(1).optional(),
  expected: z.strictObject({
    fired: z.array(z.string()),
    rounds: z.array(z.number().int().min(1)).optional(),
    runNumbers: z.array(z.number().int().min(1)).optional(),
    group: z.string().optional(),
    stage: z.string().optional(),
    tags: z.array(z.string()).optional(),
    priority: z.enum(leadPriorities).nullable().optional(),
    ownerId: z.string().optional(),
    scoreAdjustment: z.number().optional(),
    effects: z.array(z.enum(['reminder', 'email', 'questionnaire', 'notification'])).optional(),
    warnings: z.array(z.string()).optional(),
    blocked: z.record(z.string(), z.array(z.string())).optional(),
    patchFields: z.array(z.string()).optional(),
  }),
});

const file = z.strictObject({
  about: z.string(),
  timeFields: z.string(),
  causes: z.string(),
  expected: z.string(),
  defaultNow: z.iso.datetime(),
  rulesSavedHoursAgo: hoursAgo,
  users: z.array(z.strictObject({ id: z.string(), name: z.string() })),
  rules: z.record(z.string(), z.record(z.string(), z.unknown())),
  cases: z.array(conformanceCase).min(40),
});

const table = file.parse(JSON.parse(readFileSync(new URL('./rules.cases.json', import.meta.url), 'utf8')));
const ctx = defaultRuleCatalogueContext(table.users);

type Case = z.infer<typeof conformanceCase>;

function buildRules(c: Case, now: number): CompiledRule[] {
  const saved = now - table.rulesSavedHoursAgo * HOUR;
  return c.rules.map((id) => {
    const definition = table.rules[id];
    if (!definition) throw new Error(`case ${c.id}: no rule "${id}" in the library`);
    const parsed = ruleSchema.parse({ id, ownerId: 'u1', teamId: 't1', createdAt: saved, updatedAt: saved, enabled: true, ...definition, ...c.ruleOverrides[id] });
    const compiled = compileRule(parsed, ctx);
    if (!compiled.ok) throw new Error(`case ${c.id}: rule ${id} does not compile: ${compiled.error.map((p) => p.message).join('; ')}`);
    return compiled.value;
  });
}

function leadInput(c: Case, now: number): Record<string, unknown> {
  const ago = (h: number | undefined): number | null => (h === undefined ? null : now - h * HOUR);
  const createdAt = now - c.createdHoursAgo * HOUR;
  return {
    id: 'lead-1',
    ownerId: 'u1',
    teamId: 't1',
    name: 'Ana Silva',
    createdAt,
    updatedAt: createdAt,
    lastInterestAt: ago(c.lastInterestHoursAgo),
    lastActivityAt: ago(c.lastActivityHoursAgo),
    lastEventAt: Object.fromEntries(Object.entries(c.lastEventHoursAgo).map(([type, h]) => [type, now - h * HOUR])),
    ruleRuns: Object.fromEntries(
      Object.entries(c.ruleRuns).map(([id, r]) => [id, { count: r.count, firstAt: now - r.firstHoursAgo * HOUR, lastAt: now - r.lastHoursAgo * HOUR, version: 1 }]),
    ),
    ...c.lead,
  };
}

function buildCause(c: Case, input: Record<string, unknown>, rules: readonly CompiledRule[], now: number): RuleCause {
  switch (c.cause.kind) {
    case 'created':
      return { kind: 'lead_changed', created: true, fields: [], before: null };
    case 'changed':
      return { kind: 'lead_changed', created: false, fields: c.cause.fields, before: leadSchema.parse({ ...input, ...c.cause.before }) };
    case 'event':
      return { kind: 'event', eventType: c.cause.eventType, eventId: 'event-1' };
    case 'manual':
      return { kind: 'manual', ruleIds: new Set(c.cause.ruleIds) };
    case 'tick': {
      const last = c.cause.scheduleLastRunHoursAgo ?? {};
      const lastRunAt = (id: string): number | null => (last[id] === undefined ? null : now - last[id] * HOUR);
      return { kind: 'tick', dueScheduleRuleIds: dueScheduleRuleIds(rules, lastRunAt, now, 0) };
    }
  }
}

describe('rules conformance table', () => {
  it('has unique case ids and uses every rule in the library', () => {
    expect(new Set(table.cases.map((c) => c.id)).size).toBe(table.cases.length);
    const used = new Set(table.cases.flatMap((c) => c.rules));
    expect(Object.keys(table.rules).filter((id) => !used.has(id))).toEqual([]);
  });

  it.each(table.cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const now = Date.parse(c.now ?? table.defaultNow);
    const rules = buildRules(c, now);
    const input = leadInput(c, now);
    const lead: Lead = leadSchema.parse(input);
    const snapshot = structuredClone(lead);
    const result = runRulesOnLead({ rules, lead, cause: buildCause(c, input, rules, now), now, facts: (id) => ({ totalRuns: c.facts[id] ?? 0 }), maxRounds: c.maxRounds });
    const e = c.expected;

    expect(result.firings.map((f) => f.ruleId), c.description).toEqual(e.fired);
    expect(lead).toEqual(snapshot);
    if (e.rounds) expect(result.firings.map((f) => f.round)).toEqual(e.rounds);
    if (e.runNumbers) expect(result.firings.map((f) => f.runNumber)).toEqual(e.runNumbers);
    if (e.group !== undefined) expect(result.lead.group).toBe(e.group);
    if (e.stage !== undefined) expect(result.lead.stage).toBe(e.stage);
    if (e.tags !== undefined) expect(result.lead.tags).toEqual(e.tags);
    if (e.priority !== undefined) expect(result.lead.priority).toBe(e.priority);
    if (e.ownerId !== undefined) expect(result.lead.ownerId).toBe(e.ownerId);
    if (e.scoreAdjustment !== undefined) expect(result.lead.scoreAdjustment).toBe(e.scoreAdjustment);
    if (e.effects !== undefined) expect(result.effects.map((x) => x.kind)).toEqual(e.effects);
    if (e.warnings !== undefined) expect(result.warnings).toEqual(e.warnings);
    if (e.blocked !== undefined) {
      for (const [id, blocked] of Object.entries(e.blocked)) expect(result.firings.find((f) => f.ruleId === id)?.blocked).toEqual(blocked);
    }
    if (e.patchFields !== undefined) expect(Object.keys(result.patch).sort()).toEqual(e.patchFields);

    // Whatever fired, the run records and the patch agree with the resulting lead.
    expect({ ...lead, ...result.patch }).toEqual(result.lead);
    for (const f of result.firings) expect(result.lead.ruleRuns[f.ruleId]).toEqual({ count: f.runNumber, firstAt: lead.ruleRuns[f.ruleId]?.firstAt ?? now, lastAt: now, version: 1 });
  });
});
