import type { JsonValue } from '../model/json';
import type { LeadEventType } from '../model/event';
import type { Rule, RuleCondition, RuleConditionGroup, RuleExecutionMode, RuleTrigger } from '../model/rule';
import { findCriterion, type CriterionDefinition } from './criteriaCatalogue';
import { describeAction } from './ruleActions';
import type { RuleCatalogueContext } from './ruleTypes';

/**
 * A rule in the seller's words (seed 002: "IF [criterion] AND [criterion], THEN [action]"):
 * "WHEN a lead's group changes to Untouched IF Time untouched (hours) > 24 AND Lead source is
 * “Events” THEN Create a call task due in 1 hour; runs once per lead; priority 2". Ids are shown
 * by the names the seller gave them (groups, stages, people); unknown ids are shown as they are.
 */

export interface RuleDescription {
  when: string;
  if: string;
  then: string;
  mode: string;
  sentence: string;
}

const eventPhrases: Record<LeadEventType, string> = {
  lead_created: 'a lead is created',
  lead_updated: 'a lead is edited',
  lead_deleted: 'a lead is deleted',
  lead_restored: 'a lead is restored',
  email_sent: 'an email is sent to the lead',
  email_open: 'the lead opens an email',
  email_click: 'the lead clicks a link in an email',
  email_reply: 'the lead replies to an email',
  email_bounce: 'an email to the lead bounces',
  quote_request: 'the lead requests a quote',
  page_view: 'the lead views a page',
  download: 'the lead downloads something',
  chat: 'the lead chats with you',
  call: 'a call with the lead is logged',
  meeting: 'a meeting with the lead is logged',
  form_submit: 'the lead submits a form',
  questionnaire_answered: 'the lead answers a questionnaire',
  group_changed: 'the lead’s group changes',
  stage_changed: 'the lead’s customer stage changes',
  tag_added: 'a tag is added to the lead',
  tag_removed: 'a tag is taken off the lead',
  note_added: 'a note is added to the lead',
  reminder_created: 'a task is created for the lead',
  reminder_done: 'a task for the lead is done',
  rule_fired: 'a rule acts on the lead',
};

/** "the last quote request" for time_since event:<type>. */
const lastEventPhrases: Partial<Record<LeadEventType, string>> = {
  email_sent: 'the last email sent',
  email_open: 'the last email opened',
  email_click: 'the last email link clicked',
  email_reply: 'the last reply',
  quote_request: 'the last quote request',
  page_view: 'the last page view',
  download: 'the last download',
  chat: 'the last chat',
  call: 'the last call',
  meeting: 'the last meeting',
  form_submit: 'the last form submitted',
  questionnaire_answered: 'the questionnaire was last answered',
  group_changed: 'the last group change',
  stage_changed: 'the last stage change',
};

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "2 weeks", "3 days", "24 hours", "90 minutes": the largest whole unit. */
export function describeDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return '0 minutes';
  const minutes = Math.round(ms / 60_000);
  if (minutes >= 10_080 && minutes % 10_080 === 0) return plural(minutes / 10_080, 'week');
  if (minutes >= 1_440 && minutes % 1_440 === 0) return plural(minutes / 1_440, 'day');
  if (minutes >= 60 && minutes % 60 === 0) return plural(minutes / 60, 'hour');
  return plural(minutes, 'minute');
}

const twoDigits = (n: number): string => String(n).padStart(2, '0');

function timeOfDay(minuteOfDay: number): string {
  return `${twoDigits(Math.floor(minuteOfDay / 60))}:${twoDigits(minuteOfDay % 60)}`;
}

/** YYYY-MM-DD (UTC) of an epoch time, without Date (days → civil date, Hinnant's algorithm). */
export function isoDay(ms: number): string {
  const z = Math.floor(ms / 86_400_000) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

const nameIn = (list: readonly { id: string; name: string }[], id: string): string => list.find((item) => item.id === id)?.name ?? id;

/** Top-level lead fields a lead_changed trigger may name, in words. */
const fieldWords: Record<string, string> = {
  group: 'group',
  stage: 'customer stage',
  qualification: 'BANT answers',
  company: 'company details',
  source: 'lead source',
  counters: 'activity counts',
  consent: 'email consent',
  customFields: 'custom fields',
  ownerId: 'owner',
};

function fieldLabel(field: string): string {
  return fieldWords[field] ?? findCriterion(field)?.label ?? field;
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** WHEN part: what wakes the rule. */
export function describeTrigger(trigger: RuleTrigger, ctx: RuleCatalogueContext): string {
  switch (trigger.kind) {
    case 'lead_changed':
      return trigger.fields.length === 0
        ? 'a lead is created or changed'
        : `a lead is created or its ${orList(trigger.fields.map(fieldLabel))} changes`;
    case 'status_changed': {
      const list = trigger.field === 'group' ? ctx.groups : ctx.stages;
      const what = trigger.field === 'group' ? 'group' : 'customer stage';
      const from = trigger.from === null ? '' : ` from ${nameIn(list, trigger.from)}`;
      const to = trigger.to === null ? '' : ` to ${nameIn(list, trigger.to)}`;
      return `a lead’s ${what} changes${from}${to}`;
    }
    case 'event':
      return orList(trigger.eventTypes.map((type) => eventPhrases[type]));
    case 'schedule': {
      const at = trigger.minuteOfDay === null ? '' : ` at ${timeOfDay(trigger.minuteOfDay)}`;
      switch (trigger.frequency) {
        case 'hourly':
          return trigger.minuteOfDay === null ? 'every hour' : `every hour at minute ${trigger.minuteOfDay % 60}`;
        case 'daily':
          return `every day${at}`;
        case 'weekly':
          return `every ${trigger.dayOfWeek === null ? 'week' : weekdays[trigger.dayOfWeek]}${at}`;
        case 'monthly':
          return `every month${at}`;
      }
      return 'on a schedule';
    }
    case 'time_since': {
      const wait = describeDuration(trigger.afterMs);
      if (trigger.field === 'untouched') return `a lead has been untouched for ${wait}`;
      if (trigger.field === 'createdAt') return `${wait} have passed since the lead arrived`;
      if (trigger.field === 'lastActivityAt') return `${wait} have passed since the lead’s last activity`;
      if (trigger.field === 'updatedAt') return `${wait} have passed since the lead was last edited`;
      if (trigger.field.startsWith('event:')) {
        const type = trigger.field.slice(6) as LeadEventType;
        return `${wait} have passed since ${lastEventPhrases[type] ?? `the last ${type.replace(/_/g, ' ')}`}`;
      }
      return `${wait} have passed since ${trigger.field}`;
    }
    case 'manual':
      return 'you run it';
  }
}

function valueWords(criterion: CriterionDefinition | undefined, value: JsonValue, ctx: RuleCatalogueContext): string {
  if (value === null) return 'nothing';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return criterion?.unit === '%' ? `${value}%` : String(value);
  if (typeof value === 'string') {
    let shown: string;
    if (criterion?.optionsFrom === 'groups') shown = nameIn(ctx.groups, value);
    else if (criterion?.optionsFrom === 'stages') shown = nameIn(ctx.stages, value);
    else if (criterion?.optionsFrom === 'users') shown = nameIn(ctx.users, value);
    else shown = criterion?.options?.find((o) => o.value === value)?.label ?? value;
    return `“${shown}”`;
  }
  if (Array.isArray(value)) return value.map((v) => valueWords(criterion, v, ctx)).join(', ');
  return JSON.stringify(value);
}

/** One condition, e.g. "Time untouched (hours) > 24", "Lead source is “Events”". */
function describeOne(condition: RuleCondition, ctx: RuleCatalogueContext): string {
  const criterion = findCriterion(condition.criterion);
  const label = criterion?.label ?? condition.criterion;
  const value = condition.value;
  const words = (v: JsonValue): string => valueWords(criterion, v, ctx);
  switch (condition.operator) {
    case 'equals':
      return `${label} is ${words(value)}`;
    case 'not_equals':
      return `${label} is not ${words(value)}`;
    case 'contains':
      return `${label} contains ${words(value)}`;
    case 'not_contains':
      return `${label} does not contain ${words(value)}`;
    case 'in_list':
      return `${label} is one of ${words(value)}`;
    case 'not_in_list':
      return `${label} is none of ${words(value)}`;
    case 'greater_than':
      return `${label} > ${words(value)}`;
    case 'less_than':
      return `${label} < ${words(value)}`;
    case 'within_range': {
      const [low, high] = Array.isArray(value) ? value : [];
      return `${label} is between ${words(low ?? null)} and ${words(high ?? null)}`;
    }
    case 'is_empty':
      return `${label} is empty`;
    case 'is_not_empty':
      return `${label} is filled in`;
    default:
      return `${label} ${condition.operator.replace(/_/g, ' ')} ${words(value)}`;
  }
}

/** IF part: a condition, or a group with AND / OR (nested groups in brackets). */
export function describeCondition(part: RuleCondition | RuleConditionGroup, ctx: RuleCatalogueContext, depth = 0): string {
  if (!('combinator' in part)) return describeOne(part, ctx);
  if (part.conditions.length === 0) return part.combinator === 'all' ? 'every lead' : 'no lead';
  const joined = part.conditions.map((c) => describeCondition(c, ctx, depth + 1)).join(part.combinator === 'all' ? ' AND ' : ' OR ');
  return depth > 0 && part.conditions.length > 1 ? `(${joined})` : joined;
}

function describeMode(mode: RuleExecutionMode): string {
  switch (mode.kind) {
    case 'one_time':
      return 'runs once per lead';
    case 'periodic':
      return `runs again every ${describeDuration(mode.everyMs)} while the criteria hold`;
    case 'in_cycle':
      return `runs every ${describeDuration(mode.everyMs)} for ${describeDuration(mode.forMs)}, then stops`;
  }
}

function describeSunset(rule: Rule): string[] {
  const out: string[] = [];
  const { expiresAt, afterRuns, afterEvent } = rule.sunset;
  if (expiresAt !== null) out.push(`ends on ${isoDay(expiresAt)}`);
  if (afterRuns !== null) out.push(`ends after ${plural(afterRuns, 'run')}`);
  if (afterEvent !== null) out.push(`stops for a lead once ${eventPhrases[afterEvent]}`);
  return out;
}

/** The whole rule in words: each part for the builder's summary, and one sentence for lists. */
export function describeRule(rule: Rule, ctx: RuleCatalogueContext): RuleDescription {
  const when = describeTrigger(rule.trigger, ctx);
  const condition = describeCondition(rule.criteria, ctx);
  const then = rule.actions.length === 0 ? 'nothing' : rule.actions.map((a) => describeAction(a, ctx)).join(', ');
  const modeParts = [describeMode(rule.executionMode), `priority ${rule.priority}`];
  if (rule.blocking) modeParts.push('blocking: lower-priority rules skip the leads it matches');
  modeParts.push(...describeSunset(rule));
  const mode = modeParts.join('; ');
  const everyLead = rule.criteria.combinator === 'all' && rule.criteria.conditions.length === 0;
  const sentence = `WHEN ${when}${everyLead ? '' : ` IF ${condition}`} THEN ${then}; ${mode}`;
  return { when, if: condition, then, mode, sentence };
}
