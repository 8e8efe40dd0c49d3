import { z } from 'zod';
import type { Lead } from '../model/lead';
import type { JsonObject } from '../model/json';
import { fail, succeed, type Result } from '../model/result';
import type { Rule, RuleAction } from '../model/rule';
import type { ActionPlan, LeadRulePatch, PlannedAction, RuleCatalogueContext, RuleEffect, RulePatchField, RuleProblem } from './ruleTypes';
import { stableId } from './stableId';

/**
 * What a rule can do to a lead (seed 002 "Actions" and "Brief of possible actions"). Each action
 * either changes a lead field (group, stage, tags, owner, priority, score adjustment) or asks for
 * work outside the lead record (a task, an email draft for approval, a questionnaire, a notice).
 * Planning is pure: it says what would change; the data layer applies it.
 */

export type RuleActionCategory = 'group' | 'stage' | 'tag' | 'task' | 'email' | 'questionnaire' | 'notify' | 'owner' | 'priority' | 'score';

export interface RuleActionDefinition {
  type: RuleActionType;
  label: string;
  category: RuleActionCategory;
  tooltip: string;
  /** The lead fields it changes; empty for actions that only ask for work elsewhere. */
  changes: RulePatchField[];
}

export type RuleActionType =
  | 'move_to_group'
  | 'set_stage'
  | 'add_tag'
  | 'remove_tag'
  | 'send_email'
  | 'send_questionnaire'
  | 'create_reminder'
  | 'notify'
  | 'assign'
  | 'set_priority'
  | 'adjust_score';

export const ruleActionCatalogue: readonly RuleActionDefinition[] = [
  { type: 'move_to_group', label: 'Move to group', category: 'group', changes: ['group'], tooltip: 'Moves the lead to another group, e.g. from Untouched to Nurturing or Qualified.' },
  { type: 'set_stage', label: 'Set customer stage', category: 'stage', changes: ['stage'], tooltip: 'Sets where the buyer is: initial contact, primary, intentional, confirmed or closed customer.' },
  { type: 'add_tag', label: 'Add tag', category: 'tag', changes: ['tags'], tooltip: 'Tags the lead (sub-categorise by interest or need for targeted nurturing). A tag already there stays once.' },
  { type: 'remove_tag', label: 'Remove tag', category: 'tag', changes: ['tags'], tooltip: 'Takes a tag off the lead; nothing happens if the lead does not have it.' },
  { type: 'send_email', label: 'Send email', category: 'email', changes: [], tooltip: 'Drafts an email from a template and puts it in the approval queue. A rule never sends by itself.' },
  { type: 'send_questionnaire', label: 'Send questionnaire', category: 'questionnaire', changes: [], tooltip: 'Queues a questionnaire for the buyer (goes through approval like an email).' },
  { type: 'create_reminder', label: 'Create task', category: 'task', changes: [], tooltip: 'Schedules a follow-up task (call, email, meeting) for the lead owner or a chosen person, due after a delay.' },
  { type: 'notify', label: 'Notify me', category: 'notify', changes: [], tooltip: 'Shows a notice in Lead Center, e.g. for a hot lead that needs a call now.' },
  { type: 'assign', label: 'Assign owner', category: 'owner', changes: ['ownerId'], tooltip: 'Assigns the lead to a person in the team, by expertise, territory or availability.' },
  { type: 'set_priority', label: 'Set priority', category: 'priority', changes: ['priority'], tooltip: 'Sets the lead’s priority level: High, Medium or Low.' },
  { type: 'adjust_score', label: 'Adjust score', category: 'score', changes: ['scoreAdjustment'], tooltip: 'Adds points to or takes points off the score (−50 to 50 each time; the total adjustment stays within ±100).' },
];

const definitions = new Map<string, RuleActionDefinition>(ruleActionCatalogue.map((d) => [d.type, d]));

/** The definition of an action type, or undefined for a type this app does not know. */
export function findRuleAction(type: string): RuleActionDefinition | undefined {
  return definitions.get(type);
}

const reminderKinds = ['call', 'email', 'meeting', 'follow-up'] as const;
const maxDueMinutes = 366 * 24 * 60;

const required = (what: string, max: number) =>
  z
    .string({ error: `choose ${what}` })
    .trim()
    .min(1, `choose ${what}`)
    .max(max, `${what} is longer than ${max} characters`);

const tag = z
  .string({ error: 'give the tag' })
  .transform((t) => t.replace(/\s+/g, ' ').trim().replace(/^#/, ''))
  .pipe(z.string().min(1, 'give the tag').max(60, 'a tag is at most 60 characters'));

/** Parameters per action type; unknown extra parameters are dropped. */
export const ruleActionParams = {
  move_to_group: z.object({ group: required('a group', 64) }),
  set_stage: z.object({ stage: required('a customer stage', 64) }),
  add_tag: z.object({ tag }),
  remove_tag: z.object({ tag }),
  create_reminder: z.object({
    kind: z.enum(reminderKinds, { error: 'choose call, email, meeting or follow-up' }),
    title: z.string({ error: 'the task title must be text' }).trim().max(200, 'the task title is at most 200 characters').default(''),
    dueInMinutes: z
      .number({ error: 'the delay must be a number of minutes' })
      .int('the delay must be whole minutes')
      .min(0, 'the delay cannot be negative')
      .max(maxDueMinutes, 'the delay is at most a year')
      .default(0),
    /** '' means the lead's owner. */
    assignee: z.string({ error: 'choose a person' }).max(64).default(''),
  }),
  send_email: z.object({ templateId: required('an email template', 64), useAi: z.boolean({ error: 'AI personalisation is yes or no' }).default(false) }),
  /** '' means the default questionnaire. */
  send_questionnaire: z.object({ templateId: z.string({ error: 'choose a questionnaire' }).max(64).default('') }),
  notify: z.object({ message: required('a message', 500) }),
  assign: z.object({ userId: required('a person', 64) }),
  set_priority: z.object({ priority: z.enum(['high', 'medium', 'low'], { error: 'choose high, medium or low' }) }),
  adjust_score: z.object({
    points: z
      .number({ error: 'the points must be a number' })
      .min(-50, 'the points must be between −50 and 50')
      .max(50, 'the points must be between −50 and 50')
      .refine((p) => p !== 0, 'give points other than 0'),
  }),
} as const satisfies Record<RuleActionType, z.ZodType>;

type Params<T extends RuleActionType> = z.infer<(typeof ruleActionParams)[T]>;

/** A checked action, ready to plan. */
type CheckedAction = { [T in RuleActionType]: { type: T; params: Params<T> } }[RuleActionType];

const nameIn = (list: readonly { id: string; name: string }[], id: string): string | undefined => list.find((x) => x.id === id)?.name;

/** Checks the parameters' shape and that every group, stage, template or person named exists. */
function check(action: RuleAction, ctx: RuleCatalogueContext): Result<CheckedAction, string> {
  const definition = definitions.get(action.type);
  if (!definition) return fail(`there is no action "${action.type}"`);
  const schema = ruleActionParams[definition.type] as z.ZodType<unknown>;
  const parsed = schema.safeParse(action.params ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(issue ? issue.message : 'its settings cannot be read');
  }
  const checked = { type: definition.type, params: parsed.data } as CheckedAction;
  switch (checked.type) {
    case 'move_to_group':
      return nameIn(ctx.groups, checked.params.group) === undefined ? fail(`there is no group "${checked.params.group}"`) : succeed(checked);
    case 'set_stage':
      return nameIn(ctx.stages, checked.params.stage) === undefined ? fail(`there is no customer stage "${checked.params.stage}"`) : succeed(checked);
    case 'send_email':
      return nameIn(ctx.emailTemplates, checked.params.templateId) === undefined ? fail(`there is no email template "${checked.params.templateId}"`) : succeed(checked);
    case 'send_questionnaire':
      return checked.params.templateId !== '' && nameIn(ctx.questionnaireTemplates, checked.params.templateId) === undefined
        ? fail(`there is no questionnaire "${checked.params.templateId}"`)
        : succeed(checked);
    case 'create_reminder':
      return checked.params.assignee !== '' && nameIn(ctx.users, checked.params.assignee) === undefined
        ? fail(`there is no person "${checked.params.assignee}" to assign the task to`)
        : succeed(checked);
    case 'assign':
      return nameIn(ctx.users, checked.params.userId) === undefined ? fail(`there is no person "${checked.params.userId}"`) : succeed(checked);
    default:
      return succeed(checked);
  }
}

function where(action: { type: string }, index: number): string {
  const definition = definitions.get(action.type);
  return definition ? `Action ${index + 1} (${definition.label})` : `Action ${index + 1}`;
}

/** The action with its parameters cleaned, or a problem naming it: 'Action 2 (Move to group): there is no group "foo"'. */
export function validateAction(action: RuleAction, index: number, ctx: RuleCatalogueContext): Result<RuleAction, RuleProblem> {
  const checked = check(action, ctx);
  if (!checked.ok) return fail({ part: 'actions', index, message: `${where(action, index)}: ${checked.error}` });
  return succeed({ type: checked.value.type, params: checked.value.params as JsonObject });
}

/** "1 hour", "3 days", "90 minutes". */
export function describeDelay(minutes: number): string {
  const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes === 0) return 'now';
  if (minutes % 1440 === 0) return plural(minutes / 1440, 'day');
  if (minutes % 60 === 0) return plural(minutes / 60, 'hour');
  return plural(minutes, 'minute');
}

const priorityNames = { high: 'High', medium: 'Medium', low: 'Low' } as const;

function describeChecked(action: CheckedAction, ctx: RuleCatalogueContext): string {
  switch (action.type) {
    case 'move_to_group':
      return `Move to group ${nameIn(ctx.groups, action.params.group) ?? action.params.group}`;
    case 'set_stage':
      return `Set customer stage to ${nameIn(ctx.stages, action.params.stage) ?? action.params.stage}`;
    case 'add_tag':
      return `Add tag “${action.params.tag}”`;
    case 'remove_tag':
      return `Remove tag “${action.params.tag}”`;
    case 'send_email': {
      const name = nameIn(ctx.emailTemplates, action.params.templateId) ?? action.params.templateId;
      return `Queue email “${name}” for approval${action.params.useAi ? ' (personalised by AI)' : ''}`;
    }
    case 'send_questionnaire': {
      const id = action.params.templateId;
      return id === '' ? 'Queue the default questionnaire for approval' : `Queue questionnaire “${nameIn(ctx.questionnaireTemplates, id) ?? id}” for approval`;
    }
    case 'create_reminder': {
      const { kind, title, dueInMinutes, assignee } = action.params;
      const due = dueInMinutes === 0 ? 'due now' : `due in ${describeDelay(dueInMinutes)}`;
      const who = assignee === '' ? '' : ` for ${nameIn(ctx.users, assignee) ?? assignee}`;
      return `Create a ${kind} task ${due}${who}${title === '' ? '' : `: “${title}”`}`;
    }
    case 'notify':
      return `Notify: “${action.params.message}”`;
    case 'assign':
      return `Assign to ${nameIn(ctx.users, action.params.userId) ?? action.params.userId}`;
    case 'set_priority':
      return `Set priority to ${priorityNames[action.params.priority]}`;
    case 'adjust_score': {
      const p = action.params.points;
      const points = `${Math.abs(p)} point${Math.abs(p) === 1 ? '' : 's'}`;
      return p > 0 ? `Add ${points} to the score` : `Take ${points} off the score`;
    }
  }
}

/** The action in the seller's words ("Move to group Qualified"); an action that cannot run says why. */
export function describeAction(action: RuleAction, ctx: RuleCatalogueContext): string {
  const checked = check(action, ctx);
  if (checked.ok) return describeChecked(checked.value, ctx);
  const definition = definitions.get(action.type);
  return definition ? `${definition.label}: ${checked.error}` : `Unknown action "${action.type}"`;
}

/** The lead fields a plan works on, changed step by step as the actions run in order. */
interface Working {
  group: string;
  stage: string;
  tags: readonly string[];
  ownerId: string;
  priority: Lead['priority'];
  scoreAdjustment: number;
}

const fold = (t: string): string => t.toLocaleLowerCase('en');
const clampAdjustment = (n: number): number => Math.max(-100, Math.min(100, n));

interface Step {
  changes: RulePatchField[];
  effect: RuleEffect | null;
  /** Said after the description when the action changes nothing ("already there"). */
  unchanged: string | null;
}

function runStep(action: CheckedAction, w: Working, lead: Lead, now: number, effectId: () => string): Step {
  const change = (field: RulePatchField): Step => ({ changes: [field], effect: null, unchanged: null });
  const same = (why: string): Step => ({ changes: [], effect: null, unchanged: why });
  switch (action.type) {
    case 'move_to_group':
      if (w.group === action.params.group) return same('already in that group');
      w.group = action.params.group;
      return change('group');
    case 'set_stage':
      if (w.stage === action.params.stage) return same('already at that stage');
      w.stage = action.params.stage;
      return change('stage');
    case 'add_tag': {
      const wanted = fold(action.params.tag);
      if (w.tags.some((t) => fold(t) === wanted)) return same('already tagged');
      w.tags = [...w.tags, action.params.tag];
      return change('tags');
    }
    case 'remove_tag': {
      const wanted = fold(action.params.tag);
      if (!w.tags.some((t) => fold(t) === wanted)) return same('not tagged');
      w.tags = w.tags.filter((t) => fold(t) !== wanted);
      return change('tags');
    }
    case 'assign':
      if (w.ownerId === action.params.userId) return same('already the owner');
      w.ownerId = action.params.userId;
      return change('ownerId');
    case 'set_priority':
      if (w.priority === action.params.priority) return same('already that priority');
      w.priority = action.params.priority;
      return change('priority');
    case 'adjust_score': {
      const next = clampAdjustment(w.scoreAdjustment + action.params.points);
      if (next === w.scoreAdjustment) return same('the adjustment is already at its limit of ±100');
      w.scoreAdjustment = next;
      return change('scoreAdjustment');
    }
    case 'create_reminder': {
      const { kind, title, dueInMinutes, assignee } = action.params;
      const fallback = `${kind === 'follow-up' ? 'Follow up with' : kind === 'call' ? 'Call' : kind === 'email' ? 'Email' : 'Meet'} ${lead.name.trim() || lead.company.name.trim() || 'the lead'}`;
      return {
        changes: [],
        unchanged: null,
        effect: { kind: 'reminder', id: effectId(), leadId: lead.id, reminderKind: kind, title: title || fallback, dueAt: now + dueInMinutes * 60_000, assigneeId: assignee || w.ownerId },
      };
    }
    case 'send_email':
      return { changes: [], unchanged: null, effect: { kind: 'email', id: effectId(), leadId: lead.id, templateId: action.params.templateId, useAi: action.params.useAi } };
    case 'send_questionnaire':
      return { changes: [], unchanged: null, effect: { kind: 'questionnaire', id: effectId(), leadId: lead.id, templateId: action.params.templateId } };
    case 'notify':
      return { changes: [], unchanged: null, effect: { kind: 'notification', id: effectId(), leadId: lead.id, message: action.params.message } };
  }
}

/** A rule's actions checked once, ready to plan on many leads. */
export interface CompiledActions {
  /** The lead fields these actions may change. */
  changes: RulePatchField[];
  plan(ruleId: string, lead: Lead, now: number, runNumber: number): ActionPlan;
}

interface Prepared {
  index: number;
  type: string;
  /** null when the action cannot run (it is listed, skipped, with the reason). */
  action: CheckedAction | null;
  description: string;
}

function prepare(actions: readonly RuleAction[], ctx: RuleCatalogueContext): Prepared[] {
  return actions.map((action, index) => {
    const checked = check(action, ctx);
    return checked.ok
      ? { index, type: action.type, action: checked.value, description: describeChecked(checked.value, ctx) }
      : { index, type: action.type, action: null, description: `${where(action, index)} skipped: ${checked.error}` };
  });
}

function planPrepared(prepared: readonly Prepared[], ruleId: string, lead: Lead, now: number, runNumber: number): ActionPlan {
  const w: Working = { group: lead.group, stage: lead.stage, tags: lead.tags, ownerId: lead.ownerId, priority: lead.priority, scoreAdjustment: lead.scoreAdjustment };
  const effects: RuleEffect[] = [];
  const actions: PlannedAction[] = [];
  for (const p of prepared) {
    if (p.action === null) {
      actions.push({ index: p.index, type: p.type, description: p.description, changes: [], effect: null });
      continue;
    }
    const step = runStep(p.action, w, lead, now, () => stableId([ruleId, lead.id, String(runNumber), String(p.index)]));
    if (step.effect) effects.push(step.effect);
    actions.push({ index: p.index, type: p.type, description: step.unchanged ? `${p.description} (no change: ${step.unchanged})` : p.description, changes: step.changes, effect: step.effect });
  }
  const patch: LeadRulePatch = {};
  if (w.group !== lead.group) patch.group = w.group;
  if (w.stage !== lead.stage) patch.stage = w.stage;
  if (w.tags !== lead.tags && (w.tags.length !== lead.tags.length || w.tags.some((t, i) => t !== lead.tags[i]))) patch.tags = [...w.tags];
  if (w.ownerId !== lead.ownerId) patch.ownerId = w.ownerId;
  if (w.priority !== lead.priority) patch.priority = w.priority;
  if (w.scoreAdjustment !== lead.scoreAdjustment) patch.scoreAdjustment = w.scoreAdjustment;
  return { patch, effects, actions };
}

/** Checks a rule's actions once (an action that cannot run is planned as skipped, with the reason). */
export function compileActions(actions: readonly RuleAction[], ctx: RuleCatalogueContext): CompiledActions {
  const prepared = prepare(actions, ctx);
  const changes = [...new Set(prepared.flatMap((p) => (p.action ? (definitions.get(p.action.type)?.changes ?? []) : [])))];
  return { changes, plan: (ruleId, lead, now, runNumber) => planPrepared(prepared, ruleId, lead, now, runNumber) };
}

/**
 * What the rule's actions would do to this lead at this run: the lead patch (only fields that
 * change), the effects (each with stableId([rule, lead, run, index])) and every action in words.
 * Actions run in order on the patched values: "add tag x" then "remove tag x" leaves no change.
 */
export function planActions(rule: Pick<Rule, 'id' | 'actions'>, lead: Lead, now: number, runNumber: number, ctx: RuleCatalogueContext): ActionPlan {
  return planPrepared(prepare(rule.actions, ctx), rule.id, lead, now, runNumber);
}
