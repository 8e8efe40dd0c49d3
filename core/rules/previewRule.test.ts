import { describe, expect, it } from 'vitest';
import { lead as leadSchema, type Lead, type LeadInput } from '../model/lead';
import { rule as ruleSchema, type Rule, type RuleInput } from '../model/rule';
import { defaultRuleCatalogueContext } from './compileRule';
import { previewRule, type PreviewRuleInput } from './previewRule';
import type { RulePreview } from './ruleTypes';

const now = Date.UTC(2026, 10, 23, 12);
const day = 86_400_000;
const ctx = defaultRuleCatalogueContext([{ id: 'u2', name: 'Omar' }]);

let nextLead = 0;
function makeLead(fields: Partial<LeadInput> = {}): Lead {
  nextLead++;
  return leadSchema.parse({
    id: `lead-${nextLead}`,
    ownerId: 'u1',
    teamId: 't1',
    createdAt: now - 2 * day,
    updatedAt: now - day,
    name: `Buyer ${nextLead}`,
    email: `buyer${nextLead}@example.com`,
    company: { name: `Company ${nextLead}` },
    ...fields,
  });
}

function makeRule(fields: Partial<RuleInput>): Rule {
  return ruleSchema.parse({ id: 'r-new', ownerId: 'u1', teamId: 't1', createdAt: now, updatedAt: now, name: 'New rule', trigger: { kind: 'manual' }, ...fields });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

function preview(input: Partial<PreviewRuleInput> & Pick<PreviewRuleInput, 'rule' | 'leads'>): RulePreview {
  const result = previewRule({ ctx, otherRules: [], now, lastDays: 30, ...input });
  if (!result.ok) throw new Error(result.error.map((p) => p.message).join('; '));
  return result.value;
}

const hotEmail = makeRule({
  name: 'Email hot leads',
  criteria: { combinator: 'all', conditions: [{ criterion: 'temperature', operator: 'equals', value: 'hot' }] },
  actions: [
    { type: 'send_email', params: { templateId: 'hot-quotation' } },
    { type: 'move_to_group', params: { group: 'qualified' } },
  ],
});

describe('previewRule: counts and matches', () => {
  it('considers the leads of the window and the segment, and says what the actions would do', () => {
    const leads = [
      makeLead({ temperature: 'hot', country: 'AE' }),
      makeLead({ temperature: 'hot', country: 'DE' }),
      makeLead({ temperature: 'hot', country: 'AE', group: 'qualified' }),
      makeLead({ temperature: 'cold', country: 'AE' }),
      makeLead({ temperature: 'hot', country: 'AE', createdAt: now - 40 * day }),
    ];
    const all = preview({ rule: hotEmail, leads });
    expect(all).toMatchObject({ totalLeads: 5, considered: 4, matched: 3 });
    expect(all.actionCounts).toEqual([
      { type: 'send_email', label: 'Send email', count: 3, sentence: '3 leads would receive the “HOT: quotation and sample offer” email (queued for approval)' },
      // The lead already in Qualified is not moved again.
      { type: 'move_to_group', label: 'Move to group', count: 2, sentence: '2 leads: Move to group Qualified' },
    ]);
    expect(all.matches.map((m) => m.leadId)).toEqual([leads[0]?.id, leads[1]?.id, leads[2]?.id]);
    expect(all.matches[0]).toMatchObject({ leadName: leads[0]?.name, company: leads[0]?.company.name, highlights: [] });
    expect(all.matches[0]?.trace.held).toBe(true);
    expect(all.matches[0]?.actions[0]).toMatch(/HOT: quotation/);

    const segment = preview({ rule: hotEmail, leads, filter: { combinator: 'all', conditions: [{ criterion: 'country', operator: 'equals', value: 'AE' }] } });
    expect(segment).toMatchObject({ considered: 3, matched: 2 });
    expect(preview({ rule: hotEmail, leads, lastDays: 60 })).toMatchObject({ considered: 5, matched: 4 });
  });

  it('lists at most maxShown matches while counting all of them', () => {
    const leads = Array.from({ length: 12 }, () => makeLead({ temperature: 'hot' }));
    const result = preview({ rule: hotEmail, leads, maxShown: 5 });
    expect(result.matched).toBe(12);
    expect(result.matches).toHaveLength(5);
    expect(result.actionCounts[0]?.count).toBe(12);
  });

  it('refuses a rule that cannot run, and a segment that cannot work, naming the problem', () => {
    const broken = previewRule({ rule: makeRule({ actions: [] }), ctx, leads: [], otherRules: [], now, lastDays: 30 });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error[0]?.part).toBe('actions');
    const badFilter = previewRule({ rule: hotEmail, ctx, leads: [], otherRules: [], now, lastDays: 30, filter: { combinator: 'all', conditions: [{ criterion: 'score', operator: 'contains', value: 'x' }] } });
    expect(badFilter.ok).toBe(false);
    if (!badFilter.ok) expect(badFilter.error[0]?.message).toMatch(/^Preview filter: Condition 1 \(Score\)/);
  });
});

describe('previewRule: highlights', () => {
  it('points out leads that would not be emailed, with the reason, and leaves them out of the email count', () => {
    const leads = [
      makeLead({ temperature: 'hot' }),
      makeLead({ temperature: 'hot', consent: { unsubscribed: true } }),
      makeLead({ temperature: 'hot', group: 'spam' }),
      makeLead({ temperature: 'hot', consent: { unsubscribed: true } }),
    ];
    const result = preview({ rule: hotEmail, leads });
    expect(result.actionCounts[0]?.count).toBe(1);
    const suppressed = result.highlights.find((h) => h.kind === 'suppressed_email');
    expect(suppressed?.leadIds).toEqual([leads[1]?.id, leads[2]?.id, leads[3]?.id]);
    expect(suppressed?.message).toBe('3 leads would not be emailed: The buyer unsubscribed from your emails. (and 1 other reason)');
    expect(result.matches[1]?.highlights).toEqual(['Not emailed: The buyer unsubscribed from your emails.']);

    // The data layer's own answer (e.g. a seller's group marked "never email") wins when given.
    const custom = preview({ rule: hotEmail, leads, suppressedBecause: (l) => (l.id === leads[0]?.id ? 'In the group "Competitors".' : null) });
    expect(custom.highlights.find((h) => h.kind === 'suppressed_email')?.leadIds).toEqual([leads[0]?.id]);
  });

  it('warns of an enabled rule that changes the same field of the same leads, not of disabled or unrelated rules', () => {
    const leads = [makeLead({ temperature: 'hot', score: 80 }), makeLead({ temperature: 'hot', score: 20 })];
    const clashing = makeRule({
      id: 'r-other',
      name: 'High scores to nurturing',
      enabled: true,
      criteria: { combinator: 'all', conditions: [{ criterion: 'score', operator: 'greater_than', value: 50 }] },
      actions: [{ type: 'move_to_group', params: { group: 'nurturing' } }],
    });
    const otherField = makeRule({ id: 'r-tag', name: 'Tag', enabled: true, actions: [{ type: 'add_tag', params: { tag: 'x' } }] });
    const disabled = { ...clashing, id: 'r-off', name: 'Off', enabled: false };
    const result = preview({ rule: hotEmail, leads, otherRules: [clashing, otherField, disabled] });
    const clashes = result.highlights.filter((h) => h.kind === 'clash');
    expect(clashes).toEqual([
      { kind: 'clash', message: 'The enabled rule “High scores to nurturing” also changes the group of 1 lead this rule matches', leadIds: [leads[0]?.id] },
    ]);
    expect(result.matches[0]?.highlights).toEqual(['“High scores to nurturing” also changes the group']);
    // The rule itself (same id, e.g. the saved version of the draft) is not a clash.
    expect(preview({ rule: hotEmail, leads, otherRules: [{ ...clashing, id: hotEmail.id }] }).highlights.some((h) => h.kind === 'clash')).toBe(false);
  });

  it('warns when a higher-priority blocking rule would stop this rule for some leads', () => {
    const leads = [makeLead({ temperature: 'hot', tags: ['blocked'] }), makeLead({ temperature: 'hot' })];
    const guard = makeRule({
      id: 'r-guard',
      name: 'Blocked leads',
      enabled: true,
      blocking: true,
      priority: 1,
      criteria: { combinator: 'all', conditions: [{ criterion: 'tags', operator: 'contains', value: 'blocked' }] },
      actions: [{ type: 'add_tag', params: { tag: 'do-not-email' } }],
    });
    const result = preview({ rule: hotEmail, leads, otherRules: [guard, { ...guard, id: 'r-late', name: 'Late guard', priority: 9 }] });
    expect(result.highlights.filter((h) => h.kind === 'blocked_by_other')).toEqual([
      { kind: 'blocked_by_other', message: 'The blocking rule “Blocked leads” (priority 1) runs first and would stop this rule for 1 lead', leadIds: [leads[0]?.id] },
    ]);
    expect(result.matches[0]?.highlights).toContain('Stopped by the blocking rule “Blocked leads”');
  });

  it('says when the rule would match almost everything (≥ 95% of at least 20 leads)', () => {
    const twenty = Array.from({ length: 20 }, () => makeLead({ temperature: 'hot' }));
    expect(preview({ rule: hotEmail, leads: twenty }).highlights.find((h) => h.kind === 'matches_almost_all')?.message).toBe(
      'Would match almost everything: 20 of 20 leads (100%). The criteria may be too broad.',
    );
    expect(preview({ rule: hotEmail, leads: twenty.slice(1) }).highlights.some((h) => h.kind === 'matches_almost_all')).toBe(false);
    const mostly = [...twenty.slice(0, 19), makeLead({ temperature: 'cold' })];
    expect(preview({ rule: hotEmail, leads: mostly }).highlights.some((h) => h.kind === 'matches_almost_all')).toBe(true);
    const fewer = [...twenty.slice(0, 18), makeLead({ temperature: 'cold' }), makeLead({ temperature: 'cold' })];
    expect(preview({ rule: hotEmail, leads: fewer }).highlights.some((h) => h.kind === 'matches_almost_all')).toBe(false);
  });

  it('says when the rule matches nothing, or no lead arrived in the window', () => {
    const cold = [makeLead({ temperature: 'cold' })];
    expect(preview({ rule: hotEmail, leads: cold }).highlights).toEqual([{ kind: 'matches_nothing', message: 'Matches none of the 1 lead considered. The criteria may be too narrow.', leadIds: [] }]);
    expect(preview({ rule: hotEmail, leads: [], lastDays: 7 }).highlights).toEqual([{ kind: 'matches_nothing', message: 'No lead arrived in the last 7 days: try a longer period.', leadIds: [] }]);
  });
});

describe('previewRule: no side effects', () => {
  it('never changes the leads or rules it reads (deeply frozen), and gives the same answer twice', () => {
    const leads = deepFreeze([
      makeLead({ temperature: 'hot', tags: ['blocked'], score: 90 }),
      makeLead({ temperature: 'hot', consent: { unsubscribed: true } }),
      makeLead({ temperature: 'cold' }),
    ]);
    const rule = deepFreeze(
      makeRule({
        ...hotEmail,
        actions: [
          ...hotEmail.actions,
          { type: 'add_tag', params: { tag: 'hot' } },
          { type: 'adjust_score', params: { points: 5 } },
          { type: 'create_reminder', params: { kind: 'call', title: '', dueInMinutes: 30, assignee: '' } },
        ],
      }),
    );
    const others = deepFreeze([
      makeRule({ id: 'r-g', name: 'Guard', enabled: true, blocking: true, priority: 1, actions: [{ type: 'add_tag', params: { tag: 'x' } }] }),
      makeRule({ id: 'r-c', name: 'Clash', enabled: true, actions: [{ type: 'add_tag', params: { tag: 'y' } }] }),
    ]);
    const before = JSON.stringify([leads, rule, others]);
    const first = preview({ rule, leads, otherRules: others });
    const second = preview({ rule, leads, otherRules: others });
    expect(JSON.stringify([leads, rule, others])).toBe(before);
    expect(second).toEqual(first);
    expect(first.matched).toBe(2);
    expect(first.actionCounts.map((a) => a.count)).toEqual([1, 2, 2, 2, 2]);
  });
});
