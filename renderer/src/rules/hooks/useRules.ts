import { useMemo } from 'react';
import type { RuleLogEntry, RuleLogFilter, RuleSummary } from '../../../data/ruleContract';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useObservable } from '../../ui/useObservable';

/** Every rule with its stats, priority order; null while reading. */
export function useRules(): RuleSummary[] | null {
  const { data } = useLeadCenter();
  const source = useMemo(() => data.rules.observe(), [data]);
  return useObservable<RuleSummary[] | null>(source, null);
}

/** The execution log, newest first; null while reading. */
export function useRuleLog(filter: RuleLogFilter): RuleLogEntry[] | null {
  const { data } = useLeadCenter();
  const { ruleId, leadId, limit } = filter;
  const source = useMemo(() => data.rules.observeLog({ ruleId, leadId, limit }), [data, ruleId, leadId, limit]);
  return useObservable<RuleLogEntry[] | null>(source, null);
}
