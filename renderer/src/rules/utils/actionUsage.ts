import type { Rule, RuleAction } from '../../../../core/model/rule';

export interface ActionUse {
  /** The action's type and parameters: two rules adding the same tag share one entry. */
  key: string;
  type: string;
  description: string;
  rules: { id: string; name: string; enabled: boolean }[];
}

/** JSON with sorted keys, so {a, b} and {b, a} are the same action. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Every action any rule uses, with the rules that use it, in the order of their descriptions. */
export function actionUsage(rules: readonly Rule[], describe: (action: RuleAction) => string): ActionUse[] {
  const uses = new Map<string, ActionUse>();
  for (const rule of rules) {
    for (const action of rule.actions) {
      const key = `${action.type}:${canonical(action.params)}`;
      let use = uses.get(key);
      if (!use) {
        use = { key, type: action.type, description: describe(action), rules: [] };
        uses.set(key, use);
      }
      if (!use.rules.some((r) => r.id === rule.id)) use.rules.push({ id: rule.id, name: rule.name, enabled: rule.enabled });
    }
  }
  return [...uses.values()].sort((a, b) => a.description.localeCompare(b.description, 'en'));
}
