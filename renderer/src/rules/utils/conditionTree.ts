import type { RuleCondition, RuleConditionGroup } from '../../../../core/model/rule';

/** A place in the criteria tree: the index at each level, outermost first ([] is the top group). */
export type TreePath = readonly number[];
export type CriteriaNode = RuleCondition | RuleConditionGroup;

export function isGroup(node: CriteriaNode): node is RuleConditionGroup {
  return 'combinator' in node;
}

/** The group at `path`, or null when the path does not lead to a group. */
export function groupAt(root: RuleConditionGroup, path: TreePath): RuleConditionGroup | null {
  let group: RuleConditionGroup = root;
  for (const index of path) {
    const next = group.conditions[index];
    if (next === undefined || !isGroup(next)) return null;
    group = next;
  }
  return group;
}

/** A copy of the tree with the group at `path` replaced by `change(group)`; the input is not touched. */
export function updateGroup(root: RuleConditionGroup, path: TreePath, change: (group: RuleConditionGroup) => RuleConditionGroup): RuleConditionGroup {
  if (path.length === 0) return change(root);
  const [head, ...rest] = path as [number, ...number[]];
  const child = root.conditions[head];
  if (child === undefined || !isGroup(child)) return root;
  return { ...root, conditions: root.conditions.map((node, i) => (i === head ? updateGroup(child, rest, change) : node)) };
}

/** Adds a condition or a group at the end of the group at `path`. */
export function addNode(root: RuleConditionGroup, path: TreePath, node: CriteriaNode): RuleConditionGroup {
  return updateGroup(root, path, (group) => ({ ...group, conditions: [...group.conditions, node] }));
}

/** Replaces the node at `path` (the last index is its place in its parent group). */
export function replaceNode(root: RuleConditionGroup, path: TreePath, node: CriteriaNode): RuleConditionGroup {
  if (path.length === 0) return isGroup(node) ? node : root;
  const parent = path.slice(0, -1);
  const index = path[path.length - 1] as number;
  return updateGroup(root, parent, (group) => ({ ...group, conditions: group.conditions.map((n, i) => (i === index ? node : n)) }));
}

/** Removes the node at `path`; the top group itself cannot be removed. */
export function removeNode(root: RuleConditionGroup, path: TreePath): RuleConditionGroup {
  if (path.length === 0) return root;
  const parent = path.slice(0, -1);
  const index = path[path.length - 1] as number;
  return updateGroup(root, parent, (group) => ({ ...group, conditions: group.conditions.filter((_, i) => i !== index) }));
}

/** "Condition 2", "Group 1, condition 3": the words validation uses to name a place. */
export function placeName(root: RuleConditionGroup, path: TreePath): string {
  const words: string[] = [];
  let group: RuleConditionGroup | null = root;
  for (const index of path) {
    const node: CriteriaNode | undefined = group?.conditions[index];
    words.push(`${node !== undefined && isGroup(node) ? 'group' : 'condition'} ${index + 1}`);
    group = node !== undefined && isGroup(node) ? node : null;
  }
  const text = words.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
