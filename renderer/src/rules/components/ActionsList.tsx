import { SelectField } from './SelectField';
import { useMemo, useState } from 'react';
import { describeAction, ruleActionCatalogue } from '../../../../core/rules/ruleActions';
import type { RuleCatalogueContext } from '../../../../core/rules/ruleTypes';
import type { RuleSummary } from '../../../data/ruleContract';
import { routeToHash } from '../../app/routeToHash';
import { actionUsage } from '../utils/actionUsage';

interface ActionsListProps {
  rules: readonly RuleSummary[];
  catalogue: RuleCatalogueContext;
}

const categories = [...new Set(ruleActionCatalogue.map((definition) => definition.category))];

/** Every action the rules use, with the rules that use each; filter by type or category. */
export function ActionsList({ rules, catalogue }: ActionsListProps) {
  const [type, setType] = useState('');
  const [category, setCategory] = useState('');
  const uses = useMemo(
    () =>
      actionUsage(
        rules.map((summary) => summary.rule),
        (action) => describeAction(action, catalogue),
      ),
    [rules, catalogue],
  );
  const definitionOf = (t: string) => ruleActionCatalogue.find((definition) => definition.type === t);
  const shown = uses.filter((use) => (type === '' || use.type === type) && (category === '' || definitionOf(use.type)?.category === category));

  return (
    <div className="rules-actions">
      <div className="row rules-filters">
        <SelectField label="Action type" value={type} onChange={(event) => setType(event.target.value)}>
            <option value="">Any type</option>
            {ruleActionCatalogue.map((definition) => (
              <option key={definition.type} value={definition.type}>
                {definition.label}
              </option>
            ))}
          </SelectField>
        <SelectField label="Category" value={category} onChange={(event) => setCategory(event.target.value)}>
            <option value="">Any category</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </SelectField>
        <span className="muted" aria-live="polite">
          {shown.length.toLocaleString()} of {uses.length.toLocaleString()} actions
        </span>
      </div>
      {uses.length === 0 ? (
        <p className="empty-state">No rule has actions yet. Actions appear here once a rule uses them.</p>
      ) : shown.length === 0 ? (
        <p className="empty-state">No action of this type or category is used by a rule.</p>
      ) : (
        <table className="rules-table">
          <caption className="visually-hidden">Actions used by rules</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Type</th>
              <th scope="col">Used by</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((use) => {
              const definition = definitionOf(use.type);
              return (
                <tr key={use.key}>
                  <th scope="row">{use.description}</th>
                  <td title={definition?.tooltip}>
                    {definition?.label ?? use.type}
                    {definition ? <span className="muted small"> · {definition.category}</span> : null}
                  </td>
                  <td>
                    <ul className="plain-list">
                      {use.rules.map((r) => (
                        <li key={r.id}>
                          <a href={routeToHash({ name: 'rule', ruleId: r.id })}>{r.name}</a>
                          {r.enabled ? null : <span className="muted small"> (off)</span>}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
