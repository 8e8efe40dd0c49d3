import { describe, expect, it } from 'vitest';
import type { RuleConditionGroup } from '../../../../core/model/rule';
import { addNode, groupAt, placeName, removeNode, replaceNode, updateGroup } from './conditionTree';

const score = { criterion: 'score', operator: 'greater_than', value: 50 };
const tag = { criterion: 'tags', operator: 'contains', value: 'vip' };
const tree: RuleConditionGroup = {
  combinator: 'all',
  conditions: [score, { combinator: 'any', conditions: [tag, score] }],
};

describe('conditionTree', () => {
  it('finds groups by path and refuses paths that lead to a condition or nowhere', () => {
    expect(groupAt(tree, [])).toBe(tree);
    expect(groupAt(tree, [1])?.combinator).toBe('any');
    expect(groupAt(tree, [0])).toBeNull();
    expect(groupAt(tree, [5])).toBeNull();
  });

  it('adds, replaces and removes nested nodes without touching the input', () => {
    const before = JSON.stringify(tree);
    const added = addNode(tree, [1], tag);
    expect(groupAt(added, [1])?.conditions).toHaveLength(3);
    const replaced = replaceNode(added, [1, 0], score);
    expect(groupAt(replaced, [1])?.conditions[0]).toEqual(score);
    const removed = removeNode(replaced, [1]);
    expect(removed.conditions).toEqual([score]);
    expect(JSON.stringify(tree)).toBe(before);
  });

  it('ignores a path through a condition and keeps the top group', () => {
    expect(updateGroup(tree, [0, 1], (g) => ({ ...g, combinator: 'any' }))).toBe(tree);
    expect(removeNode(tree, [])).toBe(tree);
    expect(replaceNode(tree, [], score)).toBe(tree);
    expect(replaceNode(tree, [], { combinator: 'any', conditions: [] }).combinator).toBe('any');
  });

  it('names a place the way validation does', () => {
    expect(placeName(tree, [0])).toBe('Condition 1');
    expect(placeName(tree, [1])).toBe('Group 2');
    expect(placeName(tree, [1, 0])).toBe('Group 2, condition 1');
  });
});
