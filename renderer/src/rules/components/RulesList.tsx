import { useState } from 'react';
import { describeTrigger } from '../../../../core/rules/describeRule';
import type { RuleCatalogueContext } from '../../../../core/rules/ruleTypes';
import type { RuleSummary } from '../../../data/ruleContract';
import { routeToHash } from '../../app/routeToHash';
import { useLeadCenter } from '../../app/useLeadCenter';
import { formatRelativeTime } from '../../ui/formatRelativeTime';
import { useBusyAction } from '../../ui/useBusyAction';
import { modeLabel } from '../utils/modeLabel';
import { ruleStatus, ruleStatusLabels } from '../utils/ruleStatus';

interface RulesListProps {
  rules: readonly RuleSummary[];
  catalogue: RuleCatalogueContext;
  now: number;
}

/** The seller's rules in the order they run (priority 1 first), each switchable, editable, deletable. */
export function RulesList({ rules, catalogue, now }: RulesListProps) {
  if (rules.length === 0) {
    return (
      <div className="empty-state" data-testid="rules-empty">
        <p>No rules yet. A rule acts on leads by itself: it moves them, tags them, creates tasks and queues emails for your approval.</p>
        <p className="muted">Start with “New rule”, or pick one of the ready-made templates.</p>
      </div>
    );
  }
  return (
    <table className="rules-table">
      <caption className="visually-hidden">Rules in the order they run: priority 1 first</caption>
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col">Status</th>
          <th scope="col">Priority</th>
          <th scope="col">Mode</th>
          <th scope="col">Trigger</th>
          <th scope="col">Last run</th>
          <th scope="col">Times fired</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rules.map((summary) => (
          <RuleRow key={summary.rule.id} summary={summary} catalogue={catalogue} now={now} />
        ))}
      </tbody>
    </table>
  );
}

function RuleRow({ summary, catalogue, now }: { summary: RuleSummary; catalogue: RuleCatalogueContext; now: number }) {
  const { data } = useLeadCenter();
  const { rule, stats } = summary;
  const toggle = useBusyAction();
  const remove = useBusyAction();
  const [confirming, setConfirming] = useState(false);
  const status = ruleStatus(summary);
  const when = describeTrigger(rule.trigger, catalogue);
  const lastRun = Math.max(stats.lastFiredAt ?? 0, stats.lastRunAt ?? 0);
  const problemsId = `rule-problems-${rule.id}`;

  return (
    <tr data-testid={`rule-row-${rule.id}`} className={rule.enabled ? undefined : 'is-off'}>
      <th scope="row" className="rule-name-cell">
        <a href={routeToHash({ name: 'rule', ruleId: rule.id })}>{rule.name}</a>
        {rule.blocking ? <span className="rule-flag"> blocking</span> : null}
        {rule.description ? <div className="muted small">{rule.description}</div> : null}
        {summary.problems.length > 0 ? (
          <ul className="rule-problems" id={problemsId}>
            {summary.problems.map((problem, i) => (
              <li key={i}>{problem.message}</li>
            ))}
          </ul>
        ) : null}
        {summary.sunset ? <div className="muted small">{summary.sunset}</div> : null}
      </th>
      <td>
        <span className={`rule-status rule-status-${status}`}>{ruleStatusLabels[status]}</span>
      </td>
      <td className="numeric">{rule.priority}</td>
      <td>{modeLabel(rule.executionMode)}</td>
      <td>{when}</td>
      <td>{lastRun > 0 ? formatRelativeTime(lastRun, now) : <span className="muted">never</span>}</td>
      <td className="numeric">{stats.timesFired.toLocaleString()}</td>
      <td>
        <div className="row rule-row-actions">
          <label className="check">
            <input
              type="checkbox"
              checked={rule.enabled}
              disabled={toggle.busy}
              aria-describedby={summary.problems.length > 0 ? problemsId : undefined}
              onChange={(event) => {
                const enabled = event.target.checked;
                void toggle.run(() => data.rules.setEnabled(rule.id, enabled));
              }}
            />
            <span className="visually-hidden">{rule.name} </span>on
          </label>
          <a className="button-like" href={routeToHash({ name: 'rule-edit', ruleId: rule.id })} aria-label={`Edit ${rule.name}`}>
            Edit
          </a>
          {confirming ? (
            <span className="row" role="group" aria-label={`Delete ${rule.name}?`}>
              <span>Delete?</span>
              <button type="button" className="danger" disabled={remove.busy} autoFocus onClick={() => void remove.run(() => data.rules.delete(rule.id))}>
                Delete rule
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Keep
              </button>
            </span>
          ) : (
            <button type="button" className="danger" aria-label={`Delete ${rule.name}`} onClick={() => setConfirming(true)}>
              Delete
            </button>
          )}
        </div>
        {toggle.error ? (
          <p className="field-error" role="alert">
            Not switched: {toggle.error}
          </p>
        ) : null}
        {remove.error ? (
          <p className="field-error" role="alert">
            Not deleted: {remove.error}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
