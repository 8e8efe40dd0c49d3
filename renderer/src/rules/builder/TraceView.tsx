import type { JsonValue } from '../../../../core/model/json';
import type { ConditionTrace, GroupTrace } from '../../../../core/rules/compileCriteria';
import type { CriterionValue } from '../../../../core/rules/criteriaCatalogue';
import { operatorLabels } from '../utils/operatorLabels';

const shown = (value: JsonValue | CriterionValue): string => {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return value.length === 0 ? 'empty' : value.join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
};

const isGroupTrace = (part: ConditionTrace | GroupTrace): part is GroupTrace => 'combinator' in part;

/** Which condition held for this lead, with the lead's value beside the expected one. */
export function TraceView({ trace }: { trace: GroupTrace }) {
  if (trace.parts.length === 0) return <p className="muted small">No conditions: every lead the trigger wakes.</p>;
  return (
    <ul className="trace">
      <li className="muted small">{trace.combinator === 'all' ? 'All of:' : 'Any of:'}</li>
      {trace.parts.map((part, i) =>
        isGroupTrace(part) ? (
          <li key={i}>
            <TraceView trace={part} />
          </li>
        ) : (
          <li key={i} className={part.held ? 'trace-held' : 'trace-failed'}>
            <span aria-hidden="true">{part.held ? '✓' : '✗'}</span>
            <span className="visually-hidden">{part.held ? 'held: ' : 'did not hold: '}</span> {part.label} {operatorLabels[part.operator]}
            {part.operator === 'is_empty' || part.operator === 'is_not_empty' ? '' : ` ${shown(part.expected)}`}
            <span className="muted"> — the lead has {shown(part.actual)}</span>
          </li>
        ),
      )}
    </ul>
  );
}
