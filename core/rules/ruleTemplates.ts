import type { RuleCondition, RuleConditionGroup } from '../model/rule';
import type { RuleTemplate } from './ruleTypes';

/**
 * Ready-made rules the seller starts from (seed 002 "Templates"): seed 002's own example "New Lead
 * Needs Outreach" and the common workflows around it. Each is a draft: new rules start disabled so
 * the seller previews them first. Ids name the default groups, stages and email templates of a
 * fresh install; every template must pass validateRule with defaultRuleCatalogueContext().
 */

const hour = 3_600_000;
const day = 24 * hour;

const when = (criterion: string, operator: string, value: RuleCondition['value'] = null): RuleCondition => ({ criterion, operator, value });
const all = (...conditions: (RuleCondition | RuleConditionGroup)[]): RuleConditionGroup => ({ combinator: 'all', conditions });
const any = (...conditions: (RuleCondition | RuleConditionGroup)[]): RuleConditionGroup => ({ combinator: 'any', conditions });

const noSunset = { expiresAt: null, afterRuns: null, afterEvent: null };

export const ruleTemplates: readonly RuleTemplate[] = [
  {
    id: 'new-lead-needs-outreach',
    name: 'New Lead Needs Outreach',
    description:
      'Seed 002’s example: a lead from a web form or a trade show still untouched after 24 hours gets a call task and a first email, and moves to Nurturing.',
    draft: {
      name: 'New Lead Needs Outreach',
      description: 'Untouched for more than 24 hours, from a web form or a trade show: call, email, start nurturing.',
      // Checked by the scheduler's tick once 24 hours have passed; "Status = Untouched" is a criterion
      // so the rule still acts on a lead that was already untouched when the rule was switched on.
      trigger: { kind: 'time_since', field: 'untouched', afterMs: 24 * hour },
      criteria: all(
        when('group', 'equals', 'untouched'),
        when('timeUntouchedHours', 'greater_than', 24),
        any(when('source.channel', 'equals', 'Web Forms'), when('source.channel', 'equals', 'Events')),
      ),
      actions: [
        { type: 'create_reminder', params: { kind: 'call', title: 'Call the new lead', dueInMinutes: 60, assignee: '' } },
        { type: 'send_email', params: { templateId: 'welcome', useAi: false } },
        { type: 'move_to_group', params: { group: 'nurturing' } },
      ],
      executionMode: { kind: 'one_time' },
      priority: 2,
      blocking: false,
      sunset: noSunset,
      enabled: false,
    },
  },
  {
    id: 'hot-lead-alert',
    name: 'Hot lead: alert and call task',
    description: 'When a hot lead shows intent (quote request, reply, chat, form), you are told at once and get a call task due in 30 minutes.',
    draft: {
      name: 'Hot lead: alert and call task',
      description: 'A hot lead just showed intent: call now.',
      trigger: { kind: 'event', eventTypes: ['quote_request', 'email_reply', 'chat', 'form_submit', 'questionnaire_answered'] },
      criteria: all(when('temperature', 'equals', 'hot'), when('group', 'not_in_list', ['spam', 'not_interested', 'customer'])),
      actions: [
        { type: 'notify', params: { message: 'Hot lead showed intent: call now.' } },
        { type: 'create_reminder', params: { kind: 'call', title: 'Call the hot lead', dueInMinutes: 30, assignee: '' } },
        { type: 'set_priority', params: { priority: 'high' } },
      ],
      executionMode: { kind: 'periodic', everyMs: day },
      priority: 3,
      blocking: false,
      sunset: noSunset,
      enabled: false,
    },
  },
  {
    id: 'qualify-at-score-with-bant',
    name: 'Qualify at score 70 with BANT',
    description: 'A lead scoring over 70 with budget, a decision maker or influencer, and a real need moves to Qualified.',
    draft: {
      name: 'Qualify at score 70 with BANT',
      description: 'Score over 70 and BANT answers that show a buyer: move to Qualified.',
      trigger: { kind: 'lead_changed', fields: ['score', 'qualification'] },
      criteria: all(
        when('group', 'in_list', ['untouched', 'nurturing', 'recycled']),
        when('score', 'greater_than', 70),
        when('qualification.budget', 'in_list', ['high', 'medium']),
        when('qualification.authority', 'in_list', ['decision_maker', 'influencer']),
        when('qualification.need', 'in_list', ['urgent', 'high', 'strong']),
      ),
      actions: [
        { type: 'move_to_group', params: { group: 'qualified' } },
        { type: 'notify', params: { message: 'A lead qualified: score over 70 with budget, authority and need.' } },
      ],
      executionMode: { kind: 'one_time' },
      priority: 4,
      blocking: false,
      sunset: noSunset,
      enabled: false,
    },
  },
  {
    id: 'recycle-unqualified-after-90-days',
    name: 'Recycle unqualified leads after 90 days',
    description: 'A lead left in Unqualified for 90 days goes to Recycled, to be tried again with a fresh angle.',
    draft: {
      name: 'Recycle unqualified leads after 90 days',
      description: '90 days in Unqualified: move to Recycled.',
      trigger: { kind: 'time_since', field: 'event:group_changed', afterMs: 90 * day },
      criteria: all(when('group', 'equals', 'unqualified')),
      actions: [
        { type: 'move_to_group', params: { group: 'recycled' } },
        { type: 'add_tag', params: { tag: 'recycled' } },
      ],
      executionMode: { kind: 'one_time' },
      priority: 6,
      blocking: false,
      sunset: noSunset,
      enabled: false,
    },
  },
  {
    id: 'pause-unresponsive',
    name: 'Pause unresponsive leads',
    description: 'A lead that got at least three emails, replied to none and has been untouched for 30 days is tagged “paused” and set to low priority.',
    draft: {
      name: 'Pause unresponsive leads',
      description: 'No reply to 3+ emails and 30 days untouched: pause and lower the priority.',
      trigger: { kind: 'time_since', field: 'untouched', afterMs: 30 * day },
      criteria: all(
        when('counters.emailsSent', 'greater_than', 2),
        when('counters.emailsReplied', 'equals', 0),
        when('timeUntouchedHours', 'greater_than', 30 * 24),
        when('group', 'not_in_list', ['customer', 'spam', 'not_interested']),
      ),
      actions: [
        { type: 'add_tag', params: { tag: 'paused' } },
        { type: 'set_priority', params: { priority: 'low' } },
      ],
      executionMode: { kind: 'one_time' },
      priority: 7,
      blocking: false,
      sunset: noSunset,
      enabled: false,
    },
  },
  {
    id: 'nurture-cycle',
    name: 'Nurture cycle: every 3 days for 2 weeks',
    description: 'A lead moved to Nurturing gets a value-add email every 3 days for 2 weeks; it stops for a lead that replies.',
    draft: {
      name: 'Nurture cycle: every 3 days for 2 weeks',
      description: 'Seed 002’s in-cycle example: a nurture email every 3 days for 2 weeks.',
      trigger: { kind: 'status_changed', field: 'group', from: null, to: 'nurturing' },
      criteria: all(when('group', 'equals', 'nurturing'), when('consent.unsubscribed', 'equals', false)),
      actions: [{ type: 'send_email', params: { templateId: 'warm-value', useAi: false } }],
      executionMode: { kind: 'in_cycle', everyMs: 3 * day, forMs: 14 * day },
      priority: 5,
      blocking: false,
      sunset: { expiresAt: null, afterRuns: null, afterEvent: 'email_reply' },
      enabled: false,
    },
  },
  {
    id: 'never-email-spam-or-blocked',
    name: 'Spam and blocked leads are never emailed',
    description: 'Runs first and blocks every other rule for spam, blocked or unsubscribed leads, so no rule queues an email or a task for them.',
    draft: {
      name: 'Spam and blocked leads are never emailed',
      description: 'Blocking rule: spam, blocked or unsubscribed leads are left out of every other rule.',
      trigger: { kind: 'lead_changed', fields: [] },
      criteria: any(when('group', 'equals', 'spam'), when('tags', 'contains', 'blocked'), when('consent.unsubscribed', 'equals', true)),
      actions: [{ type: 'add_tag', params: { tag: 'do-not-email' } }],
      executionMode: { kind: 'one_time' },
      priority: 1,
      blocking: true,
      sunset: noSunset,
      enabled: false,
    },
  },
  {
    id: 'questionnaire-on-new-rfq',
    name: 'Questionnaire on a new quote request',
    description: 'An untouched lead that requests a quote gets the qualification questionnaire (queued for approval) and an “RFQ” tag.',
    draft: {
      name: 'Questionnaire on a new quote request',
      description: 'New RFQ from an untouched lead: send the questionnaire to learn budget, timeline and need.',
      trigger: { kind: 'event', eventTypes: ['quote_request'] },
      criteria: all(when('group', 'equals', 'untouched')),
      actions: [
        { type: 'send_questionnaire', params: { templateId: '' } },
        { type: 'add_tag', params: { tag: 'RFQ' } },
      ],
      executionMode: { kind: 'one_time' },
      priority: 3,
      blocking: false,
      sunset: noSunset,
      enabled: false,
    },
  },
];

/** The template with this id. */
export function findRuleTemplate(id: string): RuleTemplate | undefined {
  return ruleTemplates.find((t) => t.id === id);
}
