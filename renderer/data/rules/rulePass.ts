import type { Actor } from '../../../core/model/base';
import type { LeadEvent } from '../../../core/model/event';
import { lead as leadSchema, type Lead, type RuleRun } from '../../../core/model/lead';
import { runRulesOnLead } from '../../../core/rules/runRules';
import type { CompiledRule, RuleCause, RuleFiring, RuleRunFacts, RulePatchField } from '../../../core/rules/ruleTypes';
import { changeDocuments } from '../changeDocuments';
import { deepEqual } from '../deepEqual';
import { eventsOfLeads } from '../leadEventReads';
import { eventsForLeadChange, type EventDraft } from '../leadChanges';
import { withoutMeta, writeRows, insertRow } from '../storedDocuments';
import { parseOrThrow } from '../validate';
import { applyEffect, ruleEvent, type RuleEffectDeps } from './ruleEffects';

/**
 * One pass of the rules over some leads: the engine decides (pure), then per lead ONE lead write
 * (the rules' changes, the runs they recorded, and the brain's derived fields, as updateLead
 * does), the change events with the rule as actor, the effects (idempotent), and one rule_fired
 * event per firing: the execution log. One lead's failing effect does not stop the others.
 */

/** Storage write contexts of the runner: its own writes are not new causes. */
export const ruleWriteContexts = {
  leads: 'lead-center-rule-runner',
  events: 'lead-center-rule-events',
} as const;

/** Fields a rule writes on a lead (besides the brain's derived ones). */
const ruleFields = ['group', 'stage', 'tags', 'ownerId', 'priority', 'scoreAdjustment', 'ruleRuns'] as const;

export interface LeadWork {
  leadId: string;
  /** In the order they happened; each runs on the lead as the previous left it. */
  causes: readonly RuleCause[];
}

export interface PassFiring {
  leadId: string;
  firing: RuleFiring;
  /** Its rule_fired event (the log entry), once written. */
  logged: LeadEvent | null;
}

export interface PassOutcome {
  leadsChecked: number;
  firings: PassFiring[];
  /** Per lead, the failures that did not stop the pass. */
  errors: string[];
}

/** A firing with the cause that started its pass. */
export interface CausedFiring {
  firing: RuleFiring;
  cause: RuleCause;
}

interface PlannedLead {
  before: Lead;
  after: Lead;
  firings: CausedFiring[];
  warnings: string[];
}

/** Runs the engine for each cause in turn; null when no rule fired. */
export function evaluate(rules: readonly CompiledRule[], lead: Lead, causes: readonly RuleCause[], now: number, facts: (ruleId: string) => RuleRunFacts, derive?: (lead: Lead) => Lead): { lead: Lead; firings: CausedFiring[]; warnings: string[] } | null {
  let current = lead;
  const firings: CausedFiring[] = [];
  const warnings: string[] = [];
  for (const cause of causes) {
    const result = runRulesOnLead({ rules, lead: current, cause, now, facts, derive });
    if (result.firings.length === 0) continue;
    firings.push(...result.firings.map((firing) => ({ firing, cause })));
    warnings.push(...result.warnings);
    current = derive ? derive(result.lead) : result.lead;
  }
  return firings.length === 0 ? null : { lead: current, firings, warnings };
}

async function readLeads(ctx: RuleEffectDeps['ctx'], ids: readonly string[], errors: string[]): Promise<Lead[]> {
  const stored = await ctx.db.leads.storageInstance.findDocumentsById([...ids], false);
  return stored.flatMap((doc) => {
    const parsed = leadSchema.safeParse(withoutMeta(doc));
    if (parsed.success) return [parsed.data];
    errors.push(`Lead ${doc.id} could not be read: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return [];
  });
}

/** In words for the log: what woke the rule. */
export function describeCause(cause: RuleCause): string {
  switch (cause.kind) {
    case 'lead_changed':
      return cause.created ? 'lead created' : `lead changed: ${cause.fields.join(', ')}`;
    case 'event':
      return `event: ${cause.eventType}`;
    case 'tick':
      return 'scheduled check';
    case 'manual':
      return 'run by hand';
  }
}

function ruleActor(firing: RuleFiring): Actor {
  return { kind: 'rule', id: firing.ruleId, name: firing.ruleName };
}

/** The firing that made each change (the last one to change a field wins). */
function actorFor(draft: EventDraft, firings: readonly RuleFiring[]): Actor | null {
  const fields: string[] =
    draft.type === 'group_changed' ? ['group'] : draft.type === 'stage_changed' ? ['stage'] : draft.type === 'tag_added' || draft.type === 'tag_removed' ? ['tags'] : Array.isArray(draft.data.fields) ? draft.data.fields : [];
  for (let i = firings.length - 1; i >= 0; i--) {
    const firing = firings[i] as RuleFiring;
    if (firing.actions.some((a) => a.changes.some((c: RulePatchField) => fields.includes(c)))) return ruleActor(firing);
  }
  const last = firings[firings.length - 1];
  return last ? ruleActor(last) : null;
}

/** Change events of a rule write, as updateLead records them, without the runner's bookkeeping. */
function changeDrafts(before: Lead, after: Lead): EventDraft[] {
  return eventsForLeadChange(before, after).flatMap((draft) => {
    if (draft.type !== 'lead_updated') return [draft];
    const fields = (Array.isArray(draft.data.fields) ? draft.data.fields : []).filter((f) => f !== 'ruleRuns');
    return fields.length === 0 ? [] : [{ type: draft.type, data: { fields } }];
  });
}

const cut = (text: string, max = 200): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export async function runPass(
  deps: RuleEffectDeps,
  rules: readonly CompiledRule[],
  work: readonly LeadWork[],
  now: number,
  facts: (ruleId: string) => RuleRunFacts,
  /** The leads as just read (a scheduler page); read by id when not given. */
  leads?: readonly Lead[],
): Promise<PassOutcome> {
  const { ctx } = deps;
  const outcome: PassOutcome = { leadsChecked: 0, firings: [], errors: [] };
  if (rules.length === 0 || work.length === 0) return outcome;
  const causesById = new Map<string, RuleCause[]>();
  for (const item of work) causesById.set(item.leadId, [...(causesById.get(item.leadId) ?? []), ...item.causes]);
  const ids = [...causesById.keys()];
  const current = leads ?? (await readLeads(ctx, ids, outcome.errors));
  outcome.leadsChecked = current.length;
  // First without the brain: most leads fire nothing, and only those that do need their events.
  // Firings earlier in this pass count towards "sunset after N runs" of the leads after them;
  // each lead keeps the counts it saw, so a retried write decides the same way.
  const counted = new Map<string, number>();
  const factsSeen = new Map<string, (ruleId: string) => RuleRunFacts>();
  const firing: string[] = [];
  for (const l of current) {
    const snapshot = new Map(counted);
    const leadFacts = (ruleId: string): RuleRunFacts => ({ totalRuns: facts(ruleId).totalRuns + (snapshot.get(ruleId) ?? 0) });
    const result = evaluate(rules, l, causesById.get(l.id) ?? [], now, leadFacts);
    if (result === null) continue;
    firing.push(l.id);
    factsSeen.set(l.id, leadFacts);
    for (const { firing: f } of result.firings) counted.set(f.ruleId, (counted.get(f.ruleId) ?? 0) + 1);
  }
  if (firing.length === 0) return outcome;

  const events = await eventsOfLeads(ctx, firing);
  const brain = ctx.brain();
  const planned = new Map<string, PlannedLead>();
  const written = await changeDocuments(
    ctx.db.leads,
    (doc) => parseOrThrow(leadSchema, doc, `stored lead ${String(doc.id)}`),
    firing,
    (current) => {
      planned.delete(current.id);
      const derive = (l: Lead): Lead => ({ ...l, ...brain.derive(l, events.get(l.id) ?? [], now) });
      const result = evaluate(rules, current, causesById.get(current.id) ?? [], now, factsSeen.get(current.id) ?? facts, derive);
      if (result === null) return null;
      const patch: Record<string, unknown> = {};
      for (const field of ruleFields) if (!deepEqual(result.lead[field], current[field])) patch[field] = result.lead[field];
      const parsed = parseOrThrow(leadSchema, { ...current, ...patch, updatedAt: now }, 'lead');
      const next = derive(parsed);
      planned.set(current.id, { before: current, after: next, firings: result.firings, warnings: result.warnings });
      return { data: next };
    },
    ruleWriteContexts.leads,
  );

  for (const { after } of written) {
    const plan = planned.get(after.id);
    if (!plan) continue;
    try {
      const logged = await applyLead(deps, plan, now);
      outcome.firings.push(...plan.firings.map(({ firing: f }, i) => ({ leadId: after.id, firing: f, logged: logged[i] ?? null })));
    } catch (error) {
      outcome.errors.push(`Lead ${after.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return outcome;
}

/** After the lead write: change events, effects, and one rule_fired per firing. */
export async function applyLead(deps: RuleEffectDeps, plan: PlannedLead, now: number): Promise<LeadEvent[]> {
  const { ctx } = deps;
  const leadId = plan.after.id;
  const events: LeadEvent[] = [];
  for (const draft of changeDrafts(plan.before, plan.after)) {
    const actor = actorFor(draft, plan.firings.map((f) => f.firing));
    if (actor) events.push(ruleEvent(ctx, leadId, draft.type, actor, draft.data, now));
  }
  const fired: LeadEvent[] = [];
  for (const { firing, cause } of plan.firings) {
    const actor = ruleActor(firing);
    const run: RuleRun | undefined = plan.after.ruleRuns[firing.ruleId];
    const runAt = run?.lastAt ?? now;
    const messages = [...plan.warnings.filter((w) => w.includes(firing.ruleName))];
    let failed = 0;
    let attempted = 0;
    for (const action of firing.actions) {
      if (!action.effect) continue;
      attempted += 1;
      const result = await applyEffect(deps, action.effect, plan.after, { id: firing.ruleId, name: firing.ruleName }, actor, runAt);
      if (!result.ok) failed += 1;
      if (result.message) messages.push(result.message);
      events.push(...result.events);
    }
    const outcome = failed === 0 ? 'applied' : failed === attempted && firing.actions.every((a) => a.effect !== null) ? 'failed' : 'partly_applied';
    if (firing.blocked.length > 0) messages.push(`Blocked lower-priority rules: ${firing.blocked.join(', ')}`);
    fired.push(
      ruleEvent(
        ctx,
        leadId,
        'rule_fired',
        actor,
        {
          ruleId: firing.ruleId,
          ruleName: cut(firing.ruleName),
          version: firing.version,
          runNumber: firing.runNumber,
          cause: cut(firing.round > 1 ? `chained (round ${firing.round})` : describeCause(cause)),
          round: firing.round,
          actions: firing.actions.slice(0, 100).map((a) => cut(a.description)),
          actionTypes: firing.actions.slice(0, 100).map((a) => cut(a.type)),
          outcome,
          messages: messages.slice(0, 100).map((m) => cut(m)),
        },
        now,
      ),
    );
  }
  const { conflicts } = await writeRows(ctx.db.events, [...events, ...fired].map(insertRow), ruleWriteContexts.events);
  if (conflicts.length > 0) throw new Error(`event id already used: ${conflicts[0]}`);
  return fired;
}
