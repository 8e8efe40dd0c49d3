import type { Lead, RuleRun } from '../model/lead';
import type { CompiledRule, RuleCause, RuleEffect, RuleFiring, RuleRunFacts, RuleRunResult } from './ruleTypes';

/**
 * One pass of the rules over one lead (issue 5, seed 002 "Rules creation concept"). Semantics:
 *
 * - Only enabled rules that are not past their sunset take part (sunset: the end date passed, the
 *   rule ran its limit of times across all leads, or this lead had the sunset event after the rule
 *   was last saved).
 * - Rules go in priority order: 1 first, ties by name, then id.
 * - A rule acts when its trigger wakes it for this cause, its criteria hold, and its execution
 *   mode lets it: one-time at most once per lead ever; periodic first when triggered, then again
 *   on a tick once `everyMs` passed since its last run (criteria still holding); in-cycle like
 *   periodic while now − first run ≤ `forMs`, then never again. A period missed while the app was
 *   closed runs once (the last run becomes now). A schedule-triggered rule repeats only at the ticks
 *   that name it due (its schedule), never in between. A manual cause naming a rule wakes it ("Run now").
 * - A blocking rule whose CRITERIA hold (whatever woke the engine) stops every lower-priority rule
 *   for this lead for the rest of the pass; its own actions still need its trigger.
 * - Rules later in a round see the lead as patched by earlier ones. The fields changed in round k
 *   form a lead_changed cause for round k+1 (chains); a rule that fired in this pass is not woken
 *   again by it. After `maxRounds` rounds, if rules would still run, the pass stops with the
 *   warning "Rule chain stopped after N rounds: <rule names> would still run".
 * - Each firing records the rule's run on lead.ruleRuns (count, first and last time, version).
 *
 * Pure and deterministic: inputs are not mutated; time is `now`. When nothing fires, no trace or
 * plan is built (the fast path the benchmark measures).
 */

export interface RunRulesInput {
  rules: readonly CompiledRule[];
  lead: Lead;
  cause: RuleCause;
  now: number;
  /** Run-time facts of a rule (its firings across all leads, for "sunset after N runs"). */
  facts?: (ruleId: string) => RuleRunFacts;
  /** Recomputes derived fields (score, temperature…) between chain rounds. */
  derive?: (lead: Lead) => Lead;
  maxRounds?: number;
}

const noFacts: RuleRunFacts = { totalRuns: 0 };

const byOrder = (a: CompiledRule, b: CompiledRule): number =>
  a.rule.priority - b.rule.priority || (a.rule.name < b.rule.name ? -1 : a.rule.name > b.rule.name ? 1 : 0) || (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0);

/** The same list of rules is sorted once, however many leads it runs over. */
const sortedCache = new WeakMap<readonly CompiledRule[], readonly CompiledRule[]>();

function inOrder(rules: readonly CompiledRule[]): readonly CompiledRule[] {
  let sorted = sortedCache.get(rules);
  if (!sorted) {
    sorted = rules.filter((r) => r.rule.enabled).sort(byOrder);
    sortedCache.set(rules, sorted);
  }
  return sorted;
}

/** Lead fields whose change does not wake other rules: the engine's own bookkeeping. */
const notChanges = new Set<string>(['ruleRuns', 'updatedAt', 'scoreBreakdown']);

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields a rule's patch may change. */
const patchFields = ['group', 'stage', 'tags', 'ownerId', 'priority', 'scoreAdjustment'] as const;

function sameField(field: (typeof patchFields)[number], a: Lead, b: Lead): boolean {
  if (field !== 'tags') return a[field] === b[field];
  const x = a.tags;
  const y = b.tags;
  if (x === y) return true;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/**
 * The top-level lead fields that differ. Without derive only a patch can have changed the lead;
 * a derived lead may hold new but equal objects, so everything is compared by value.
 */
function changedFields(before: Lead, after: Lead, derived: boolean): string[] {
  const out: string[] = [];
  if (!derived) {
    for (const field of patchFields) if (!sameField(field, before, after)) out.push(field);
    return out;
  }
  for (const key of Object.keys(after) as (keyof Lead)[]) {
    if (!notChanges.has(key) && !sameValue(before[key], after[key])) out.push(key);
  }
  return out;
}

/** A scheduled rule repeats at its scheduled moments only; other periodic and in-cycle rules on any tick. */
function repeatsOnTick(compiled: CompiledRule, cause: RuleCause, run: RuleRun | undefined, now: number): boolean {
  return cause.kind === 'tick' && compiled.rule.trigger.kind !== 'schedule' && compiled.repeatsAt(run, now);
}

/** Whether a rule would act in this round (the same test as firing, with no plan). */
function wouldAct(compiled: CompiledRule, lead: Lead, cause: RuleCause, now: number): boolean {
  const run = lead.ruleRuns[compiled.rule.id];
  const woken = compiled.triggeredBy(cause, lead, now) || repeatsOnTick(compiled, cause, run, now);
  return woken && compiled.mayRun(run, now) && compiled.matches(lead, now);
}

export function runRulesOnLead(input: RunRulesInput): RuleRunResult {
  const { lead: original, now, facts, derive } = input;
  const maxRounds = Math.max(1, Math.floor(input.maxRounds ?? 5));
  const rules = inOrder(input.rules);

  // The input is never written: at the first firing the engine takes its own shallow copy
  // (`current`) and its own ruleRuns (`runs`) and patches those in place, so a pass with several
  // firings copies the lead once. `view` is what rules see: current, or a copy of derive(current).
  let current: Lead = original;
  let view: Lead = original;
  let runs: Record<string, RuleRun> | null = null;
  let cause = input.cause;
  /** Index in `rules` from which a blocking rule stopped the rest. */
  let blockedFrom = rules.length;
  let fired: Set<string> | null = null;
  let firings: RuleFiring[] | null = null;
  let effects: RuleEffect[] | null = null;
  const warnings: string[] = [];

  for (let round = 1; ; round++) {
    /** The lead as this round found it; copied at its first firing, since `view` is then patched in place. */
    let roundStart: Lead | null = round === 1 ? original : null;
    let firedThisRound = false;
    for (let i = 0; i < blockedFrom; i++) {
      const compiled = rules[i] as CompiledRule;
      const rule = compiled.rule;
      if (fired !== null && fired.has(rule.id)) continue;
      const ruleFacts = rule.sunset.afterRuns === null ? noFacts : (facts?.(rule.id) ?? noFacts);
      if (compiled.sunsetFor(view, ruleFacts, now) !== null) continue;

      const run = view.ruleRuns[rule.id];
      const woken = compiled.triggeredBy(cause, view, now) || repeatsOnTick(compiled, cause, run, now);
      let held: boolean | null = null;
      if (rule.blocking) {
        held = compiled.matches(view, now);
        if (held) blockedFrom = i + 1;
      }
      if (!woken || !compiled.mayRun(run, now)) continue;
      if (held === null) held = compiled.matches(view, now);
      if (!held) continue;

      // It fires: only now is anything built.
      const runNumber = (run?.count ?? 0) + 1;
      const trace = compiled.explain(view, now);
      const plan = compiled.plan(view, now, runNumber);
      if (roundStart === null) roundStart = { ...view, ruleRuns: { ...view.ruleRuns } };
      if (runs === null) {
        runs = { ...original.ruleRuns };
        current = { ...original, ruleRuns: runs };
        view = current;
      }
      Object.assign(current, plan.patch);
      if (view !== current) Object.assign(view, plan.patch);
      runs[rule.id] = { count: runNumber, firstAt: run?.firstAt ?? now, lastAt: now, version: rule.version };
      (fired ??= new Set()).add(rule.id);
      if (plan.effects.length > 0) (effects ??= []).push(...plan.effects);
      (firings ??= []).push({
        ruleId: rule.id,
        ruleName: rule.name,
        version: rule.version,
        runNumber,
        cause: cause.kind,
        round,
        trace,
        actions: plan.actions,
        blocked: blockedFrom === i + 1 && rule.blocking ? rules.slice(i + 1).map((r) => r.rule.id) : [],
      });
      firedThisRound = true;
    }
    if (!firedThisRound || roundStart === null || runs === null) break;

    // The engine keeps ruleRuns; derive only recomputes the lead's derived fields.
    if (derive) view = { ...derive(current), ruleRuns: runs };
    const changed = changedFields(roundStart, view, derive !== undefined);
    if (changed.length === 0) break;
    cause = { kind: 'lead_changed', created: false, fields: changed, before: roundStart };
    if (round >= maxRounds) {
      const still = rules
        .slice(0, blockedFrom)
        .filter((r) => !fired?.has(r.rule.id) && r.sunsetFor(view, r.rule.sunset.afterRuns === null ? noFacts : (facts?.(r.rule.id) ?? noFacts), now) === null && wouldAct(r, view, cause, now))
        .map((r) => r.rule.name);
      if (still.length > 0) warnings.push(`Rule chain stopped after ${maxRounds} round${maxRounds === 1 ? '' : 's'}: ${still.join(', ')} would still run`);
      break;
    }
  }

  if (firings === null || runs === null) return { lead: original, patch: {}, effects: [], firings: [], warnings };
  const patch: RuleRunResult['patch'] = {};
  if (current.group !== original.group) patch.group = current.group;
  if (current.stage !== original.stage) patch.stage = current.stage;
  if (!sameField('tags', current, original)) patch.tags = [...current.tags];
  if (current.ownerId !== original.ownerId) patch.ownerId = current.ownerId;
  if (current.priority !== original.priority) patch.priority = current.priority;
  if (current.scoreAdjustment !== original.scoreAdjustment) patch.scoreAdjustment = current.scoreAdjustment;
  patch.ruleRuns = { ...runs };
  return { lead: current, patch, effects: effects ?? [], firings, warnings };
}
