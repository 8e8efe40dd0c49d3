import type { z } from 'zod';
import { defaultEmailTemplateLibrary } from '../emails/emailTemplates';
import { leadEventTypes, type LeadEventType } from '../model/event';
import { lead as leadSchema, type Lead, type RuleRun } from '../model/lead';
import { fail, succeed, type Result } from '../model/result';
import { rule as ruleSchema, type Rule, type RuleAction, type RuleTrigger } from '../model/rule';
import { defaultGroupSettings, effectiveGroups } from '../settings/groupSettings';
import { defaultStageSettings, effectiveStages } from '../settings/stageSettings';
import { compileCriteria } from './compileCriteria';
import { compileActions, validateAction } from './ruleActions';
import type { CompiledRule, RuleCatalogueContext, RuleCause, RuleProblem, RuleRunFacts } from './ruleTypes';

/**
 * Checking a rule when it is saved, and compiling it once into closures the engine runs per lead
 * (issue 5). Every problem names the part of the Rule Builder it belongs to and the item in it
 * ("Action 2 (Move to group): there is no group "foo""), so the seller can find and fix it.
 */

/** The names a rule can refer to in a fresh install: seed 002's groups, seed 004's stages, seed 000's templates. */
export function defaultRuleCatalogueContext(users: readonly { id: string; name: string }[] = []): RuleCatalogueContext {
  return {
    groups: effectiveGroups(defaultGroupSettings).map((g) => ({ id: g.id, name: g.name })),
    stages: effectiveStages(defaultStageSettings).map((s) => ({ id: s.id, name: s.name })),
    emailTemplates: defaultEmailTemplateLibrary.templates.map((t) => ({ id: t.id, name: t.name })),
    questionnaireTemplates: [],
    users: users.map((u) => ({ id: u.id, name: u.name })),
  };
}

type Part = RuleProblem['part'];

const partOf: Record<string, { part: Part; label: string }> = {
  name: { part: 'name', label: 'Name' },
  description: { part: 'name', label: 'Description' },
  trigger: { part: 'trigger', label: 'Trigger' },
  criteria: { part: 'criteria', label: 'Criteria' },
  actions: { part: 'actions', label: 'Actions' },
  executionMode: { part: 'mode', label: 'Execution mode' },
  priority: { part: 'priority', label: 'Priority' },
  blocking: { part: 'priority', label: 'Blocking' },
  sunset: { part: 'sunset', label: 'Sunset' },
};

/** Field names in words, for messages about a nested value. */
const fieldWords: Record<string, string> = {
  kind: 'the kind',
  fields: 'the fields',
  field: 'the field',
  from: '“from”',
  to: '“to”',
  eventTypes: 'the events',
  frequency: 'how often',
  dayOfWeek: 'the day of the week',
  minuteOfDay: 'the time of day',
  afterMs: 'the wait',
  everyMs: 'the repeat interval',
  forMs: 'how long the cycle lasts',
  expiresAt: 'the end date',
  afterRuns: 'the number of runs',
  afterEvent: 'the event',
  type: 'the action type',
  params: 'the settings',
  combinator: 'AND / OR',
  conditions: 'the conditions',
  criterion: 'the criterion',
  operator: 'the operator',
  value: 'the value',
};

const typeWords: Record<string, string> = { int: 'a whole number', number: 'a number', string: 'text', boolean: 'yes or no', array: 'a list', object: 'a set of fields', record: 'a set of fields' };

const zodDefault = /^(Invalid|Too (big|small)|Expected)/;

/** One zod issue in the seller's words, e.g. "Trigger: the wait must be at least 1". */
function readableIssue(issue: z.core.$ZodIssue): RuleProblem {
  const [head, ...rest] = issue.path;
  const known = typeof head === 'string' ? partOf[head] : undefined;
  const part: Part = known?.part ?? 'name';
  let label = known?.label ?? 'Rule';
  let index: number | null = null;
  let tail = rest;
  if (head === 'actions' && typeof rest[0] === 'number') {
    index = rest[0];
    label = `Action ${index + 1}`;
    tail = rest.slice(1);
  }
  const last = [...tail].reverse().find((p): p is string => typeof p === 'string');
  const subject = last ? (fieldWords[last] ?? last) : known ? '' : typeof head === 'string' ? head : '';
  const it = subject === '' ? '' : `${subject} `;

  if (head === 'priority') return { part, index, message: 'Priority: choose 1 (runs first) to 10 (runs last)' };
  if (!zodDefault.test(issue.message)) return { part, index, message: `${label}: ${issue.message}` };

  let text: string;
  switch (issue.code) {
    case 'invalid_type':
      // zod leaves the input out of issues; its message ends "received undefined" when nothing was given.
      text = /received undefined$/.test(issue.message) ? `${it}is missing` : `${it}must be ${typeWords[issue.expected] ?? issue.expected}`;
      break;
    case 'too_small':
      text =
        issue.origin === 'string'
          ? `${it}cannot be empty`
          : issue.origin === 'array'
            ? `${it}needs at least ${String(issue.minimum)}`
            : `${it}must be at least ${String(issue.minimum)}`;
      break;
    case 'too_big':
      text =
        issue.origin === 'string'
          ? `${it}is longer than ${String(issue.maximum)} characters`
          : issue.origin === 'array'
            ? `${it}has more than ${String(issue.maximum)} items`
            : `${it}must be at most ${String(issue.maximum)}`;
      break;
    case 'invalid_value':
      text = `${it}must be one of ${issue.values.map(String).join(', ')}`;
      break;
    case 'invalid_union':
      text = last === 'kind' || tail.length === 0 ? `${label === 'Trigger' ? 'choose a trigger' : label === 'Execution mode' ? 'choose an execution mode' : 'choose one'} this app knows` : `${it}is not valid`;
      break;
    default:
      text = `${it}is not valid`;
  }
  return { part, index, message: `${label}: ${text.trim()}` };
}

const maxProblems = 20;

function parseRule(input: unknown): Result<Rule, RuleProblem[]> {
  let parsed: ReturnType<typeof ruleSchema.safeParse>;
  try {
    parsed = ruleSchema.safeParse(input);
  } catch {
    // Nesting deep enough to exhaust the stack: refuse it rather than fail.
    return fail([{ part: 'criteria', index: null, message: 'Criteria: the groups are nested too deeply to read' }]);
  }
  if (parsed.success) return succeed(parsed.data);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return fail([{ part: 'name', index: null, message: 'Rule: this is not a rule (expected the rule’s fields)' }]);
  }
  const seen = new Set<string>();
  const problems: RuleProblem[] = [];
  for (const issue of parsed.error.issues) {
    const problem = readableIssue(issue);
    if (seen.has(problem.message)) continue;
    seen.add(problem.message);
    problems.push(problem);
    if (problems.length === maxProblems) break;
  }
  return fail(problems);
}

const leadFields = new Set(Object.keys(leadSchema.shape));
const eventTypeSet = new Set<string>(leadEventTypes);

/** time_since fields: the moment a lead's time is counted from, or null when it never happened. */
function anchorReader(field: string): ((lead: Lead) => number | null) | null {
  switch (field) {
    case 'untouched':
      return (lead) => lead.lastInterestAt ?? lead.createdAt;
    case 'createdAt':
      return (lead) => lead.createdAt;
    case 'lastActivityAt':
      return (lead) => lead.lastActivityAt;
    case 'updatedAt':
      return (lead) => lead.updatedAt;
  }
  if (field.startsWith('event:') && eventTypeSet.has(field.slice(6))) {
    const type = field.slice(6);
    return (lead) => lead.lastEventAt[type] ?? null;
  }
  return null;
}

const hasId = (list: readonly { id: string }[], id: string): boolean => list.some((x) => x.id === id);

function triggerProblems(trigger: RuleTrigger, ctx: RuleCatalogueContext): RuleProblem[] {
  const problem = (message: string): RuleProblem => ({ part: 'trigger', index: null, message: `Trigger: ${message}` });
  switch (trigger.kind) {
    case 'lead_changed': {
      const unknown = trigger.fields.filter((f) => !leadFields.has(f.split('.')[0] ?? ''));
      return unknown.map((f) => problem(`there is no lead field "${f}"`));
    }
    case 'status_changed': {
      const list = trigger.field === 'group' ? ctx.groups : ctx.stages;
      const what = trigger.field === 'group' ? 'group' : 'customer stage';
      const out: RuleProblem[] = [];
      for (const end of [trigger.from, trigger.to]) if (end !== null && !hasId(list, end)) out.push(problem(`there is no ${what} "${end}"`));
      if (trigger.from !== null && trigger.from === trigger.to) out.push(problem(`“from” and “to” are the same ${what}`));
      return out;
    }
    case 'schedule':
      return trigger.frequency === 'weekly' && trigger.dayOfWeek === null ? [problem('choose the day of the week')] : [];
    case 'time_since':
      return anchorReader(trigger.field) === null
        ? [problem(`"${trigger.field}" is not a time a rule can count from; use untouched, createdAt, lastActivityAt, updatedAt or event:<event type>`)]
        : [];
    default:
      return [];
  }
}

function checkedParts(rule: Rule, ctx: RuleCatalogueContext): Result<RuleAction[], RuleProblem[]> {
  const problems: RuleProblem[] = [...triggerProblems(rule.trigger, ctx)];
  const criteria = compileCriteria(rule.criteria);
  if (!criteria.ok) problems.push({ part: 'criteria', index: null, message: criteria.error });
  const actions: RuleAction[] = [];
  if (rule.actions.length === 0) problems.push({ part: 'actions', index: null, message: 'Actions: add at least one action' });
  rule.actions.forEach((action, index) => {
    const checked = validateAction(action, index, ctx);
    if (checked.ok) actions.push(checked.value);
    else problems.push(checked.error);
  });
  const mode = rule.executionMode;
  if (mode.kind === 'in_cycle' && mode.forMs < mode.everyMs) {
    problems.push({ part: 'mode', index: null, message: 'Execution mode: the cycle is shorter than one repeat; make it last at least as long as the interval' });
  }
  return problems.length > 0 ? fail(problems) : succeed(actions);
}

/**
 * The rule, cleaned, or every problem found (at most 20): its shape, the trigger (unknown field,
 * group, stage or time), the criteria (compileCriteria's message), each action, and the mode.
 * Never throws, whatever the input.
 */
export function validateRule(input: unknown, ctx: RuleCatalogueContext): Result<Rule, RuleProblem[]> {
  const parsed = parseRule(input);
  if (!parsed.ok) {
    // The name is typed last in the Rule Builder: a missing name must not hide the other problems.
    if (!parsed.error.every((p) => p.part === 'name') || input === null || typeof input !== 'object' || Array.isArray(input)) return parsed;
    const named = parseRule({ ...input, name: 'Unnamed rule' });
    if (!named.ok) return parsed;
    const parts = checkedParts(named.value, ctx);
    return fail(parts.ok ? parsed.error : [...parsed.error, ...parts.error].slice(0, maxProblems));
  }
  const parts = checkedParts(parsed.value, ctx);
  if (!parts.ok) return parts;
  return succeed({ ...parsed.value, actions: parts.value });
}

const noRun = (run: RuleRun | undefined): boolean => run === undefined;

/** Whether two field names meet: the same field, or one is inside the other ("company" and "company.industry"). */
function fieldsMeet(a: string, b: string): boolean {
  return a === b || (a.length > b.length ? a.startsWith(b) && a.charCodeAt(b.length) === 46 : b.startsWith(a) && b.charCodeAt(a.length) === 46);
}

type TriggerTest = (cause: RuleCause, lead: Lead, now: number) => boolean;

/** The trigger's own test, built once (no closure is made per call: it runs for every lead). */
function ownTrigger(trigger: RuleTrigger, id: string): TriggerTest {
  switch (trigger.kind) {
    case 'lead_changed': {
      const fields = trigger.fields;
      return (c) => c.kind === 'lead_changed' && (fields.length === 0 || c.created || c.fields.some((f) => fields.some((t) => fieldsMeet(f, t))));
    }
    case 'status_changed': {
      const { field, from, to } = trigger;
      return (c, l) => {
        if (c.kind !== 'lead_changed') return false;
        if (to !== null && l[field] !== to) return false;
        // A new lead comes from nowhere: only "from any" matches it.
        if (c.created) return from === null;
        if (!c.fields.includes(field)) return false;
        if (c.before !== null && c.before[field] === l[field]) return false;
        return from === null || c.before?.[field] === from;
      };
    }
    case 'event': {
      const types = new Set<LeadEventType>(trigger.eventTypes);
      return (c) => c.kind === 'event' && types.has(c.eventType);
    }
    case 'schedule':
      return (c) => c.kind === 'tick' && c.dueScheduleRuleIds.has(id);
    case 'time_since': {
      const anchor = anchorReader(trigger.field);
      const afterMs = trigger.afterMs;
      if (anchor === null) return () => false;
      return (c, l, n) => {
        if (c.kind !== 'tick') return false;
        const at = anchor(l);
        return at !== null && n - at >= afterMs;
      };
    }
    case 'manual':
      return () => false;
  }
}

function triggerTest(rule: Rule): TriggerTest {
  const id = rule.id;
  const test = ownTrigger(rule.trigger, id);
  // "Run now" on any rule: the seller's manual cause naming it wakes it whatever its trigger.
  return (cause, lead, now) => (cause.kind === 'manual' ? cause.ruleIds.has(id) : test(cause, lead, now));
}

function modeTests(rule: Rule): Pick<CompiledRule, 'mayRun' | 'repeatsAt'> {
  const mode = rule.executionMode;
  switch (mode.kind) {
    case 'one_time':
      return { mayRun: noRun, repeatsAt: () => false };
    case 'periodic': {
      // A missed period (app closed) runs once: lastAt becomes now, so the next is a full period later.
      const due = (run: RuleRun | undefined, now: number): boolean => run === undefined || now - run.lastAt >= mode.everyMs;
      return { mayRun: due, repeatsAt: (run, now) => run !== undefined && due(run, now) };
    }
    case 'in_cycle': {
      const due = (run: RuleRun | undefined, now: number): boolean =>
        run === undefined || (now - run.firstAt <= mode.forMs && now - run.lastAt >= mode.everyMs);
      return { mayRun: due, repeatsAt: (run, now) => run !== undefined && due(run, now) };
    }
  }
}

function sunsetTest(rule: Rule): CompiledRule['sunsetFor'] {
  const { expiresAt, afterRuns, afterEvent } = rule.sunset;
  if (expiresAt === null && afterRuns === null && afterEvent === null) return () => null;
  const since = rule.updatedAt;
  return (lead: Lead | null, facts: RuleRunFacts, now: number) => {
    if (expiresAt !== null && expiresAt <= now) return 'Sunset: the rule’s end date has passed';
    if (afterRuns !== null && facts.totalRuns >= afterRuns) return `Sunset: the rule has run ${afterRuns} time${afterRuns === 1 ? '' : 's'}, its limit`;
    if (afterEvent !== null && lead !== null) {
      const at = lead.lastEventAt[afterEvent];
      if (at !== undefined && at > since) return `Sunset for this lead: “${afterEvent.replace(/_/g, ' ')}” happened`;
    }
    return null;
  };
}

/**
 * The rule compiled once: trigger, criteria, mode, sunset and actions as closures (no eval), or
 * the problems that stop it running. The stored rule is checked with validateRule first.
 */
export function compileRule(input: Rule, ctx: RuleCatalogueContext): Result<CompiledRule, RuleProblem[]> {
  const valid = validateRule(input, ctx);
  if (!valid.ok) return valid;
  const rule = valid.value;
  const criteria = compileCriteria(rule.criteria);
  if (!criteria.ok) return fail([{ part: 'criteria', index: null, message: criteria.error }]);
  const actions = compileActions(rule.actions, ctx);
  const { mayRun, repeatsAt } = modeTests(rule);
  return succeed({
    rule,
    triggeredBy: triggerTest(rule),
    matches: criteria.value.matches,
    explain: criteria.value.explain,
    mayRun,
    repeatsAt,
    sunsetFor: sunsetTest(rule),
    plan: (lead, now, runNumber) => actions.plan(rule.id, lead, now, runNumber),
    changes: actions.changes,
  });
}
