import { useEffect, useState } from 'react';
import { describeRule } from '../../../../core/rules/describeRule';
import type { RulePerformance } from '../../../data/ruleContract';
import { routeToHash } from '../../app/routeToHash';
import { useLeadCenter } from '../../app/useLeadCenter';
import { formatRelativeTime } from '../../ui/formatRelativeTime';
import { errorText, useBusyAction } from '../../ui/useBusyAction';
import { useNow } from '../../ui/useNow';
import { useRuleCatalogue } from '../hooks/useRuleCatalogue';
import { useRuleLog, useRules } from '../hooks/useRules';
import { emptyCatalogue } from '../utils/emptyCatalogue';
import { ruleStatus, ruleStatusLabels } from '../utils/ruleStatus';
import { RuleLogList } from './RuleLogList';
import { SentenceView } from './SentenceView';
import './rules.css';

const leads = (count: number): string => `${count.toLocaleString()} ${count === 1 ? 'lead' : 'leads'}`;

/** One rule: what it does in words, how it has performed, its log, and Run now. */
export function RuleDetailPage({ ruleId }: { ruleId: string }) {
  const { data } = useLeadCenter();
  const now = useNow(60_000);
  const rules = useRules();
  const { catalogue } = useRuleCatalogue();
  const log = useRuleLog({ ruleId, limit: 200 });
  const summary = rules?.find((s) => s.rule.id === ruleId) ?? null;
  const [performance, setPerformance] = useState<{ value: RulePerformance | null; error: string | null }>({ value: null, error: null });
  const runNow = useBusyAction();
  const toggle = useBusyAction();
  const [runResult, setRunResult] = useState<string | null>(null);
  const timesFired = summary?.stats.timesFired ?? 0;

  useEffect(() => {
    let live = true;
    data.rules.performance(ruleId).then(
      (value) => live && setPerformance({ value, error: null }),
      (cause: unknown) => live && setPerformance({ value: null, error: errorText(cause) }),
    );
    return () => {
      live = false;
    };
    // Read again whenever the rule fires.
  }, [data, ruleId, timesFired]);

  if (rules === null) {
    return (
      <p className="page muted" aria-busy="true">
        Reading the rule…
      </p>
    );
  }
  if (summary === null) {
    return (
      <section className="page" aria-labelledby="rule-missing-heading">
        <h1 id="rule-missing-heading">Rule not found</h1>
        <p>This rule does not exist any more; it may have been deleted.</p>
        <p>
          <a href={routeToHash({ name: 'rules' })}>Back to the rules</a>
        </p>
      </section>
    );
  }
  const { rule, stats } = summary;
  const status = ruleStatus(summary);

  return (
    <section className="page rules-page" aria-labelledby="rule-heading">
      <p className="small">
        <a href={routeToHash({ name: 'rules' })}>← Rules</a>
      </p>
      <header className="page-header">
        <h1 id="rule-heading">{rule.name}</h1>
        <span className={`rule-status rule-status-${status}`}>{ruleStatusLabels[status]}</span>
        <div className="row">
          <label className="check">
            <input type="checkbox" checked={rule.enabled} disabled={toggle.busy} onChange={(event) => void toggle.run(() => data.rules.setEnabled(rule.id, event.target.checked))} />
            On
          </label>
          <button
            type="button"
            disabled={runNow.busy || !rule.enabled}
            title={rule.enabled ? 'Checks every lead now as if the trigger had happened' : 'Turn the rule on to run it'}
            onClick={() =>
              void runNow.run(async () => {
                setRunResult(null);
                const result = await data.rules.runNow(rule.id);
                setRunResult(`Checked ${leads(result.leadsChecked)}; the rule acted on ${result.fired.toLocaleString()}.`);
              })
            }
          >
            {runNow.busy ? 'Running…' : 'Run now'}
          </button>
          <a className="button-like" href={routeToHash({ name: 'rule-edit', ruleId: rule.id })}>
            Edit
          </a>
        </div>
      </header>
      {rule.description ? <p>{rule.description}</p> : null}
      {rule.enabled ? null : <p className="muted small">The rule is off: it does not act on leads, and Run now waits until it is on.</p>}
      {toggle.error ? (
        <p className="field-error" role="alert">
          Not switched: {toggle.error}
        </p>
      ) : null}
      {runNow.error ? (
        <p className="field-error" role="alert">
          Not run: {runNow.error}
        </p>
      ) : null}
      {runResult ? <p role="status">{runResult}</p> : null}
      {summary.problems.length > 0 ? (
        <div className="field-error" role="alert">
          <p>This rule cannot run until these are fixed:</p>
          <ul>
            {summary.problems.map((problem, i) => (
              <li key={i}>{problem.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {summary.sunset ? <p className="info-banner">{summary.sunset}</p> : null}

      <SentenceView words={describeRule(rule, catalogue ?? emptyCatalogue)} />

      <section className="card" aria-labelledby="rule-performance-heading">
        <h2 id="rule-performance-heading">Performance</h2>
        <dl className="facts">
          <div className="fact-row">
            <dt>Times fired</dt>
            <dd>{stats.timesFired.toLocaleString()}</dd>
          </div>
          <div className="fact-row">
            <dt>Leads it acted on</dt>
            <dd>{stats.leadsAffected.toLocaleString()}</dd>
          </div>
          <div className="fact-row">
            <dt>Last fired</dt>
            <dd>{stats.lastFiredAt === null ? 'never' : formatRelativeTime(stats.lastFiredAt, now)}</dd>
          </div>
          <div className="fact-row">
            <dt>Version</dt>
            <dd>{rule.version}</dd>
          </div>
        </dl>
        {performance.error ? (
          <p className="field-error" role="alert">
            Performance could not be read: {performance.error}
          </p>
        ) : performance.value === null ? (
          <p className="muted" aria-busy="true">
            Reading performance…
          </p>
        ) : (
          <div className="rule-performance">
            <div>
              <h3>Actions triggered</h3>
              {performance.value.actionsTriggered.length === 0 ? (
                <p className="muted">None yet.</p>
              ) : (
                <ul className="plain-list">
                  {performance.value.actionsTriggered.map((action) => (
                    <li key={action.type}>
                      {action.label}: {action.count.toLocaleString()}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h3>Outcomes</h3>
              {performance.value.outcomes.length === 0 ? (
                <p className="muted">No outcomes yet: they appear once the leads it acted on move on.</p>
              ) : (
                <ul className="plain-list">
                  {performance.value.outcomes.map((outcome) => (
                    <li key={outcome.label}>
                      {outcome.label}: {leads(outcome.leads)}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby="rule-log-heading">
        <h2 id="rule-log-heading">Execution log</h2>
        <RuleLogList entries={log} showRule={false} emptyText="This rule has not acted on a lead yet." />
      </section>
    </section>
  );
}
