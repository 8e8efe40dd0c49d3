import type { RuleCondition } from '../../../../core/model/rule';
import { operatorsFor, type RuleOperator } from '../../../../core/rules/compileCriteria';
import { findCriterion, type CriterionDefinition, type CriterionOption } from '../../../../core/rules/criteriaCatalogue';
import type { RuleCatalogueContext } from '../../../../core/rules/ruleTypes';
import { valueFor, valueKindFor } from '../utils/conditionValue';
import { operatorLabels } from '../utils/operatorLabels';
import { CriterionPicker, customFieldChoice } from './CriterionPicker';
import { ValueInput } from './ValueInput';

interface ConditionRowProps {
  condition: RuleCondition;
  /** "Condition 1", "Group 2, condition 1". */
  place: string;
  domId: string;
  catalogue: RuleCatalogueContext;
  onChange(condition: RuleCondition): void;
  onRemove(): void;
}

export function operatorsOf(criterion: CriterionDefinition): readonly RuleOperator[] {
  return criterion.operators ?? operatorsFor[criterion.type];
}

/** The dropdown values of a criterion: its own, or the seller's groups, stages or people. */
export function optionsOf(criterion: CriterionDefinition | undefined, catalogue: RuleCatalogueContext): readonly CriterionOption[] {
  if (!criterion) return [];
  if (criterion.options) return criterion.options;
  if (criterion.optionsFrom) return catalogue[criterion.optionsFrom].map((item) => ({ value: item.id, label: item.name }));
  return [];
}

/** A condition with the operator and value of the right shape for this criterion. */
export function conditionFor(criterionId: string, previous: RuleCondition, catalogue: RuleCatalogueContext): RuleCondition {
  const criterion = findCriterion(criterionId);
  if (!criterion) return { criterion: criterionId, operator: previous.operator, value: previous.value };
  const operators = operatorsOf(criterion);
  const operator = operators.includes(previous.operator as RuleOperator) ? previous.operator : (operators[0] ?? 'equals');
  const kind = valueKindFor(criterion.type, operator, optionsOf(criterion, catalogue).length > 0);
  return { criterion: criterionId, operator, value: valueFor(kind, previous.value) };
}

/** One condition: criterion (with its seed 002 tooltip), operator for its type, value input for both. */
export function ConditionRow({ condition, place, domId, catalogue, onChange, onRemove }: ConditionRowProps) {
  const isCustom = condition.criterion.startsWith(customFieldChoice);
  const criterion = findCriterion(condition.criterion);
  const options = optionsOf(criterion, catalogue);
  const operators = criterion ? operatorsOf(criterion) : [];
  const kind = criterion ? valueKindFor(criterion.type, condition.operator, options.length > 0) : 'text';
  const tooltipId = `${domId}-about`;

  return (
    <li className="condition-row" data-testid="condition-row">
      <CriterionPicker
        label={`${place}: criterion`}
        value={condition.criterion}
        describedBy={tooltipId}
        onChange={(id) => onChange(id === customFieldChoice ? { ...condition, criterion: customFieldChoice } : conditionFor(id, condition, catalogue))}
      />
      {isCustom ? (
        <input
          aria-label={`${place}: custom field name`}
          placeholder="field name"
          value={condition.criterion.slice(customFieldChoice.length)}
          maxLength={60}
          onChange={(event) => onChange(conditionFor(`${customFieldChoice}${event.target.value.trim()}`, condition, catalogue))}
        />
      ) : null}
      <select
        aria-label={`${place}: operator`}
        value={condition.operator}
        disabled={!criterion}
        onChange={(event) => {
          const operator = event.target.value;
          const nextKind = criterion ? valueKindFor(criterion.type, operator, options.length > 0) : 'text';
          onChange({ ...condition, operator, value: valueFor(nextKind, condition.value) });
        }}
      >
        {operators.map((op) => (
          <option key={op} value={op}>
            {operatorLabels[op]}
          </option>
        ))}
        {criterion && !operators.includes(condition.operator as RuleOperator) ? <option value={condition.operator}>{condition.operator} (does not apply)</option> : null}
      </select>
      {criterion ? (
        <ValueInput
          key={`${condition.criterion}:${condition.operator}`}
          kind={kind}
          value={condition.value}
          options={options}
          label={`${place}: value`}
          unit={criterion.unit}
          describedBy={tooltipId}
          onChange={(value) => onChange({ ...condition, value })}
        />
      ) : null}
      <button type="button" className="icon-button" aria-label={`Remove ${place.toLowerCase()}`} title="Remove this condition" onClick={onRemove}>
        ×
      </button>
      <p id={tooltipId} className="condition-about muted small">
        {criterion ? (
          <>
            {criterion.group === 'Workflow' ? '' : `${criterion.group} · `}
            {criterion.section}: {criterion.tooltip}
            {criterion.source === 'platform' ? ' (from Power Cozmo analytics: empty until the platform sends it)' : ''}
          </>
        ) : isCustom ? (
          'Type the name of your custom field.'
        ) : (
          `“${condition.criterion}” is not a known criterion: choose another.`
        )}
      </p>
    </li>
  );
}
