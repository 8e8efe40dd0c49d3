import { BehaviorSubject, type Observable, type Subscription } from 'rxjs';
import type { RxChangeEventBulk, RxDocumentData } from 'rxdb';
import type { LeadEvent } from '../../../core/model/event';
import { lead as leadSchema, type Lead } from '../../../core/model/lead';
import { compileRule } from '../../../core/rules/compileRule';
import { dueScheduleRuleIds, tickInterests } from '../../../core/rules/ruleSchedule';
import type { CompiledRule, RuleCatalogueContext, RuleCause, RuleRunFacts } from '../../../core/rules/ruleTypes';
import type { Progress } from '../contract';
import { deepEqual } from '../deepEqual';
import { queryStorage } from '../queryStorage';
import type { RunnerStatus } from '../ruleContract';
import { withoutMeta, yieldToUi } from '../storedDocuments';
import { definitionOf, recentFiringsKept, type RecentFiring, type RuleRunState, type StoredRule } from './storedRule';
import { recentFiringOf } from './ruleLog';
import { observeStoredRules, readRules, updateRunStates } from './ruleStore';
import { runPass, ruleWriteContexts, type LeadWork, type PassFiring } from './rulePass';
import type { RuleEffectDeps } from './ruleEffects';

export interface RuleRunnerOptions {
  /** Real-time triggers and the scheduler's timer; off in tests that call tickNow themselves. */
  auto: boolean;
  /** The seller's offset from UTC now (schedules are in local time). */
  utcOffsetMinutes: () => number;
  /** Changes to one lead within this window are handled together (default 100 ms). */
  debounceMs?: number;
  /** Scheduler tick (default 60 s): schedules that came due run at the next tick. */
  tickMs?: number;
  /**
   * The longest time between two sweeps of every lead for time-since triggers and repeating
   * rules (default 15 min). A sweep reads every lead, so it does not run every tick; schedules
   * that came due, and rules switched on or edited since the last sweep, sweep at the next tick.
   */
  sweepEveryMs?: number;
  /** Leads per page of a scheduler pass (default 500). */
  pageSize?: number;
}

/**
 * Lead fields whose change is bookkeeping, not a change a rule reacts to. Unlike the timeline's
 * edits, derived facts count: "score changed" is a trigger (the BANT qualification template).
 */
const notCauses = new Set<string>(['updatedAt', 'ruleRuns', 'scoreBreakdown', 'lastEventAt', 'lastActivityAt']);

function changedLeadFields(before: Lead, after: Lead): string[] {
  return (Object.keys(after) as (keyof Lead)[]).filter((field) => !notCauses.has(field) && !deepEqual(before[field], after[field]));
}

/** Which tick rules a sweep covered: a rule switched on or edited since makes the next tick sweep. */
function sweepFingerprint(rules: readonly StoredRule[]): string {
  return rules
    .filter((r) => r.enabled && tickInterests(definitionOf(r)))
    .map((r) => `${r.id}@${r.version}`)
    .sort()
    .join(',');
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Runs the enabled rules by themselves: (1) in real time, on lead changes and recorded events
 * (debounced per lead, well within a second), ignoring the runner's own writes; (2) on a
 * scheduler tick (every minute and at start) over the leads page by page, for time-based
 * triggers, repeating modes and schedules (a moment missed while the app was closed runs once).
 * Passes never overlap: real-time work waits at most one page of a scheduler pass.
 */
export class RuleRunner {
  private readonly status$ = new BehaviorSubject<RunnerStatus>({ enabledRules: 0, running: false, lastTickAt: null, lastError: null });
  private readonly subscriptions: Subscription[] = [];
  private enabled: StoredRule[] = [];
  private queue = new Map<string, RuleCause[]>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private tickTimer: ReturnType<typeof setInterval> | null = null;
  private lock: Promise<unknown> = Promise.resolve();
  private ticking: Promise<void> | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private closed = false;
  private compiledCache = new Map<string, CompiledRule>();
  private compiledFor = '';

  constructor(
    private readonly deps: RuleEffectDeps,
    private readonly catalogue: () => Promise<RuleCatalogueContext>,
    private readonly options: RuleRunnerOptions,
  ) {}

  start(): void {
    const { ctx } = this.deps;
    this.subscriptions.push(
      observeStoredRules(ctx).subscribe((rules) => {
        this.enabled = rules.filter((r) => r.enabled);
        this.setStatus({ enabledRules: this.enabled.length });
      }),
    );
    if (!this.options.auto) return;
    this.subscriptions.push(ctx.db.leads.eventBulks$.subscribe((bulk) => this.onLeadChanges(bulk as RxChangeEventBulk<Lead>)));
    this.subscriptions.push(ctx.db.events.eventBulks$.subscribe((bulk) => this.onEvents(bulk as RxChangeEventBulk<LeadEvent>)));
    this.tickTimer = setInterval(() => void this.timedTick(), this.options.tickMs ?? 60_000);
    void this.tickNow();
  }

  private lastSweep: { at: number; rules: string } | null = null;

  /** The timer's tick: a sweep only when one is due (see sweepEveryMs). */
  private async timedTick(): Promise<void> {
    if (this.closed || this.ticking) return;
    try {
      const now = this.deps.ctx.clock();
      const rules = await readRules(this.deps.ctx);
      const enabled = rules.filter((r) => r.enabled);
      const due = dueScheduleRuleIds(enabled.map(definitionOf), (id) => rules.find((r) => r.id === id)?.runState.lastScheduledRunAt ?? null, now, this.options.utcOffsetMinutes());
      const last = this.lastSweep;
      const stale = last === null || now - last.at >= (this.options.sweepEveryMs ?? 15 * 60_000) || last.rules !== sweepFingerprint(rules);
      if (due.size > 0 || stale) await this.tickNow();
      else this.setStatus({ lastTickAt: now, enabledRules: enabled.length });
    } catch (error) {
      this.setStatus({ lastError: errorText(error) });
    }
  }

  /**
   * Reads the enabled rules now. The rule center calls it after each save, so a change made
   * right after a rule is switched on is not missed while the live query catches up.
   */
  async refresh(): Promise<void> {
    const rules = await readRules(this.deps.ctx);
    this.enabled = rules.filter((r) => r.enabled);
    this.setStatus({ enabledRules: this.enabled.length });
  }

  observe(): Observable<RunnerStatus> {
    return this.status$.asObservable();
  }

  get status(): RunnerStatus {
    return this.status$.value;
  }

  private setStatus(change: Partial<RunnerStatus>): void {
    this.status$.next({ ...this.status$.value, ...change });
  }

  /** Only one pass (or one page of a scheduler pass) at a time. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.lock.then(work, work);
    this.lock = run.catch(() => undefined);
    return run;
  }

  private wants(kind: 'lead' | 'event', eventType?: string): boolean {
    return this.enabled.some((r) => {
      const t = r.trigger;
      if (kind === 'lead') return t.kind === 'lead_changed' || t.kind === 'status_changed';
      return t.kind === 'event' && t.eventTypes.some((e) => e === eventType);
    });
  }

  private onLeadChanges(bulk: RxChangeEventBulk<Lead>): void {
    if (bulk.context === ruleWriteContexts.leads || this.closed || !this.wants('lead')) return;
    for (const change of bulk.events) {
      if (change.operation === 'DELETE' || change.documentData._deleted) continue;
      const after = leadSchema.safeParse(withoutMeta(change.documentData));
      // Rules act on the seller's own leads only (a manager's device holds the team's too).
      if (!after.success || after.data.ownerId !== this.deps.ctx.seller.userId) continue;
      if (change.operation === 'INSERT' || !change.previousDocumentData || change.previousDocumentData._deleted) {
        this.enqueue(after.data.id, { kind: 'lead_changed', created: true, fields: Object.keys(after.data), before: null });
        continue;
      }
      const before = leadSchema.safeParse(withoutMeta(change.previousDocumentData));
      if (!before.success) continue;
      const fields = changedLeadFields(before.data, after.data);
      if (fields.length > 0) this.enqueue(after.data.id, { kind: 'lead_changed', created: false, fields, before: before.data });
    }
  }

  private onEvents(bulk: RxChangeEventBulk<LeadEvent>): void {
    if (bulk.context === ruleWriteContexts.events || this.closed) return;
    for (const change of bulk.events) {
      if (change.operation !== 'INSERT') continue;
      const event = change.documentData;
      // Bookkeeping events that mirror a lead change still count ("group changed" is a trigger).
      if (event.type === 'rule_fired' || event.ownerId !== this.deps.ctx.seller.userId || !this.wants('event', event.type)) continue;
      this.enqueue(event.leadId, { kind: 'event', eventType: event.type, eventId: event.id });
    }
  }

  private enqueue(leadId: string, cause: RuleCause): void {
    const causes = this.queue.get(leadId);
    if (causes) causes.push(cause);
    else this.queue.set(leadId, [cause]);
    if (this.flushTimer === null) this.flushTimer = setTimeout(() => this.flush(), this.options.debounceMs ?? 100);
  }

  private flush(): void {
    this.flushTimer = null;
    const work: LeadWork[] = [...this.queue].map(([leadId, causes]) => ({ leadId, causes }));
    this.queue = new Map();
    if (work.length === 0 || this.closed) return;
    this.flushing = this.flushing.then(async () => {
      const pageSize = this.options.pageSize ?? 500;
      for (let start = 0; start < work.length; start += pageSize) {
        if (start > 0) await yieldToUi();
        await this.exclusive(() => this.pass(work.slice(start, start + pageSize)));
      }
    });
  }

  /** Resolves once the changes seen so far have been handled (tests). */
  async settled(): Promise<void> {
    if (this.flushTimer !== null) {
      clearTimeout(this.flushTimer);
      this.flush();
    }
    await this.flushing;
    await this.lock;
  }

  /** The enabled rules that compile with today's names (a rule naming a deleted group sits out). */
  private async compiled(rules: readonly StoredRule[]): Promise<CompiledRule[]> {
    const ctx = await this.catalogue();
    const key = JSON.stringify(ctx);
    if (key !== this.compiledFor) {
      this.compiledCache = new Map();
      this.compiledFor = key;
    }
    const out: CompiledRule[] = [];
    for (const stored of rules) {
      if (!stored.enabled) continue;
      const cacheKey = `${stored.id}:${stored.version}:${stored.updatedAt}`;
      let compiled = this.compiledCache.get(cacheKey);
      if (!compiled) {
        const result = compileRule(definitionOf(stored), ctx);
        if (!result.ok) continue;
        compiled = result.value;
        this.compiledCache.set(cacheKey, compiled);
      }
      out.push(compiled);
    }
    return out;
  }

  /** A real-time pass over the queued leads. */
  private async pass(work: readonly LeadWork[]): Promise<void> {
    try {
      const rules = await readRules(this.deps.ctx);
      const compiled = await this.compiled(rules);
      if (compiled.length === 0) return;
      const now = this.deps.ctx.clock();
      const outcome = await runPass(this.deps, compiled, work, now, factsOf(rules, new Map()));
      await this.recordRuns(outcome.firings, now, new Map());
      if (outcome.errors.length > 0) this.setStatus({ lastError: outcome.errors[0] ?? null });
    } catch (error) {
      this.setStatus({ lastError: errorText(error) });
      console.warn('Lead Center: a rule pass failed', error);
    }
  }

  /** Stats after a pass: firings, leads reached, last fired, actions asked for, the latest log entries; and what the pass evaluated. */
  private async recordRuns(firings: readonly PassFiring[], now: number, extra: ReadonlyMap<string, (s: RuleRunState) => RuleRunState>): Promise<void> {
    const byRule = new Map<string, { runs: number; newLeads: number; actions: Map<string, number>; recent: RecentFiring[] }>();
    for (const { firing, leadId, logged } of firings) {
      const entry = byRule.get(firing.ruleId) ?? { runs: 0, newLeads: 0, actions: new Map<string, number>(), recent: [] };
      entry.runs += 1;
      if (firing.runNumber === 1) entry.newLeads += 1;
      for (const action of firing.actions) entry.actions.set(action.type, (entry.actions.get(action.type) ?? 0) + 1);
      if (logged) entry.recent.push(recentFiringOf(logged, leadId));
      byRule.set(firing.ruleId, entry);
    }
    const changes = new Map(extra);
    for (const [ruleId, entry] of byRule) {
      const before = changes.get(ruleId);
      changes.set(ruleId, (state) => {
        const base = before ? before(state) : state;
        const actionsTriggered = { ...base.actionsTriggered };
        for (const [type, n] of entry.actions) actionsTriggered[type] = (actionsTriggered[type] ?? 0) + n;
        // Newest first: the later firings of this pass, then what was kept before.
        const recent = [...entry.recent.reverse().sort((a, b) => b.at - a.at), ...base.recent].slice(0, recentFiringsKept);
        return { ...base, totalRuns: base.totalRuns + entry.runs, leadsAffected: base.leadsAffected + entry.newLeads, lastFiredAt: now, actionsTriggered, recent };
      });
    }
    await updateRunStates(this.deps.ctx, changes);
  }

  /** One scheduler pass now; a pass already under way finishes first, then this one runs. */
  tickNow(): Promise<void> {
    const previous = this.ticking ?? Promise.resolve();
    const next = previous.then(() => this.tick());
    this.ticking = next;
    void next.finally(() => {
      if (this.ticking === next) this.ticking = null;
    });
    return next;
  }

  private async tick(): Promise<void> {
    if (this.closed) return;
    const { ctx } = this.deps;
    const now = ctx.clock();
    try {
      const rules = await readRules(ctx);
      const enabled = rules.filter((r) => r.enabled);
      const tickRules = enabled.filter((r) => tickInterests(definitionOf(r)));
      if (tickRules.length === 0) {
        this.setStatus({ lastTickAt: now, enabledRules: enabled.length });
        return;
      }
      this.setStatus({ running: true });
      const due = dueScheduleRuleIds(enabled.map(definitionOf), (id) => rules.find((r) => r.id === id)?.runState.lastScheduledRunAt ?? null, now, this.options.utcOffsetMinutes());
      const cause: RuleCause = { kind: 'tick', dueScheduleRuleIds: due };
      const { errors } = await this.pageThrough(rules, cause, now);
      this.lastSweep = { at: now, rules: sweepFingerprint(rules) };
      const evaluated = new Map<string, (s: RuleRunState) => RuleRunState>();
      for (const r of tickRules) evaluated.set(r.id, (s) => ({ ...s, lastRunAt: now, lastScheduledRunAt: due.has(r.id) ? now : s.lastScheduledRunAt }));
      await this.exclusive(() => updateRunStates(ctx, evaluated));
      this.setStatus({ running: false, lastTickAt: now, lastError: errors[0] ?? null });
    } catch (error) {
      this.setStatus({ running: false, lastTickAt: now, lastError: errorText(error) });
      console.warn('Lead Center: a scheduled rule pass failed', error);
    }
  }

  /**
   * Every lead, a page at a time (never all 100,000 in memory), letting the UI and the real-time
   * passes in between pages. Failures of single leads are collected, not thrown.
   */
  private async pageThrough(rules: readonly StoredRule[], cause: RuleCause, now: number, onProgress?: (progress: Progress) => void): Promise<{ errors: string[]; checked: number; fired: number }> {
    const { ctx } = this.deps;
    const compiled = await this.compiled(rules);
    const pending = new Map<string, number>();
    const facts = factsOf(rules, pending);
    const pageSize = this.options.pageSize ?? 500;
    const total = onProgress ? (await ctx.db.leads.count().exec()) : 0;
    const errors: string[] = [];
    let checked = 0;
    let fired = 0;
    let after: string | null = null;
    onProgress?.({ done: 0, total });
    for (;;) {
      const lastId: string | null = after;
      const page: RxDocumentData<Lead>[] = await queryStorage(ctx.db.leads, {
        selector: lastId === null ? {} : { id: { $gt: lastId } },
        sort: [{ id: 'asc' }],
        limit: pageSize,
      });
      if (page.length === 0) break;
      after = String(page[page.length - 1]?.id);
      const leads = page.flatMap((doc): Lead[] => {
        const parsed = leadSchema.safeParse(withoutMeta(doc));
        return parsed.success && parsed.data.ownerId === ctx.seller.userId ? [parsed.data] : [];
      });
      await this.exclusive(async () => {
        const outcome = await runPass(
          this.deps,
          compiled,
          leads.map((l) => ({ leadId: l.id, causes: [cause] })),
          now,
          facts,
          leads,
        );
        for (const { firing } of outcome.firings) pending.set(firing.ruleId, (pending.get(firing.ruleId) ?? 0) + 1);
        await this.recordRuns(outcome.firings, now, new Map());
        errors.push(...outcome.errors);
        fired += outcome.firings.length;
      });
      checked += page.length;
      onProgress?.({ done: checked, total: Math.max(total, checked) });
      if (page.length < pageSize || this.closed) break;
      await yieldToUi();
    }
    return { errors, checked, fired };
  }

  /** "Run now": one enabled rule over every lead, its trigger treated as met. */
  async runNow(ruleId: string, onProgress?: (progress: Progress) => void): Promise<{ leadsChecked: number; fired: number }> {
    const rules = await readRules(this.deps.ctx);
    const target = rules.find((r) => r.id === ruleId);
    if (!target) throw new Error(`Rule ${ruleId} does not exist or was deleted`);
    if (!target.enabled) throw new Error(`Switch the rule “${target.name}” on before running it`);
    const now = this.deps.ctx.clock();
    this.setStatus({ running: true });
    try {
      const result = await this.pageThrough(rules, { kind: 'manual', ruleIds: new Set([ruleId]) }, now, onProgress);
      await this.exclusive(() => updateRunStates(this.deps.ctx, new Map([[ruleId, (s: RuleRunState) => ({ ...s, lastRunAt: now })]])));
      return { leadsChecked: result.checked, fired: result.fired };
    } finally {
      this.setStatus({ running: false });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.subscriptions) s.unsubscribe();
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    if (this.tickTimer !== null) clearInterval(this.tickTimer);
    this.queue.clear();
    await this.flushing.catch(() => undefined);
    await this.ticking?.catch(() => undefined);
    await this.lock;
    this.status$.complete();
  }
}

/** Sunset "after N runs" counts the stored firings plus those of the pass under way. */
function factsOf(rules: readonly StoredRule[], pending: ReadonlyMap<string, number>): (ruleId: string) => RuleRunFacts {
  const stored = new Map(rules.map((r) => [r.id, r.runState.totalRuns]));
  return (ruleId) => ({ totalRuns: (stored.get(ruleId) ?? 0) + (pending.get(ruleId) ?? 0) });
}
