// Part of `npm run bench` (also `npx tsx tests/bench/rules.ts`): 20 realistic rules over the demo
// leads (a) in Lead Center's rule engine (compiled criteria, and whole passes of runRulesOnLead),
// (b) in json-rules-engine (facts = the lead's fields flattened, computed facts included), and
// (c) as hand-written predicates; then one changed lead's incremental evaluation. All three must
// agree on the number of matches per rule, or the benchmark fails. Timings are reported, not enforced.
import { Engine, type NestedCondition, type TopLevelCondition } from 'json-rules-engine';
import { performance } from 'node:perf_hooks';
import { generateDemoLeads } from '../../core/demo/generateDemoLeads';
import type { Lead } from '../../core/model/lead';
import { rule as ruleSchema, type Rule, type RuleCondition, type RuleConditionGroup } from '../../core/model/rule';
import { compileRule, defaultRuleCatalogueContext } from '../../core/rules/compileRule';
import { findCriterion } from '../../core/rules/criteriaCatalogue';
import { runRulesOnLead } from '../../core/rules/runRules';
import type { CompiledRule, RuleCause } from '../../core/rules/ruleTypes';
import { median, percentile } from './measure';

const count = Number(process.env.BENCH_LEADS ?? 100_000);
/** json-rules-engine runs over all leads unless that would take longer than this; then over a sample. */
const jreBudgetMs = Number(process.env.BENCH_JRE_BUDGET_MS ?? 120_000);
const now = Date.UTC(2026, 10, 23, 12);
const hourMs = 3_600_000;

type Figure = { name: string; value: string; target?: string };

// ---------------------------------------------------------------------------------------------
// The 20 rules, as the seller would build them (criteria only differ; each tags the lead).

const when = (criterion: string, operator: string, value: RuleCondition['value'] = null): RuleCondition => ({ criterion, operator, value });
const all = (...conditions: (RuleCondition | RuleConditionGroup)[]): RuleConditionGroup => ({ combinator: 'all', conditions });
const any = (...conditions: (RuleCondition | RuleConditionGroup)[]): RuleConditionGroup => ({ combinator: 'any', conditions });

const gulf = ['AE', 'SA', 'QA', 'OM', 'KW', 'BH'];
const europe = ['DE', 'GB', 'FR', 'ES', 'IT', 'NL'];
const renewables = ['Renewable Energy Sources', 'Wind Energy', 'Solar Energy', 'Hydrogen'];

export const benchRuleCriteria: { name: string; criteria: RuleConditionGroup }[] = [
  { name: 'Hot lead alert', criteria: all(when('temperature', 'equals', 'hot'), when('group', 'not_in_list', ['customer', 'spam', 'not_interested'])) },
  {
    name: 'New Lead Needs Outreach',
    criteria: all(when('group', 'equals', 'untouched'), when('timeUntouchedHours', 'greater_than', 24), any(when('source.channel', 'equals', 'Web Forms'), when('source.channel', 'equals', 'Events'))),
  },
  {
    name: 'Qualify with BANT',
    criteria: all(
      when('score', 'greater_than', 70),
      when('qualification.budget', 'in_list', ['high', 'medium']),
      when('qualification.authority', 'in_list', ['decision_maker', 'influencer']),
      when('qualification.need', 'in_list', ['urgent', 'high']),
    ),
  },
  { name: 'Recycle unqualified', criteria: all(when('group', 'equals', 'unqualified'), when('daysSinceLastActivity', 'greater_than', 90)) },
  {
    name: 'Pause unresponsive',
    criteria: all(when('counters.emailsSent', 'greater_than', 2), when('counters.emailsReplied', 'equals', 0), when('timeUntouchedHours', 'greater_than', 720)),
  },
  { name: 'Gulf oil and gas', criteria: all(when('country', 'in_list', gulf), when('company.industry', 'equals', 'Oil & Gas')) },
  { name: 'Large companies', criteria: all(when('company.size', 'greater_than', 1000), when('company.annualRevenue', 'greater_than', 50_000_000)) },
  { name: 'Repeat quote requests', criteria: all(when('counters.quoteRequests', 'greater_than', 1), when('timeUntouched.quote_request', 'less_than', 24 * 60)) },
  { name: 'Engaged by email', criteria: all(when('emailOpenRate', 'greater_than', 60), when('emailResponseRate', 'greater_than', 20)) },
  { name: 'Spam or blocked', criteria: any(when('group', 'equals', 'spam'), when('tags', 'contains', 'blocked'), when('consent.unsubscribed', 'equals', true)) },
  { name: 'Trade show follow-up', criteria: all(when('tags', 'contains', 'trade-show'), when('group', 'equals', 'untouched')) },
  { name: 'Procurement people', criteria: any(when('jobTitle', 'contains', 'buyer'), when('jobTitle', 'contains', 'procurement')) },
  { name: 'Platform leads with intent', criteria: all(when('leadType', 'equals', 'platform'), when('stage', 'in_list', ['intentional_leads', 'confirmed_leads'])) },
  { name: 'Cooling down', criteria: all(when('engagementLevel', 'in_list', ['COLD', 'UNRESPONSIVE']), when('score', 'less_than', 40)) },
  { name: 'Warm middle scores', criteria: all(when('score', 'within_range', [40, 70]), when('temperature', 'equals', 'warm')) },
  { name: 'Ready and urgent', criteria: all(when('qualification.timeline', 'in_list', ['ready', 'within_1_month']), when('qualification.need', 'equals', 'urgent')) },
  { name: 'European renewables', criteria: all(when('company.industry', 'in_list', renewables), when('country', 'in_list', europe)) },
  {
    name: 'Researching, no quote yet',
    criteria: all(when('counters.downloads', 'greater_than', 0), when('counters.quoteRequests', 'equals', 0), when('counters.pageViews', 'greater_than', 5)),
  },
  {
    name: 'Nurturing, close to buying',
    criteria: all(
      when('group', 'equals', 'nurturing'),
      any(all(when('score', 'greater_than', 60), when('counters.meetings', 'greater_than', 0)), all(when('tags', 'contains', 'valves'), when('source.channel', 'equals', 'Get Quote Form'))),
    ),
  },
  { name: 'Email but no phone', criteria: all(when('email', 'is_not_empty'), when('phone', 'is_empty'), when('group', 'not_in_list', ['spam'])) },
];

const rules: Rule[] = benchRuleCriteria.map((r, i) =>
  ruleSchema.parse({
    id: `bench-${i + 1}`,
    ownerId: 'bench',
    teamId: 'bench',
    createdAt: now,
    updatedAt: now,
    name: r.name,
    trigger: { kind: 'manual' },
    criteria: r.criteria,
    actions: [{ type: 'add_tag', params: { tag: `bench-${i + 1}` } }],
    enabled: true,
  }),
);

// ---------------------------------------------------------------------------------------------
// (c) Hand-written: the same 20 tests written directly against the lead.

const hoursSince = (at: number | null | undefined): number | null => (at === null || at === undefined ? null : Math.max(0, Math.floor((now - at) / hourMs)));
const rate = (part: number, whole: number): number | null => (whole > 0 ? Math.min(100, Math.round((part / whole) * 100)) : null);
const lower = (s: string): string => s.toLowerCase();
const inSet = (set: ReadonlySet<string>, value: string): boolean => set.has(value);
const gulfSet = new Set(gulf);
const europeSet = new Set(europe);
const renewableSet = new Set(renewables);

const handWritten: ((l: Lead) => boolean)[] = [
  (l) => l.temperature === 'hot' && l.group !== 'customer' && l.group !== 'spam' && l.group !== 'not_interested',
  (l) => {
    if (l.group !== 'untouched') return false;
    const h = hoursSince(l.lastInterestAt ?? l.createdAt);
    return h !== null && h > 24 && (l.source.channel === 'Web Forms' || l.source.channel === 'Events');
  },
  (l) =>
    l.score > 70 &&
    (l.qualification.budget === 'high' || l.qualification.budget === 'medium') &&
    (l.qualification.authority === 'decision_maker' || l.qualification.authority === 'influencer') &&
    (l.qualification.need === 'urgent' || l.qualification.need === 'high'),
  (l) => l.group === 'unqualified' && l.lastActivityAt !== null && Math.max(0, Math.floor((now - l.lastActivityAt) / (24 * hourMs))) > 90,
  (l) => {
    const h = hoursSince(l.lastInterestAt ?? l.createdAt);
    return l.counters.emailsSent > 2 && l.counters.emailsReplied === 0 && h !== null && h > 720;
  },
  (l) => inSet(gulfSet, l.country) && l.company.industry === 'Oil & Gas',
  (l) => l.company.size !== null && l.company.size > 1000 && l.company.annualRevenue !== null && l.company.annualRevenue > 50_000_000,
  (l) => {
    const h = hoursSince(l.lastEventAt.quote_request);
    return l.counters.quoteRequests > 1 && h !== null && h < 24 * 60;
  },
  (l) => {
    const opened = rate(l.counters.emailsOpened, l.counters.emailsSent);
    const replied = rate(l.counters.emailsReplied, l.counters.emailsSent);
    return opened !== null && opened > 60 && replied !== null && replied > 20;
  },
  (l) => l.group === 'spam' || l.tags.some((t) => lower(t) === 'blocked') || l.consent.unsubscribed,
  (l) => l.tags.some((t) => lower(t) === 'trade-show') && l.group === 'untouched',
  (l) => {
    const title = lower(l.jobTitle.trim());
    return title.includes('buyer') || title.includes('procurement');
  },
  (l) => l.leadType === 'platform' && (l.stage === 'intentional_leads' || l.stage === 'confirmed_leads'),
  (l) => (l.engagementLevel === 'COLD' || l.engagementLevel === 'UNRESPONSIVE') && l.score < 40,
  (l) => l.score >= 40 && l.score <= 70 && l.temperature === 'warm',
  (l) => (l.qualification.timeline === 'ready' || l.qualification.timeline === 'within_1_month') && l.qualification.need === 'urgent',
  (l) => inSet(renewableSet, l.company.industry) && inSet(europeSet, l.country),
  (l) => l.counters.downloads > 0 && l.counters.quoteRequests === 0 && l.counters.pageViews > 5,
  (l) =>
    l.group === 'nurturing' &&
    ((l.score > 60 && l.counters.meetings > 0) || (l.tags.some((t) => lower(t) === 'valves') && l.source.channel === 'Get Quote Form')),
  (l) => l.email.trim() !== '' && l.phone.trim() === '' && l.group !== 'spam',
];

// ---------------------------------------------------------------------------------------------
// (b) json-rules-engine: facts are the lead flattened (each criterion's value, as the catalogue
// reads it, so computed facts like time untouched and rates are precomputed per lead); the
// conditions are the same trees in its JSON. Text "contains" (case-insensitive substring) is a
// custom operator, as it has none.

const factName = (criterion: string): string => criterion.replace(/\./g, '_');

function usedCriteria(group: RuleConditionGroup, into: Set<string>): Set<string> {
  for (const part of group.conditions) {
    if ('combinator' in part) usedCriteria(part, into);
    else into.add(part.criterion);
  }
  return into;
}
const factCriteria = [...rules.reduce((set, r) => usedCriteria(r.criteria, set), new Set<string>())].map((id) => {
  const criterion = findCriterion(id);
  if (!criterion) throw new Error(`no criterion ${id}`);
  return criterion;
});

function flatten(lead: Lead): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const criterion of factCriteria) facts[factName(criterion.id)] = criterion.read(lead, now);
  return facts;
}

function jreCondition(part: RuleCondition | RuleConditionGroup): NestedCondition {
  if ('combinator' in part) {
    const nested = part.conditions.map(jreCondition);
    return part.combinator === 'all' ? { all: nested } : { any: nested };
  }
  const fact = factName(part.criterion);
  const value = part.value;
  const isTags = findCriterion(part.criterion)?.type === 'tags';
  switch (part.operator) {
    case 'equals':
      return { fact, operator: 'equal', value };
    case 'not_equals':
      return { fact, operator: 'notEqual', value };
    case 'greater_than':
      return { fact, operator: 'greaterThan', value };
    case 'less_than':
      return { fact, operator: 'lessThan', value };
    case 'within_range': {
      const [low, high] = value as [number, number];
      return { all: [{ fact, operator: 'greaterThanInclusive', value: low }, { fact, operator: 'lessThanInclusive', value: high }] };
    }
    case 'in_list':
      return { fact, operator: 'in', value };
    case 'not_in_list':
      return { fact, operator: 'notIn', value };
    case 'contains':
      return isTags ? { fact, operator: 'contains', value } : { fact, operator: 'textContains', value };
    case 'is_empty':
      return { fact, operator: 'equal', value: null };
    case 'is_not_empty':
      return { fact, operator: 'notEqual', value: null };
    default:
      throw new Error(`no json-rules-engine operator for ${part.operator}`);
  }
}

function jreEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator('textContains', (factValue: unknown, jsonValue: unknown) => typeof factValue === 'string' && typeof jsonValue === 'string' && factValue.toLowerCase().includes(jsonValue.toLowerCase()));
  for (const rule of rules) {
    const conditions = jreCondition(rule.criteria) as TopLevelCondition;
    engine.addRule({ name: rule.id, conditions, event: { type: rule.id } });
  }
  return engine;
}

// ---------------------------------------------------------------------------------------------

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const fmt = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);

export async function benchRules(): Promise<Figure[]> {
  console.log(`Rules benchmark: ${rules.length} rules over ${count.toLocaleString('en')} demo leads (Node ${process.version})`);
  const ctx = defaultRuleCatalogueContext();
  const compiled: CompiledRule[] = rules.map((r) => {
    const result = compileRule(r, ctx);
    if (!result.ok) throw new Error(`${r.name}: ${result.error.map((p) => p.message).join('; ')}`);
    return result.value;
  });
  const leads: Lead[] = generateDemoLeads({ count, seed: 42, now, ownerId: 'bench', teamId: 'bench' });
  const manual: RuleCause = { kind: 'manual', ruleIds: new Set(rules.map((r) => r.id)) };
  const n = rules.length;

  // Matches per rule: the engine's compiled criteria, whole engine passes, hand-written.
  const countMatches = (upTo: number): number[] => {
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < upTo; i++) {
      const lead = leads[i] as Lead;
      for (let r = 0; r < n; r++) if ((compiled[r] as CompiledRule).matches(lead, now)) counts[r] = (counts[r] as number) + 1;
    }
    return counts;
  };
  const countHand = (upTo: number): number[] => {
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < upTo; i++) {
      const lead = leads[i] as Lead;
      for (let r = 0; r < n; r++) if ((handWritten[r] as (l: Lead) => boolean)(lead)) counts[r] = (counts[r] as number) + 1;
    }
    return counts;
  };
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const countPasses = (upTo: number): number[] => {
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < upTo; i++) {
      for (const firing of runRulesOnLead({ rules: compiled, lead: leads[i] as Lead, cause: manual, now }).firings) {
        const r = index.get(firing.ruleId) as number;
        counts[r] = (counts[r] as number) + 1;
      }
    }
    return counts;
  };

  let engineCounts: number[] = [];
  let handCounts: number[] = [];
  let engineMs = Infinity;
  let handMs = Infinity;
  // Alternate round by round so a busy moment of the machine hits both alike; best round of each.
  for (let round = 0; round < 7; round++) {
    engineMs = Math.min(engineMs, time(() => (engineCounts = countMatches(leads.length))));
    handMs = Math.min(handMs, time(() => (handCounts = countHand(leads.length))));
  }
  let passCounts: number[] = [];
  let passMs = Infinity;
  for (let round = 0; round < 3; round++) passMs = Math.min(passMs, time(() => (passCounts = countPasses(leads.length))));

  // json-rules-engine: facts flattened first (not timed: its best case), then one run per lead.
  const engine = jreEngine();
  const probe = Math.min(leads.length, 2_000);
  const probeFacts = leads.slice(0, probe).map(flatten);
  const probeStart = performance.now();
  for (const facts of probeFacts) await engine.run(facts);
  const perLeadMs = (performance.now() - probeStart) / probe;
  const jreLeads = perLeadMs * leads.length > jreBudgetMs ? Math.min(leads.length, 10_000) : leads.length;
  const jreFacts = leads.slice(0, jreLeads).map(flatten);
  const jreCounts = new Array<number>(n).fill(0);
  const jreStart = performance.now();
  for (const facts of jreFacts) {
    const { events } = await engine.run(facts);
    for (const event of events) {
      const r = index.get(event.type) as number;
      jreCounts[r] = (jreCounts[r] as number) + 1;
    }
  }
  const jreMs = performance.now() - jreStart;
  const sampled = jreLeads < leads.length;
  const jreFullMs = sampled ? (jreMs / jreLeads) * leads.length : jreMs;

  // The same subset in our engine, for the agreement check and a like-for-like time.
  const subsetCounts = countMatches(jreLeads);
  const subsetHand = countHand(jreLeads);

  console.log('  matches per rule (engine criteria | engine passes | hand-written | json-rules-engine on the first ' + `${jreLeads.toLocaleString('en')} leads: engine | hand | jre)`);
  const problems: string[] = [];
  rules.forEach((rule, r) => {
    const row = [engineCounts[r], passCounts[r], handCounts[r], subsetCounts[r], subsetHand[r], jreCounts[r]];
    console.log(`    ${String(r + 1).padStart(2)} ${rule.name.padEnd(28)} ${row.map((v) => String(v).padStart(7)).join(' ')}`);
    if (engineCounts[r] !== passCounts[r] || engineCounts[r] !== handCounts[r]) problems.push(`${rule.name}: engine ${engineCounts[r]}, passes ${passCounts[r]}, hand-written ${handCounts[r]}`);
    if (subsetCounts[r] !== jreCounts[r] || subsetHand[r] !== jreCounts[r]) problems.push(`${rule.name} (first ${jreLeads} leads): engine ${subsetCounts[r]}, hand-written ${subsetHand[r]}, json-rules-engine ${jreCounts[r]}`);
    if (engineCounts[r] === 0) problems.push(`${rule.name}: matches no demo lead, so it measures nothing`);
  });
  if (problems.length > 0) throw new Error(`The three evaluations disagree:\n${problems.join('\n')}`);

  // One changed lead: a full pass of the 20 rules on it (every rule woken, firings planned).
  const samples: number[] = [];
  let sink = 0;
  for (let i = 0; i < Math.min(10_000, leads.length); i++) {
    const lead = leads[(i * 7919) % leads.length] as Lead;
    const start = performance.now();
    sink += runRulesOnLead({ rules: compiled, lead, cause: manual, now }).firings.length;
    samples.push(performance.now() - start);
  }
  const criteriaSamples: number[] = [];
  for (let i = 0; i < Math.min(10_000, leads.length); i++) {
    const lead = leads[(i * 7919) % leads.length] as Lead;
    const start = performance.now();
    for (const c of compiled) if (c.matches(lead, now)) sink++;
    criteriaSamples.push(performance.now() - start);
  }
  if (sink === -1) console.log('unreachable');

  const evaluations = leads.length * n;
  const jreLabel = sampled ? `json-rules-engine, ${jreLeads.toLocaleString('en')} leads measured (${fmt(jreMs)}), extrapolated to ${leads.length.toLocaleString('en')}` : `json-rules-engine, ${leads.length.toLocaleString('en')} leads`;
  const figures: Figure[] = [
    { name: `rules: ${n} rules × ${leads.length.toLocaleString('en')} leads, engine (compiled criteria, matches())`, value: fmt(engineMs) },
    { name: `rules: same, engine passes (runRulesOnLead, manual cause, firings planned)`, value: fmt(passMs) },
    { name: `rules: same, hand-written predicates`, value: fmt(handMs) },
    { name: `rules: ${jreLabel}`, value: fmt(jreFullMs) + (sampled ? ' (extrapolated)' : '') },
    { name: 'rules: json-rules-engine ÷ engine matches()', value: `${(jreFullMs / engineMs).toFixed(0)}×`, target: '≥ 200×' },
    { name: 'rules: json-rules-engine ÷ engine passes', value: `${(jreFullMs / passMs).toFixed(0)}×`, target: '≥ 200×' },
    { name: 'rules: engine matches() ÷ hand-written', value: `${(engineMs / handMs).toFixed(2)}×`, target: '≤ 2×' },
    { name: 'rules: engine passes ÷ hand-written', value: `${(passMs / handMs).toFixed(2)}×`, target: '≤ 2×' },
    { name: 'rules: engine throughput (matches())', value: `${Math.round(evaluations / (engineMs / 1000) / 1e6)} M rule evaluations/s` },
    { name: 'rules: one changed lead, all 20 rules (runRulesOnLead), median', value: `${((median(samples) ?? 0) * 1000).toFixed(1)} µs`, target: '< 1 ms' },
    { name: 'rules: one changed lead, all 20 rules (runRulesOnLead), p99', value: `${((percentile(samples, 99) ?? 0) * 1000).toFixed(1)} µs`, target: '< 1 ms' },
    { name: 'rules: one changed lead, criteria of 20 rules only, median / p99', value: `${((median(criteriaSamples) ?? 0) * 1000).toFixed(1)} / ${((percentile(criteriaSamples, 99) ?? 0) * 1000).toFixed(1)} µs` },
    { name: 'rules: match counts agree (engine, passes, hand-written, json-rules-engine)', value: 'yes', target: 'yes' },
  ];
  for (const f of figures) console.log(`  ${f.name}: ${f.value}${f.target ? `   (goal ${f.target})` : ''}`);
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchRules();
}
