import { describe, expect, it } from 'vitest';
import { rule as ruleSchema, type Rule, type RuleInput, type RuleTrigger } from '../model/rule';
import { defaultRuleCatalogueContext } from './compileRule';
import { describeCondition, describeDuration, describeRule, describeTrigger, isoDay } from './describeRule';

const now = Date.UTC(2026, 10, 23, 12);
const hour = 3_600_000;
const day = 24 * hour;
const ctx = { ...defaultRuleCatalogueContext([{ id: 'u2', name: 'Omar' }]) };

function makeRule(fields: Partial<RuleInput>): Rule {
  return ruleSchema.parse({ id: 'r1', ownerId: 'u1', teamId: 't1', createdAt: now, updatedAt: now, name: 'Rule', trigger: { kind: 'manual' }, ...fields });
}
const trigger = (t: RuleInput['trigger']): RuleTrigger => makeRule({ trigger: t }).trigger;

describe('describeTrigger', () => {
  it.each<[RuleInput['trigger'], string]>([
    [{ kind: 'status_changed', field: 'group', to: 'untouched' }, 'a lead’s group changes to Untouched'],
    [{ kind: 'status_changed', field: 'group', from: 'nurturing', to: 'qualified' }, 'a lead’s group changes from Nurturing to Qualified'],
    [{ kind: 'status_changed', field: 'stage' }, 'a lead’s customer stage changes'],
    [{ kind: 'lead_changed' }, 'a lead is created or changed'],
    [{ kind: 'lead_changed', fields: ['qualification.budget', 'company.size'] }, 'a lead is created or its Budget or Company size (employees) changes'],
    [{ kind: 'lead_changed', fields: ['score', 'qualification'] }, 'a lead is created or its Score or BANT answers changes'],
    [{ kind: 'event', eventTypes: ['quote_request'] }, 'the lead requests a quote'],
    [{ kind: 'event', eventTypes: ['email_reply', 'chat', 'call'] }, 'the lead replies to an email, the lead chats with you or a call with the lead is logged'],
    [{ kind: 'schedule', frequency: 'weekly', dayOfWeek: 2, minuteOfDay: 600 }, 'every Tuesday at 10:00'],
    [{ kind: 'schedule', frequency: 'daily', minuteOfDay: 9 * 60 + 5 }, 'every day at 09:05'],
    [{ kind: 'schedule', frequency: 'hourly', minuteOfDay: 15 }, 'every hour at minute 15'],
    [{ kind: 'schedule', frequency: 'monthly' }, 'every month'],
    [{ kind: 'time_since', field: 'untouched', afterMs: 24 * hour }, 'a lead has been untouched for 1 day'],
    [{ kind: 'time_since', field: 'untouched', afterMs: 36 * hour }, 'a lead has been untouched for 36 hours'],
    [{ kind: 'time_since', field: 'event:quote_request', afterMs: 30 * day }, '30 days have passed since the last quote request'],
    [{ kind: 'time_since', field: 'createdAt', afterMs: 2 * 7 * day }, '2 weeks have passed since the lead arrived'],
    [{ kind: 'manual' }, 'you run it'],
  ])('%j → %s', (t, words) => {
    expect(describeTrigger(trigger(t), ctx)).toBe(words);
  });

  it('shows an id the seller no longer has as it is', () => {
    expect(describeTrigger(trigger({ kind: 'status_changed', field: 'group', to: 'gone-group' }), ctx)).toBe('a lead’s group changes to gone-group');
  });
});

describe('describeCondition', () => {
  it('names criteria by label, values by their option label, groups and owners by name', () => {
    expect(describeCondition({ criterion: 'timeUntouchedHours', operator: 'greater_than', value: 24 }, ctx)).toBe('Time untouched (hours) > 24');
    expect(describeCondition({ criterion: 'source.channel', operator: 'equals', value: 'Events' }, ctx)).toBe('Lead source is “Events”');
    expect(describeCondition({ criterion: 'qualification.authority', operator: 'equals', value: 'decision_maker' }, ctx)).toBe('Authority is “Decision Maker”');
    expect(describeCondition({ criterion: 'group', operator: 'not_in_list', value: ['spam', 'not_interested'] }, ctx)).toBe('Group is none of “Spam/Blocked/Deleted”, “Not Interested/No Category”');
    expect(describeCondition({ criterion: 'ownerId', operator: 'equals', value: 'u2' }, ctx)).toBe('Owner is “Omar”');
    expect(describeCondition({ criterion: 'score', operator: 'within_range', value: [40, 70] }, ctx)).toBe('Score is between 40 and 70');
    expect(describeCondition({ criterion: 'emailOpenRate', operator: 'less_than', value: 10 }, ctx)).toBe('Email open rate < 10%');
    expect(describeCondition({ criterion: 'consent.unsubscribed', operator: 'equals', value: false }, ctx)).toBe('Unsubscribed is No');
    expect(describeCondition({ criterion: 'phone', operator: 'is_empty', value: null }, ctx)).toBe('Phone is empty');
    expect(describeCondition({ criterion: 'customFields.region', operator: 'equals', value: 'GCC' }, ctx)).toBe('Custom field "region" is “GCC”');
    expect(describeCondition({ criterion: 'mystery', operator: 'weird_op', value: 1 }, ctx)).toBe('mystery weird op 1');
  });

  it('joins with AND / OR and brackets nested groups', () => {
    const words = describeCondition(
      {
        combinator: 'all',
        conditions: [
          { criterion: 'timeUntouchedHours', operator: 'greater_than', value: 24 },
          { combinator: 'any', conditions: [
            { criterion: 'source.channel', operator: 'equals', value: 'Web Forms' },
            { criterion: 'source.channel', operator: 'equals', value: 'Events' },
          ] },
        ],
      },
      ctx,
    );
    expect(words).toBe('Time untouched (hours) > 24 AND (Lead source is “Web Forms” OR Lead source is “Events”)');
    expect(describeCondition({ combinator: 'all', conditions: [] }, ctx)).toBe('every lead');
    expect(describeCondition({ combinator: 'any', conditions: [] }, ctx)).toBe('no lead');
  });
});

describe('describeRule', () => {
  it('reads seed 002’s example as one sentence', () => {
    const rule = makeRule({
      name: 'New Lead Needs Outreach',
      trigger: { kind: 'status_changed', field: 'group', to: 'untouched' },
      criteria: { combinator: 'all', conditions: [
        { criterion: 'timeUntouchedHours', operator: 'greater_than', value: 24 },
        { criterion: 'source.channel', operator: 'equals', value: 'Events' },
      ] },
      actions: [
        { type: 'create_reminder', params: { kind: 'call', title: '', dueInMinutes: 60, assignee: '' } },
        { type: 'send_email', params: { templateId: 'general-follow-up', useAi: false } },
      ],
      priority: 2,
    });
    const d = describeRule(rule, ctx);
    expect(d.when).toBe('a lead’s group changes to Untouched');
    expect(d.if).toBe('Time untouched (hours) > 24 AND Lead source is “Events”');
    expect(d.then).toBe('Create a call task due in 1 hour, Queue email “General follow-up” for approval');
    expect(d.mode).toBe('runs once per lead; priority 2');
    expect(d.sentence).toBe(`WHEN ${d.when} IF ${d.if} THEN ${d.then}; ${d.mode}`);
  });

  it('describes modes, blocking and sunset, and leaves IF out when every lead qualifies', () => {
    const rule = makeRule({
      trigger: { kind: 'manual' },
      actions: [{ type: 'add_tag', params: { tag: 'nurture' } }],
      executionMode: { kind: 'in_cycle', everyMs: 3 * day, forMs: 14 * day },
      blocking: true,
      priority: 1,
      sunset: { expiresAt: Date.UTC(2027, 0, 31), afterRuns: 100, afterEvent: 'email_reply' },
    });
    const d = describeRule(rule, ctx);
    expect(d.mode).toBe('runs every 3 days for 2 weeks, then stops; priority 1; blocking: lower-priority rules skip the leads it matches; ends on 2027-01-31; ends after 100 runs; stops for a lead once the lead replies to an email');
    expect(d.sentence.startsWith('WHEN you run it THEN Add tag “nurture”;')).toBe(true);
    expect(describeRule(makeRule({ executionMode: { kind: 'periodic', everyMs: day } }), ctx).mode).toBe('runs again every 1 day while the criteria hold; priority 5');
    expect(describeRule(makeRule({}), ctx).then).toBe('nothing');
  });
});

describe('durations and days', () => {
  it.each([
    [90 * 60_000, '90 minutes'],
    [hour, '1 hour'],
    [48 * hour, '2 days'],
    [7 * day, '1 week'],
    [10 * day, '10 days'],
    [0, '0 minutes'],
    [-5, '0 minutes'],
  ])('%d ms → %s', (ms, words) => {
    expect(describeDuration(ms)).toBe(words);
  });

  it('formats epoch days as ISO dates like the calendar does, leap days and the epoch included', () => {
    for (const [y, m, d] of [[1970, 0, 1], [2024, 1, 29], [2026, 11, 31], [2000, 2, 1], [1969, 11, 31]] as const) {
      expect(isoDay(Date.UTC(y, m, d, 23, 59))).toBe(`${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    }
  });
});
