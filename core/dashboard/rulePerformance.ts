import { compareText } from './leadsInRange';

/** What the dashboard reads of a rule and its run state (data.rules.observe()). */
export interface RuleFacts {
  id: string;
  name: string;
  enabled: boolean;
  /** Firings across all time (runState.totalRuns). */
  timesFired: number;
  /** Leads it ever acted on (runState.leadsAffected). */
  leadsAffected: number;
  lastFiredAt: number | null;
}

export interface RulePerformanceRow extends RuleFacts {
  /** rule_fired events within the period. */
  firedInRange: number;
  /** The rule is gone; its firings in the period remain. */
  deleted: boolean;
}

/**
 * One row per rule, most firings in the period first. Firings of rules deleted since are kept
 * (under the name they fired with) so the period's firings add up.
 */
export function rulePerformance(
  rules: readonly RuleFacts[],
  firingsInRange: ReadonlyMap<string, number>,
  nameOfDeleted: (id: string) => string | undefined = () => undefined,
): RulePerformanceRow[] {
  const known = new Set(rules.map((r) => r.id));
  const rows: RulePerformanceRow[] = rules.map((r) => ({ ...r, firedInRange: firingsInRange.get(r.id) ?? 0, deleted: false }));
  for (const [id, fired] of firingsInRange) {
    if (known.has(id) || fired <= 0) continue;
    rows.push({ id, name: nameOfDeleted(id) ?? id, enabled: false, timesFired: fired, leadsAffected: 0, lastFiredAt: null, firedInRange: fired, deleted: true });
  }
  return rows.sort((a, b) => b.firedInRange - a.firedInRange || b.timesFired - a.timesFired || compareText(a.name, b.name) || compareText(a.id, b.id));
}
