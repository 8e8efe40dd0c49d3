import { followUpActions, type EngagementLevel, type FollowUpAction, type FollowUpStep } from '../../../../core/engagement/engagementSettings';
import { firstProblem, followUpActionLabels, maxFollowUpSteps } from '../utils/engagementEdits';
import type { SettingsProblems } from '../utils/settingsProblems';
import { validateAtLeast } from '../utils/validateNumbers';
import { NumberInput } from './NumberInput';
import { FieldError } from '../../ui/FieldError';

interface FollowUpStepsTableProps {
  level: EngagementLevel;
  steps: readonly FollowUpStep[];
  problems: SettingsProblems;
  onChange(index: number, patch: Partial<FollowUpStep>): void;
  onAdd(): void;
  onRemove(index: number): void;
}

const isAction = (value: string): value is FollowUpAction => (followUpActions as readonly string[]).includes(value);

/** One level's row of seed 000's "Automated Follow-up Timing": action, day and what to do, per step. */
export function FollowUpStepsTable({ level, steps, problems, onChange, onAdd, onRemove }: FollowUpStepsTableProps) {
  const tableProblem = problems.get(`followUp.${level}`);
  return (
    <>
      <table className="settings-table follow-up-table">
        <caption>Follow-up timing</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Action</th>
            <th scope="col">After (days)</th>
            <th scope="col">What to do</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step, i) => {
            const name = `${level} step ${i + 1}`;
            const labelProblem = step.label.trim() === '' ? 'write what to do' : firstProblem(problems, `followUp.${level}.${i}.label`);
            return (
              // Steps have no identity of their own: the position is what the seller edits.
              <tr key={i}>
                <td className="numeric">{i + 1}</td>
                <td>
                  <select aria-label={`${name} action`} value={step.action} onChange={(e) => isAction(e.target.value) && onChange(i, { action: e.target.value })}>
                    {followUpActions.map((a) => (
                      <option key={a} value={a}>
                        {followUpActionLabels[a]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <NumberInput
                    hideLabel
                    label={`${name} after (days)`}
                    value={step.afterDays}
                    validate={(t) => validateAtLeast(t, 0, 3650)}
                    problem={firstProblem(problems, `followUp.${level}.${i}.afterDays`)}
                    onCommit={(afterDays) => onChange(i, { afterDays })}
                  />
                </td>
                <td>
                  <span className="number-input follow-up-label">
                    <input
                      aria-label={`${name}: what to do`}
                      aria-invalid={labelProblem !== undefined}
                      value={step.label}
                      maxLength={200}
                      onChange={(e) => onChange(i, { label: e.target.value })}
                    />
                    {labelProblem !== undefined ? (
                      <span className="field-error" role="alert">
                        {labelProblem}
                      </span>
                    ) : null}
                  </span>
                </td>
                <td>
                  <button type="button" aria-label={`Remove ${name}`} onClick={() => onRemove(i)}>
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {steps.length === 0 ? <p className="muted">No follow-up steps for {level} leads.</p> : null}
      <FieldError message={tableProblem} />
      <div className="row">
        <button type="button" disabled={steps.length >= maxFollowUpSteps} onClick={onAdd}>
          Add a step to {level}
        </button>
        {steps.length >= maxFollowUpSteps ? <span className="muted">At most {maxFollowUpSteps} steps.</span> : null}
      </div>
    </>
  );
}
