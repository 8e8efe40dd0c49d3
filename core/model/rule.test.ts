import { describe, expect, it } from 'vitest';
import { rule, ruleConditionGroup, ruleTrigger } from './rule';

const base = { ownerId: 'seller-1', teamId: 'team-1', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 };

describe('rule', () => {
  it('stores seed 002\'s example rule', () => {
    const parsed = rule.parse({
      ...base,
      id: 'rule-1',
      name: 'New Lead Needs Outreach',
      trigger: { kind: 'time_since', field: 'lastInterestAt', afterMs: 24 * 3_600_000 },
      criteria: {
        combinator: 'all',
        conditions: [
          { criterion: 'group', operator: 'equals', value: 'untouched' },
          {
            combinator: 'any',
            conditions: [
              { criterion: 'source.channel', operator: 'equals', value: 'Web Forms' },
              { criterion: 'source.channel', operator: 'equals', value: 'Events' },
            ],
          },
        ],
      },
      actions: [{ type: 'move_to_group', params: { group: 'nurturing' } }, { type: 'send_email', params: { templateId: 'welcome' } }],
      priority: 1,
    });
    expect(parsed.blocking).toBe(false);
    expect(parsed.enabled).toBe(false);
    expect(parsed.version).toBe(1);
    expect(parsed.executionMode).toEqual({ kind: 'one_time' });
    expect(parsed.sunset).toEqual({ expiresAt: null, afterRuns: null, afterEvent: null });
    expect(parsed.criteria.conditions).toHaveLength(2);
  });

  it('defaults criteria to an empty "all" group and action params to {}', () => {
    const parsed = rule.parse({ ...base, id: 'rule-2', name: 'Tag hot leads', trigger: { kind: 'manual' }, actions: [{ type: 'add_tag' }] });
    expect(parsed.criteria).toEqual({ combinator: 'all', conditions: [] });
    expect(parsed.actions[0]?.params).toEqual({});
  });

  it('accepts each execution mode and refuses intervals under a minute', () => {
    const make = (executionMode: unknown) => rule.safeParse({ ...base, id: 'rule-3', name: 'x', trigger: { kind: 'manual' }, executionMode });
    expect(make({ kind: 'periodic', everyMs: 86_400_000 }).success).toBe(true);
    expect(make({ kind: 'in_cycle', everyMs: 3 * 86_400_000, forMs: 14 * 86_400_000 }).success).toBe(true);
    expect(make({ kind: 'periodic', everyMs: 1000 }).success).toBe(false);
    expect(make({ kind: 'sometimes' }).success).toBe(false);
  });

  it('refuses an empty name, priorities outside 1–10 and unknown triggers', () => {
    expect(rule.safeParse({ ...base, id: 'rule-4', name: ' ', trigger: { kind: 'manual' } }).success).toBe(false);
    expect(rule.safeParse({ ...base, id: 'rule-5', name: 'x', trigger: { kind: 'manual' }, priority: 0 }).success).toBe(false);
    expect(rule.safeParse({ ...base, id: 'rule-6', name: 'x', trigger: { kind: 'manual' }, priority: 11 }).success).toBe(false);
    expect(rule.safeParse({ ...base, id: 'rule-7', name: 'x', trigger: { kind: 'telepathy' } }).success).toBe(false);
  });

  it('checks triggers', () => {
    expect(ruleTrigger.safeParse({ kind: 'event', eventTypes: [] }).success).toBe(false);
    expect(ruleTrigger.safeParse({ kind: 'event', eventTypes: ['quote_request'] }).success).toBe(true);
    expect(ruleTrigger.safeParse({ kind: 'event', eventTypes: ['not_an_event'] }).success).toBe(false);
    expect(ruleTrigger.parse({ kind: 'schedule', frequency: 'weekly', dayOfWeek: 2, minuteOfDay: 600 })).toEqual({
      kind: 'schedule',
      frequency: 'weekly',
      dayOfWeek: 2,
      minuteOfDay: 600,
    });
    expect(ruleTrigger.safeParse({ kind: 'schedule', frequency: 'daily', minuteOfDay: 1440 }).success).toBe(false);
    expect(ruleTrigger.parse({ kind: 'lead_changed' })).toEqual({ kind: 'lead_changed', fields: [] });
  });

  it('refuses malformed conditions', () => {
    expect(ruleConditionGroup.safeParse({ combinator: 'xor', conditions: [] }).success).toBe(false);
    expect(ruleConditionGroup.safeParse({ combinator: 'all', conditions: [{ criterion: 'x', operator: '' , value: 1 }] }).success).toBe(false);
    expect(ruleConditionGroup.safeParse({ combinator: 'all', conditions: [{ criterion: 'x', operator: 'equals', value: () => 1 }] }).success).toBe(false);
    expect(ruleConditionGroup.safeParse({ combinator: 'all', conditions: [{ criterion: 'score', operator: 'within_range', value: { min: 10, max: 20 } }] }).success).toBe(true);
  });
});
