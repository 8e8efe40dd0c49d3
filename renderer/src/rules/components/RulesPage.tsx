import { SelectField } from './SelectField';
import { useState } from 'react';
import { routeToHash } from '../../app/routeToHash';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useNow } from '../../ui/useNow';
import { useRuleCatalogue } from '../hooks/useRuleCatalogue';
import { useRuleLog, useRules } from '../hooks/useRules';
import { emptyCatalogue } from '../utils/emptyCatalogue';
import { ActionsList } from './ActionsList';
import { RuleLogList } from './RuleLogList';
import { RulesList } from './RulesList';
import { RulesSearch } from './RulesSearch';
import { TabBar } from './TabBar';
import './rules.css';

type RulesTab = 'rules' | 'actions' | 'log';

/** Rules | Actions | Log, a search across rules, criteria and leads, and the ways to make a rule. */
export function RulesPage() {
  const { data } = useLeadCenter();
  const now = useNow(60_000);
  const rules = useRules();
  const { catalogue, error: catalogueError } = useRuleCatalogue();
  const [tab, setTab] = useState<RulesTab>('rules');
  const [logRuleId, setLogRuleId] = useState('');
  const log = useRuleLog(tab === 'log' ? { ruleId: logRuleId === '' ? undefined : logRuleId, limit: 200 } : { limit: 1 });
  const [showTemplates, setShowTemplates] = useState(false);
  const templates = data.rules.templates();
  const words = catalogue ?? emptyCatalogue;
  const list = rules ?? [];
  const on = list.filter((summary) => summary.rule.enabled).length;

  return (
    <section className="page rules-page" aria-labelledby="rules-heading">
      <header className="page-header">
        <h1 id="rules-heading">Rules</h1>
        <p className="muted" data-testid="rules-summary">
          {rules === null ? 'Reading rules…' : `${list.length.toLocaleString()} ${list.length === 1 ? 'rule' : 'rules'}, ${on.toLocaleString()} on`}
        </p>
        <div className="row">
          <button type="button" aria-expanded={showTemplates} aria-controls="rule-templates" onClick={() => setShowTemplates((open) => !open)}>
            From a template
          </button>
          <a className="button-like primary" href={routeToHash({ name: 'rule-new', templateId: null })}>
            New rule
          </a>
        </div>
      </header>
      {catalogueError ? (
        <p className="field-error" role="alert">
          The groups, stages and templates rules refer to could not be read: {catalogueError}
        </p>
      ) : null}
      {showTemplates ? (
        <section id="rule-templates" className="rule-templates" aria-labelledby="rule-templates-heading">
          <h2 id="rule-templates-heading">Start from a template</h2>
          {templates.length === 0 ? (
            <p className="muted">No templates are available.</p>
          ) : (
            <ul className="rule-template-list">
              {templates.map((template) => (
                <li key={template.id}>
                  <a href={routeToHash({ name: 'rule-new', templateId: template.id })}>{template.name}</a>
                  <p className="muted small">{template.description}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <RulesSearch rules={list} catalogue={words} />

      <TabBar<RulesTab>
        label="Rules sections"
        idPrefix="rules"
        current={tab}
        onSelect={setTab}
        tabs={[
          { id: 'rules', label: 'Rules', count: list.length },
          { id: 'actions', label: 'Actions' },
          { id: 'log', label: 'Log' },
        ]}
      />
      <div role="tabpanel" id={`rules-panel-${tab}`} aria-labelledby={`rules-tab-${tab}`} className="rules-panel">
        {rules === null ? (
          <p className="muted" aria-busy="true">
            Reading rules…
          </p>
        ) : tab === 'rules' ? (
          <RulesList rules={list} catalogue={words} now={now} />
        ) : tab === 'actions' ? (
          <ActionsList rules={list} catalogue={words} />
        ) : (
          <>
            <div className="row rules-filters">
              <SelectField label="Rule" value={logRuleId} onChange={(event) => setLogRuleId(event.target.value)}>
                  <option value="">All rules</option>
                  {list.map((summary) => (
                    <option key={summary.rule.id} value={summary.rule.id}>
                      {summary.rule.name}
                    </option>
                  ))}
                </SelectField>
            </div>
            <RuleLogList entries={log} showRule emptyText={logRuleId === '' ? 'No rule has acted on a lead yet.' : 'This rule has not acted on a lead yet.'} />
          </>
        )}
      </div>
    </section>
  );
}
