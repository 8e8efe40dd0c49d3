import { suppressionReason } from '../emails/suppression';
import type { Lead } from '../model/lead';
import { fail, succeed, type Result } from '../model/result';
import type { Rule, RuleConditionGroup } from '../model/rule';
import { compileCriteria } from './compileCriteria';
import { compileRule } from './compileRule';
import { describeAction, findRuleAction } from './ruleActions';
import type { CompiledRule, PreviewHighlight, PreviewMatch, RuleCatalogueContext, RulePreview, RuleProblem } from './ruleTypes';

/**
 * Preview mode (seed 002): what a rule would have done to the leads that arrived in the last N
 * days, with no side effects. The trigger is taken as met: the preview asks "which of these leads
 * meet the criteria, and what would the actions do to them". It also points out what the seller
 * probably did not intend: emails to leads that are never emailed, another enabled rule changing
 * the same field of the same leads, criteria that match almost everything or nothing, and leads
 * a higher-priority blocking rule would keep this rule from. Pure: leads are read, never changed.
 */

export interface PreviewRuleInput {
  rule: Rule;
  ctx: RuleCatalogueContext;
  leads: readonly Lead[];
  /** The seller's other rules; only enabled ones count for clashes and blocking. */
  otherRules: readonly Rule[];
  now: number;
  /** Leads created in the last `lastDays` days (1–3650) are considered. */
  lastDays: number;
  /** An optional segment (same criteria language as rules). */
  filter?: RuleConditionGroup;
  /** Why a lead must not be emailed; by default the app's suppression rules with the default groups. */
  suppressedBecause?: (lead: Lead) => string | null;
  /** At most this many matches are listed (default 200); counts cover all of them. */
  maxShown?: number;
}

const dayMs = 86_400_000;
const almostAllShare = 0.95;
const almostAllMinimum = 20;

const leadsWord = (n: number): string => `${n} lead${n === 1 ? '' : 's'}`;

/** The engine's order (priority, then name, then id): does `a` run before `b`? */
function runsBefore(a: Rule, b: Rule): boolean {
  if (a.priority !== b.priority) return a.priority < b.priority;
  if (a.name !== b.name) return a.name < b.name;
  return a.id < b.id;
}

const fieldWords: Record<string, string> = {
  group: 'group',
  stage: 'customer stage',
  tags: 'tags',
  ownerId: 'owner',
  priority: 'priority',
  scoreAdjustment: 'score adjustment',
};

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The email action's sentence: "5 leads would receive the “Welcome” email (queued for approval)". */
function actionSentence(type: string, description: string, count: number, ctx: RuleCatalogueContext, templateId: unknown): string {
  if (type === 'send_email' && typeof templateId === 'string') {
    const name = ctx.emailTemplates.find((t) => t.id === templateId)?.name ?? templateId;
    return `${leadsWord(count)} would receive the “${name}” email (queued for approval)`;
  }
  if (type === 'send_questionnaire') return `${leadsWord(count)} would receive the questionnaire (queued for approval)`;
  return `${leadsWord(count)}: ${description}`;
}

interface Other {
  rule: Rule;
  compiled: CompiledRule;
  sharedFields: string[];
  leadIds: string[];
}

export function previewRule(input: PreviewRuleInput): Result<RulePreview, RuleProblem[]> {
  const { ctx, leads, now } = input;
  const compiledRule = compileRule(input.rule, ctx);
  if (!compiledRule.ok) return compiledRule;
  const compiled = compiledRule.value;
  const rule = compiled.rule;

  let segment: ((lead: Lead) => boolean) | null = null;
  if (input.filter) {
    const filter = compileCriteria(input.filter);
    if (!filter.ok) return fail([{ part: 'criteria', index: null, message: `Preview filter: ${filter.error}` }]);
    segment = (lead) => filter.value.matches(lead, now);
  }
  const lastDays = Math.min(3650, Math.max(1, Math.floor(Number.isFinite(input.lastDays) ? input.lastDays : 30)));
  const since = now - lastDays * dayMs;
  const maxShown = Math.max(0, Math.floor(input.maxShown ?? 200));
  const suppressed = input.suppressedBecause ?? ((lead: Lead) => suppressionReason(lead, []));
  const emails = rule.actions.some((a) => a.type === 'send_email' || a.type === 'send_questionnaire');

  // Enabled rules that change a field this rule changes (clash), or block before it runs.
  const mine = new Set<string>(compiled.changes);
  const clashing: Other[] = [];
  const blocking: Other[] = [];
  for (const other of input.otherRules) {
    if (!other.enabled || other.id === rule.id) continue;
    const shared = other.actions.flatMap((a) => findRuleAction(a.type)?.changes ?? []).filter((f) => mine.has(f));
    const blocks = other.blocking && runsBefore(other, rule);
    if (shared.length === 0 && !blocks) continue;
    const otherCompiled = compileRule(other, ctx);
    if (!otherCompiled.ok) continue;
    const entry = (sharedFields: string[]): Other => ({ rule: other, compiled: otherCompiled.value, sharedFields, leadIds: [] });
    if (shared.length > 0) clashing.push(entry([...new Set(shared)]));
    if (blocks) blocking.push(entry([]));
  }

  let considered = 0;
  const matchedLeads: Lead[] = [];
  for (const lead of leads) {
    if (lead.createdAt < since || lead.createdAt > now) continue;
    if (segment && !segment(lead)) continue;
    considered++;
    if (compiled.matches(lead, now)) matchedLeads.push(lead);
  }

  const counts = rule.actions.map(() => 0);
  const suppressedIds: string[] = [];
  const reasons = new Map<string, number>();
  const matches: PreviewMatch[] = [];

  for (const lead of matchedLeads) {
    const notes: string[] = [];
    const reason = emails ? suppressed(lead) : null;
    if (reason !== null) {
      suppressedIds.push(lead.id);
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      notes.push(`Not emailed: ${reason}`);
    }
    for (const other of clashing) {
      if (!other.compiled.matches(lead, now)) continue;
      other.leadIds.push(lead.id);
      notes.push(`“${other.rule.name}” also changes the ${listWords(other.sharedFields.map((f) => fieldWords[f] ?? f))}`);
    }
    for (const other of blocking) {
      if (!other.compiled.matches(lead, now)) continue;
      other.leadIds.push(lead.id);
      notes.push(`Stopped by the blocking rule “${other.rule.name}”`);
    }

    const runNumber = (lead.ruleRuns[rule.id]?.count ?? 0) + 1;
    const plan = compiled.plan(lead, now, runNumber);
    for (const action of plan.actions) {
      const isEmail = action.effect?.kind === 'email' || action.effect?.kind === 'questionnaire';
      const does = action.effect !== null || action.changes.length > 0;
      if (does && !(isEmail && reason !== null)) counts[action.index] = (counts[action.index] ?? 0) + 1;
    }
    if (matches.length < maxShown) {
      matches.push({
        leadId: lead.id,
        leadName: lead.name,
        company: lead.company.name,
        trace: compiled.explain(lead, now),
        actions: plan.actions.map((a) => a.description),
        highlights: notes,
      });
    }
  }

  const actionCounts = rule.actions.map((action, index) => {
    const count = counts[index] ?? 0;
    const description = describeAction(action, ctx);
    return {
      type: action.type,
      label: findRuleAction(action.type)?.label ?? action.type,
      count,
      sentence: actionSentence(action.type, description, count, ctx, action.params.templateId),
    };
  });

  const highlights: PreviewHighlight[] = [];
  if (suppressedIds.length > 0) {
    const common = [...reasons.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    const more = reasons.size > 1 ? ` (and ${reasons.size - 1} other reason${reasons.size === 2 ? '' : 's'})` : '';
    highlights.push({
      kind: 'suppressed_email',
      message: `${leadsWord(suppressedIds.length)} would not be emailed: ${common}${more}`,
      leadIds: suppressedIds,
    });
  }
  for (const other of clashing) {
    if (other.leadIds.length === 0) continue;
    highlights.push({
      kind: 'clash',
      message: `The enabled rule “${other.rule.name}” also changes the ${listWords(other.sharedFields.map((f) => fieldWords[f] ?? f))} of ${leadsWord(other.leadIds.length)} this rule matches`,
      leadIds: other.leadIds,
    });
  }
  for (const other of blocking) {
    if (other.leadIds.length === 0) continue;
    highlights.push({
      kind: 'blocked_by_other',
      message: `The blocking rule “${other.rule.name}” (priority ${other.rule.priority}) runs first and would stop this rule for ${leadsWord(other.leadIds.length)}`,
      leadIds: other.leadIds,
    });
  }
  if (considered >= almostAllMinimum && matchedLeads.length >= almostAllShare * considered) {
    highlights.push({
      kind: 'matches_almost_all',
      message: `Would match almost everything: ${matchedLeads.length} of ${considered} leads (${Math.round((matchedLeads.length / considered) * 100)}%). The criteria may be too broad.`,
      leadIds: [],
    });
  }
  if (matchedLeads.length === 0) {
    highlights.push({
      kind: 'matches_nothing',
      message:
        considered === 0
          ? `No lead arrived in the last ${lastDays} day${lastDays === 1 ? '' : 's'}${segment ? ' in this segment' : ''}: try a longer period.`
          : `Matches none of the ${leadsWord(considered)} considered. The criteria may be too narrow.`,
      leadIds: [],
    });
  }

  return succeed({ totalLeads: leads.length, considered, matched: matchedLeads.length, actionCounts, matches, highlights });
}
