import type { RuleConditionGroup } from '../../../../core/model/rule';
import type { RuleCatalogueContext } from '../../../../core/rules/ruleTypes';
import { addNode, removeNode, replaceNode, updateGroup } from '../utils/conditionTree';
import { ConditionGroupEditor } from './ConditionGroupEditor';

interface CriteriaStepProps {
  criteria: RuleConditionGroup;
  catalogue: RuleCatalogueContext;
  onChange(criteria: RuleConditionGroup): void;
}

/** Step 2: which leads the rule acts on, as nested AND/OR groups of conditions. */
export function CriteriaStep({ criteria, catalogue, onChange }: CriteriaStepProps) {
  return (
    <div className="builder-step-body">
      <ConditionGroupEditor
        root={criteria}
        group={criteria}
        path={[]}
        catalogue={catalogue}
        onChangeGroup={(path, change) => onChange(updateGroup(criteria, path, change))}
        onReplace={(path, node) => onChange(replaceNode(criteria, path, node))}
        onRemove={(path) => onChange(removeNode(criteria, path))}
        onAdd={(path, node) => onChange(addNode(criteria, path, node))}
      />
    </div>
  );
}
