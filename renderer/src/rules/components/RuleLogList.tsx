import type { RuleLogEntry } from '../../../data/ruleContract';
import { routeToHash } from '../../app/routeToHash';
import { formatDateTime } from '../../ui/formatDateTime';

const outcomeLabels: Record<RuleLogEntry['outcome'], string> = { applied: 'Applied', partly_applied: 'Partly applied', failed: 'Failed' };

interface RuleLogListProps {
  entries: readonly RuleLogEntry[] | null;
  /** Show which rule fired (the all-rules log); a rule's own page leaves it out. */
  showRule: boolean;
  emptyText: string;
}

/** The execution log: when, which lead, why, what was done and how it went. */
export function RuleLogList({ entries, showRule, emptyText }: RuleLogListProps) {
  if (entries === null) return <p className="muted" aria-busy="true">Reading the log…</p>;
  if (entries.length === 0) return <p className="empty-state">{emptyText}</p>;
  return (
    <ol className="rule-log" aria-label="Execution log">
      {entries.map((entry) => (
        <li key={entry.id} className={`rule-log-entry outcome-${entry.outcome}`} data-testid="rule-log-entry">
          <div className="rule-log-head">
            <time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(entry.at)}</time>
            {showRule ? (
              <a href={routeToHash({ name: 'rule', ruleId: entry.ruleId })}>
                {entry.ruleName}
                <span className="muted small"> v{entry.version}</span>
              </a>
            ) : (
              <span className="muted small">version {entry.version}</span>
            )}
            <span>on</span>
            <a href={routeToHash({ name: 'lead', leadId: entry.leadId })}>{entry.leadName || entry.leadId}</a>
            <span className={`rule-outcome rule-outcome-${entry.outcome}`}>{outcomeLabels[entry.outcome]}</span>
          </div>
          <div className="muted small">Because: {entry.cause}</div>
          {entry.actions.length > 0 ? (
            <ul className="plain-list">
              {entry.actions.map((action, i) => (
                <li key={i}>{action}</li>
              ))}
            </ul>
          ) : null}
          {entry.messages.length > 0 ? (
            <ul className="rule-problems">
              {entry.messages.map((message, i) => (
                <li key={i}>{message}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
