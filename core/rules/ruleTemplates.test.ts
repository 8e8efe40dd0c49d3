import { describe, expect, it } from 'vitest';
import { lead as leadSchema, type Lead, type LeadInput } from '../model/lead';
import type { Rule } from '../model/rule';
import { compileRule, defaultRuleCatalogueContext, validateRule } from './compileRule';
import { describeRule } from './describeRule';
import { findRuleTemplate, ruleTemplates } from './ruleTemplates';
import type { RuleTemplate } from './ruleTypes';

const now = Date.UTC(2026, 10, 23, 12);
const hour = 3_600_000;
const ctx = defaultRuleCatalogueContext();
const base = { id: 'rule-1', ownerId: 'u1', teamId: 't1', createdAt: now - 100 * 24 * hour, updatedAt: now - 100 * 24 * hour };

function ruleOf(template: RuleTemplate): Rule {
  const checked = validateRule({ ...template.draft, ...base, id: `rule-${template.id}` }, ctx);
  if (!checked.ok) throw new Error(`${template.id}: ${checked.error.map((p) => p.message).join('; ')}`);
  return checked.value;
}

function makeLead(fields: Partial<LeadInput> = {}): Lead {
  return leadSchema.parse({ id: 'lead-1', ownerId: 'u1', teamId: 't1', createdAt: now - 30 * hour, updatedAt: now - 30 * hour, ...fields });
}

describe('ruleTemplates', () => {
  it('offers seed 002’s example and at least six more, each with a unique id and name', () => {
    expect(ruleTemplates.length).toBeGreaterThanOrEqual(7);
    expect(new Set(ruleTemplates.map((t) => t.id)).size).toBe(ruleTemplates.length);
    expect(new Set(ruleTemplates.map((t) => t.name)).size).toBe(ruleTemplates.length);
    expect(findRuleTemplate('new-lead-needs-outreach')?.name).toBe('New Lead Needs Outreach');
    expect(findRuleTemplate('nope')).toBeUndefined();
  });

  it.each(ruleTemplates.map((t) => [t.id, t] as const))('%s passes validateRule and compiles with the default catalogue', (_id, template) => {
    const rule = ruleOf(template);
    expect(rule.enabled).toBe(false);
    expect(compileRule(rule, ctx).ok).toBe(true);
    // Its sentence names no raw ids of the default catalogue's groups.
    expect(describeRule(rule, ctx).sentence).not.toMatch(/group (untouched|nurturing|qualified|recycled)\b/);
  });

  it('New Lead Needs Outreach follows seed 002: untouched > 24 h from a web form or trade show; call task and email; priority 2; not blocking', () => {
    const rule = ruleOf(findRuleTemplate('new-lead-needs-outreach') as RuleTemplate);
    expect(rule.priority).toBe(2);
    expect(rule.blocking).toBe(false);
    expect(rule.actions.map((a) => a.type)).toEqual(['create_reminder', 'send_email', 'move_to_group']);
    const compiled = compileRule(rule, ctx);
    if (!compiled.ok) throw new Error('does not compile');
    const tradeShow = makeLead({ source: { category: 'Offline Channels', channel: 'Events' } });
    const tick = { kind: 'tick' as const, dueScheduleRuleIds: new Set<string>() };
    expect(compiled.value.triggeredBy(tick, tradeShow, now)).toBe(true);
    expect(compiled.value.matches(tradeShow, now)).toBe(true);
    // Too fresh, from another source, or already contacted: no match.
    expect(compiled.value.matches(tradeShow, now - 10 * hour)).toBe(false);
    expect(compiled.value.matches(makeLead({ source: { channel: 'Online Ads' } }), now)).toBe(false);
    expect(compiled.value.matches({ ...tradeShow, group: 'nurturing' }, now)).toBe(false);
    const plan = compiled.value.plan(tradeShow, now, 1);
    expect(plan.effects.map((e) => e.kind)).toEqual(['reminder', 'email']);
    expect(plan.patch.group).toBe('nurturing');
  });

  it('the spam/blocked template runs first and blocks; the nurture cycle repeats every 3 days for 2 weeks', () => {
    const spam = ruleOf(findRuleTemplate('never-email-spam-or-blocked') as RuleTemplate);
    expect(spam.priority).toBe(1);
    expect(spam.blocking).toBe(true);
    const nurture = ruleOf(findRuleTemplate('nurture-cycle') as RuleTemplate);
    expect(nurture.executionMode).toEqual({ kind: 'in_cycle', everyMs: 3 * 24 * hour, forMs: 14 * 24 * hour });
  });

  it('the RFQ template queues the default questionnaire for an untouched lead', () => {
    const compiled = compileRule(ruleOf(findRuleTemplate('questionnaire-on-new-rfq') as RuleTemplate), ctx);
    if (!compiled.ok) throw new Error('does not compile');
    const lead = makeLead();
    expect(compiled.value.triggeredBy({ kind: 'event', eventType: 'quote_request', eventId: 'e1' }, lead, now)).toBe(true);
    expect(compiled.value.matches(lead, now)).toBe(true);
    expect(compiled.value.plan(lead, now, 1).effects[0]).toMatchObject({ kind: 'questionnaire', templateId: '' });
  });
});
