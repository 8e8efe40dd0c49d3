import { SelectField } from '../components/SelectField';
import { useState } from 'react';
import type { RuleAction } from '../../../../core/model/rule';
import { describeAction, findRuleAction, ruleActionCatalogue } from '../../../../core/rules/ruleActions';
import type { RuleCatalogueContext } from '../../../../core/rules/ruleTypes';
import { defaultActionParams } from '../utils/defaultActionParams';
import { ActionParamsForm } from './ActionParamsForm';

interface ActionsStepProps {
  actions: readonly RuleAction[];
  catalogue: RuleCatalogueContext;
  /** Problems per action index, in words. */
  problemAt(index: number): string | null;
  onChange(actions: RuleAction[]): void;
}

const move = <T,>(list: readonly T[], from: number, to: number): T[] => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
};

/** Step 3: what the rule does, in order: add, remove, move up or down, and each one's settings. */
export function ActionsStep({ actions, catalogue, problemAt, onChange }: ActionsStepProps) {
  const [adding, setAdding] = useState<string>(ruleActionCatalogue[0]?.type ?? 'add_tag');
  return (
    <div className="builder-step-body">
      {actions.length === 0 ? <p className="muted">No actions yet: a rule needs at least one.</p> : null}
      <ol className="action-list">
        {actions.map((action, index) => {
          const place = `Action ${index + 1}`;
          const definition = findRuleAction(action.type);
          const problem = problemAt(index);
          return (
            <li key={index} className="action-item" data-testid="action-item">
              <div className="row">
                <SelectField
                    label={`${place}: type`}
                    value={action.type}
                    title={definition?.tooltip}
                    onChange={(event) => {
                      const actionsNext = [...actions];
                      actionsNext[index] = { type: event.target.value, params: defaultActionParams(event.target.value, catalogue) };
                      onChange(actionsNext);
                    }}
                  >
                    {ruleActionCatalogue.map((d) => (
                      <option key={d.type} value={d.type} title={d.tooltip}>
                        {d.label}
                      </option>
                    ))}
                    {definition ? null : <option value={action.type}>{action.type} (unknown)</option>}
                  </SelectField>
                <span className="row action-order">
                  <button type="button" aria-label={`Move ${place.toLowerCase()} up`} disabled={index === 0} onClick={() => onChange(move(actions, index, index - 1))}>
                    ↑
                  </button>
                  <button type="button" aria-label={`Move ${place.toLowerCase()} down`} disabled={index === actions.length - 1} onClick={() => onChange(move(actions, index, index + 1))}>
                    ↓
                  </button>
                  <button type="button" className="danger" aria-label={`Remove ${place.toLowerCase()}`} onClick={() => onChange(actions.filter((_, i) => i !== index))}>
                    Remove
                  </button>
                </span>
              </div>
              {definition ? <p className="muted small">{definition.tooltip}</p> : null}
              <div className="row builder-fields">
                <ActionParamsForm
                  type={action.type}
                  params={action.params}
                  place={place}
                  catalogue={catalogue}
                  onChange={(params) => {
                    const actionsNext = [...actions];
                    actionsNext[index] = { ...action, params };
                    onChange(actionsNext);
                  }}
                />
              </div>
              <p className="action-sentence small">→ {describeAction(action, catalogue)}</p>
              {problem ? <p className="field-error">{problem}</p> : null}
            </li>
          );
        })}
      </ol>
      <div className="row">
        <SelectField label="New action" value={adding} onChange={(event) => setAdding(event.target.value)}>
            {ruleActionCatalogue.map((d) => (
              <option key={d.type} value={d.type} title={d.tooltip}>
                {d.label}
              </option>
            ))}
          </SelectField>
        <button type="button" onClick={() => onChange([...actions, { type: adding, params: defaultActionParams(adding, catalogue) }])}>
          Add action
        </button>
      </div>
    </div>
  );
}
