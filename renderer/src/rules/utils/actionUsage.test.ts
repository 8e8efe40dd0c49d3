import { describe, expect, it } from 'vitest';
import { rule as ruleSchema, type Rule, type RuleAction } from '../../../../core/model/rule';
import { actionUsage } from './actionUsage';

const make = (id: string, actions: RuleAction[], enabled = true): Rule =>
  ruleSchema.parse({ id, name: `Rule ${id}`, ownerId: 'u', teamId: 't', createdAt: 0, updatedAt: 0, trigger: { kind: 'manual' }, actions, enabled });

const describeAction = (action: RuleAction) => `${action.type} ${JSON.stringify(action.params)}`;

describe('actionUsage', () => {
  it('merges the same action across rules whatever the key order, and lists each rule once', () => {
    const uses = actionUsage(
      [
        make('a', [
          { type: 'create_reminder', params: { kind: 'call', title: 'Call' } },
          { type: 'create_reminder', params: { kind: 'call', title: 'Call' } },
        ]),
        make('b', [{ type: 'create_reminder', params: { title: 'Call', kind: 'call' } }], false),
        make('c', [{ type: 'add_tag', params: { tag: 'vip' } }]),
      ],
      describeAction,
    );
    expect(uses).toHaveLength(2);
    const reminder = uses.find((u) => u.type === 'create_reminder');
    expect(reminder?.rules).toEqual([
      { id: 'a', name: 'Rule a', enabled: true },
      { id: 'b', name: 'Rule b', enabled: false },
    ]);
  });

  it('keeps different parameters apart and is empty without rules', () => {
    const uses = actionUsage([make('a', [{ type: 'add_tag', params: { tag: 'x' } }]), make('b', [{ type: 'add_tag', params: { tag: 'y' } }])], describeAction);
    expect(uses.map((u) => u.rules.map((r) => r.id))).toEqual([['a'], ['b']]);
    expect(actionUsage([], describeAction)).toEqual([]);
  });
});
