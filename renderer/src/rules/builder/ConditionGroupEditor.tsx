import type { RuleCondition, RuleConditionGroup } from '../../../../core/model/rule';
import type { RuleCatalogueContext } from '../../../../core/rules/ruleTypes';
import { isGroup, placeName, type TreePath } from '../utils/conditionTree';
import { ConditionRow } from './ConditionRow';

interface ConditionGroupEditorProps {
  root: RuleConditionGroup;
  group: RuleConditionGroup;
  path: TreePath;
  catalogue: RuleCatalogueContext;
  onChangeGroup(path: TreePath, change: (group: RuleConditionGroup) => RuleConditionGroup): void;
  onReplace(path: TreePath, node: RuleCondition | RuleConditionGroup): void;
  onRemove(path: TreePath): void;
  onAdd(path: TreePath, node: RuleCondition | RuleConditionGroup): void;
}

export const newCondition: RuleCondition = { criterion: 'score', operator: 'greater_than', value: 0 };

/** A group of conditions joined by AND (all) or OR (any), with nested groups inside. */
export function ConditionGroupEditor(props: ConditionGroupEditorProps) {
  const { root, group, path, catalogue, onChangeGroup, onReplace, onRemove, onAdd } = props;
  const isTop = path.length === 0;
  const name = isTop ? 'Criteria' : placeName(root, path);
  const domPath = path.join('-') || 'top';

  return (
    <fieldset className={`condition-group${isTop ? ' is-top' : ''}`} data-testid={`condition-group-${domPath}`}>
      <legend>
        {isTop ? 'Leads must meet' : `${name}: leads must meet`}{' '}
        <select aria-label={`${name}: join with`} value={group.combinator} onChange={(event) => onChangeGroup(path, (g) => ({ ...g, combinator: event.target.value === 'any' ? 'any' : 'all' }))}>
          <option value="all">all of these (AND)</option>
          <option value="any">any of these (OR)</option>
        </select>
      </legend>
      {group.conditions.length === 0 ? (
        <p className="muted small">{isTop ? 'No conditions: every lead the trigger wakes is acted on.' : 'An empty group: add a condition to it.'}</p>
      ) : (
        <ul className="condition-list">
          {group.conditions.map((node, index) => {
            const childPath = [...path, index];
            return isGroup(node) ? (
              <li key={index} className="condition-subgroup">
                <ConditionGroupEditor {...props} group={node} path={childPath} />
              </li>
            ) : (
              <ConditionRow
                key={index}
                condition={node}
                place={placeName(root, childPath)}
                domId={`condition-${childPath.join('-')}`}
                catalogue={catalogue}
                onChange={(condition) => onReplace(childPath, condition)}
                onRemove={() => onRemove(childPath)}
              />
            );
          })}
        </ul>
      )}
      <div className="row">
        <button type="button" onClick={() => onAdd(path, newCondition)}>
          Add condition{isTop ? '' : ` to ${name.toLowerCase()}`}
        </button>
        <button type="button" onClick={() => onAdd(path, { combinator: group.combinator === 'all' ? 'any' : 'all', conditions: [newCondition] })}>
          Add group{isTop ? '' : ` to ${name.toLowerCase()}`}
        </button>
        {isTop ? null : (
          <button type="button" className="danger" onClick={() => onRemove(path)}>
            Remove {name.toLowerCase()}
          </button>
        )}
      </div>
    </fieldset>
  );
}
