import { useDeferredValue, useMemo, useState } from 'react';
import { criteriaCatalogue } from '../../../../core/rules/criteriaCatalogue';
import { describeRule } from '../../../../core/rules/describeRule';
import type { RuleCatalogueContext } from '../../../../core/rules/ruleTypes';
import type { RuleSummary } from '../../../data/ruleContract';
import { routeToHash } from '../../app/routeToHash';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useLeadListVersion } from '../../leads/hooks/useLeadListVersion';
import { emptyLeadListQuery } from '../../leads/utils/emptyLeadListQuery';
import { searchItems } from '../utils/searchRules';

interface RulesSearchProps {
  rules: readonly RuleSummary[];
  catalogue: RuleCatalogueContext;
}

const shownPerGroup = 8;

/** One box that finds rules (name, description, sentence), criteria (label, tooltip) and leads. */
export function RulesSearch({ rules, catalogue }: RulesSearchProps) {
  const { data } = useLeadCenter();
  const [text, setText] = useState('');
  const query = useDeferredValue(text);
  const listVersion = useLeadListVersion(data.leadList);

  const ruleHits = useMemo(
    () =>
      searchItems(
        query,
        rules.map((summary) => ({ item: summary.rule, texts: [summary.rule.name, summary.rule.description, describeRule(summary.rule, catalogue).sentence] })),
        shownPerGroup,
      ),
    [query, rules, catalogue],
  );
  const criterionHits = useMemo(
    () => searchItems(query, criteriaCatalogue.map((criterion) => ({ item: criterion, texts: [criterion.label, criterion.tooltip, criterion.section, criterion.group] })), shownPerGroup),
    [query],
  );
  const leadHits = useMemo(
    () => (query.trim() === '' ? [] : data.leadList.query({ ...emptyLeadListQuery, filters: { ...emptyLeadListQuery.filters, search: query.trim() } }).slice(0, shownPerGroup)),
    // listVersion stands for the projection's rows (it mutates in place).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [query, data, listVersion],
  );
  const searching = query.trim() !== '';
  const total = ruleHits.length + criterionHits.length + leadHits.length;

  return (
    <div className="rules-search">
      <label className="visually-hidden" htmlFor="rules-search-input">
        Search rules, criteria and leads
      </label>
      <input
        id="rules-search-input"
        type="search"
        className="search-input"
        placeholder="Search rules, criteria and leads"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && text !== '') {
            event.stopPropagation();
            setText('');
          }
        }}
      />
      {searching ? (
        <div className="rules-search-results" role="region" aria-label="Search results" aria-live="polite">
          {total === 0 ? <p className="muted">Nothing matches “{query.trim()}”.</p> : null}
          {ruleHits.length > 0 ? (
            <section aria-labelledby="search-rules-heading">
              <h3 id="search-rules-heading">Rules</h3>
              <ul className="plain-list">
                {ruleHits.map((rule) => (
                  <li key={rule.id}>
                    <a href={routeToHash({ name: 'rule', ruleId: rule.id })}>{rule.name}</a>
                    {rule.description ? <span className="muted small"> — {rule.description}</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {criterionHits.length > 0 ? (
            <section aria-labelledby="search-criteria-heading">
              <h3 id="search-criteria-heading">Criteria</h3>
              <ul className="plain-list">
                {criterionHits.map((criterion) => (
                  <li key={criterion.id}>
                    <a href={routeToHash({ name: 'rule-new', templateId: null, criterionId: criterion.id })} title={criterion.tooltip}>
                      New rule on “{criterion.label}”
                    </a>
                    <span className="muted small">
                      {' '}
                      {criterion.group} · {criterion.section}
                    </span>
                    {criterion.scoringCriterionId ? (
                      <>
                        {' '}
                        <a className="small" href="#/settings/criteria">
                          scoring of {criterion.label}
                        </a>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {leadHits.length > 0 ? (
            <section aria-labelledby="search-leads-heading">
              <h3 id="search-leads-heading">Leads</h3>
              <ul className="plain-list">
                {leadHits.map((lead) => (
                  <li key={lead.id}>
                    <a href={routeToHash({ name: 'lead', leadId: lead.id })}>{lead.name || lead.email || lead.id}</a>
                    {lead.company ? <span className="muted small"> · {lead.company}</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
