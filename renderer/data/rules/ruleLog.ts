import { debounceTime, filter, from, merge, of, switchMap, type Observable } from 'rxjs';
import type { LeadEvent } from '../../../core/model/event';
import { lead as leadSchema, type Lead } from '../../../core/model/lead';
import { findRuleAction } from '../../../core/rules/ruleActions';
import type { EffectiveGroup } from '../../../core/settings/groupSettings';
import type { DataContext } from '../context';
import { eventsOfLeads } from '../leadEventReads';
import { queryStorage } from '../queryStorage';
import type { RuleLogEntry, RuleLogFilter, RulePerformance } from '../ruleContract';
import { withoutMeta } from '../storedDocuments';
import { readRules } from './ruleStore';
import type { RecentFiring } from './storedRule';

/**
 * The execution log is the rule_fired events (one per firing, data as rulePass writes it). The
 * events collection is indexed by lead and time only, so: the log of one lead reads its events
 * by that index; the log of a rule, and of all rules, reads the latest firings each rule keeps on
 * its own document (runState.recent, copied from the events as they are written), so the Rules
 * screen never reads a million events. Performance reads the leads the rule acted on.
 */

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const outcomes = new Set<RuleLogEntry['outcome']>(['applied', 'partly_applied', 'failed']);

/** The rule_fired events matching the filter, newest first. */
async function firedEvents(ctx: DataContext, filterBy: { ruleId?: string; leadId?: string }): Promise<LeadEvent[]> {
  const selector: Record<string, unknown> = { type: 'rule_fired' };
  if (filterBy.leadId !== undefined) selector.leadId = filterBy.leadId;
  if (filterBy.ruleId !== undefined) selector['data.ruleId'] = filterBy.ruleId;
  const docs = await queryStorage(ctx.db.events, { selector, sort: [{ at: 'desc' }, { id: 'desc' }] } as Parameters<typeof queryStorage<LeadEvent>>[1]);
  return docs.map((doc) => withoutMeta(doc) as LeadEvent);
}

async function leadsById(ctx: DataContext, ids: readonly string[]): Promise<Map<string, Lead>> {
  // With deleted ones: the log still names a lead that was deleted since.
  const docs = await ctx.db.leads.storageInstance.findDocumentsById([...new Set(ids)], true);
  const out = new Map<string, Lead>();
  for (const doc of docs) {
    const parsed = leadSchema.safeParse(withoutMeta(doc));
    if (parsed.success) out.set(parsed.data.id, parsed.data);
  }
  return out;
}

/** The log copy of a rule_fired event. */
export function recentFiringOf(event: LeadEvent, leadId: string): RecentFiring {
  const outcome = text(event.data.outcome) as RecentFiring['outcome'];
  return {
    eventId: event.id,
    leadId,
    at: event.at,
    version: count(event.data.version),
    cause: text(event.data.cause).slice(0, 200),
    actions: texts(event.data.actions).slice(0, 20).map((a) => a.slice(0, 200)),
    outcome: outcomes.has(outcome) ? outcome : 'applied',
    messages: texts(event.data.messages).slice(0, 20).map((m) => m.slice(0, 200)),
  };
}

/** The latest firings kept on the rules' documents, newest first. */
async function recentLog(ctx: DataContext, ruleId: string | undefined, limit: number): Promise<RuleLogEntry[]> {
  const rules = await readRules(ctx);
  const entries = rules
    .filter((r) => ruleId === undefined || r.id === ruleId)
    .flatMap((r) =>
      r.runState.recent.map(
        (f): RuleLogEntry => ({ id: f.eventId, ruleId: r.id, ruleName: r.name, version: f.version, leadId: f.leadId, leadName: '', at: f.at, cause: f.cause, actions: f.actions, outcome: f.outcome, messages: f.messages }),
      ),
    )
    .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))
    .slice(0, limit);
  const leads = await leadsById(
    ctx,
    entries.map((e) => e.leadId),
  );
  return entries.map((e) => ({ ...e, leadName: leads.get(e.leadId)?.name ?? '' }));
}

export async function readLog(ctx: DataContext, filterBy: RuleLogFilter): Promise<RuleLogEntry[]> {
  const limit = Math.max(1, Math.min(filterBy.limit ?? 200, 5000));
  if (filterBy.leadId === undefined) return recentLog(ctx, filterBy.ruleId, limit);
  const events = (await firedEvents(ctx, filterBy)).slice(0, limit);
  const leads = await leadsById(
    ctx,
    events.map((e) => e.leadId),
  );
  return events.map((event) => {
    const outcome = text(event.data.outcome) as RuleLogEntry['outcome'];
    return {
      id: event.id,
      ruleId: text(event.data.ruleId) || event.actor.id,
      ruleName: text(event.data.ruleName) || event.actor.name || '',
      version: count(event.data.version),
      leadId: event.leadId,
      leadName: leads.get(event.leadId)?.name ?? '',
      at: event.at,
      cause: text(event.data.cause),
      actions: texts(event.data.actions),
      outcome: outcomes.has(outcome) ? outcome : 'applied',
      messages: texts(event.data.messages),
    };
  });
}

/** The log, again whenever a rule fires (batched: a scheduler pass fires many at once). */
export function observeLog(ctx: DataContext, filterBy: RuleLogFilter): Observable<RuleLogEntry[]> {
  // Rule documents change after each pass (their runState); a lead's log follows its events.
  const fired =
    filterBy.leadId === undefined
      ? ctx.db.rules.eventBulks$.pipe(debounceTime(100))
      : ctx.db.events.eventBulks$.pipe(
          filter((bulk) => bulk.events.some((e) => e.operation === 'INSERT' && e.documentData.type === 'rule_fired')),
          debounceTime(100),
        );
  return merge(of(null), fired).pipe(switchMap(() => from(readLog(ctx, filterBy))));
}

/**
 * What a rule did and what became of the leads it acted on, counted from the first time it
 * acted on each: moved to the Qualified or Customer group later, converted, replied by email.
 */
export async function rulePerformance(ctx: DataContext, ruleId: string, groups: readonly EffectiveGroup[]): Promise<RulePerformance> {
  const stored = (await readRules(ctx)).find((r) => r.id === ruleId);
  // The leads it acted on carry its runs (lead.ruleRuns), with the first time.
  // (A dot in an id would split the query's path: then every lead is read and filtered here.)
  const selector = /^[A-Za-z0-9_:-]+$/.test(ruleId) ? { [`ruleRuns.${ruleId}`]: { $exists: true } } : {};
  const acted = await queryStorage(ctx.db.leads, { selector } as Parameters<typeof queryStorage<Lead>>[1]);
  const leads = new Map<string, Lead>();
  const firstAt = new Map<string, number>();
  for (const doc of acted) {
    const parsed = leadSchema.safeParse(withoutMeta(doc));
    const run = parsed.success ? parsed.data.ruleRuns[ruleId] : undefined;
    if (!parsed.success || !run) continue;
    leads.set(parsed.data.id, parsed.data);
    firstAt.set(parsed.data.id, run.firstAt);
  }
  const ids = [...firstAt.keys()];
  const history = await eventsOfLeads(ctx, ids);
  const reachedGroup = (groupId: string) =>
    ids.filter((id) => (history.get(id) ?? []).some((e) => e.type === 'group_changed' && e.data.to === groupId && e.at >= (firstAt.get(id) ?? 0))).length;
  const converted = ids.filter((id) => {
    const conversion = leads.get(id)?.conversion;
    return conversion != null && conversion.convertedAt >= (firstAt.get(id) ?? 0);
  }).length;
  const replied = ids.filter((id) => (leads.get(id)?.lastEventAt.email_reply ?? -1) > (firstAt.get(id) ?? 0)).length;
  const groupName = (id: string, fallback: string) => groups.find((g) => g.id === id)?.name ?? fallback;
  const actionCounts = Object.entries(stored?.runState.actionsTriggered ?? {});
  return {
    ruleId,
    timesFired: stored?.runState.totalRuns ?? 0,
    leadsAffected: ids.length,
    actionsTriggered: actionCounts
      .map(([type, n]) => ({ type, label: findRuleAction(type)?.label ?? type, count: n }))
      .sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : 1)),
    outcomes: [
      { label: `Reached ${groupName('qualified', 'Qualified')}`, leads: reachedGroup('qualified') },
      { label: `Became ${groupName('customer', 'Customer')}`, leads: reachedGroup('customer') },
      { label: 'Converted', leads: converted },
      { label: 'Replied to an email', leads: replied },
    ],
  };
}
