import type { RuleProblem } from '../../../../core/rules/ruleTypes';
import type { BuilderDraft } from '../utils/builderDraft';
import { builderSteps, stepOfProblem, type BuilderStepId } from '../utils/builderSteps';

interface SaveStepProps {
  draft: BuilderDraft;
  problems: readonly RuleProblem[];
  validating: boolean;
  busy: boolean;
  error: string | null;
  onChange(patch: Partial<BuilderDraft>): void;
  onSave(enabled: boolean): void;
  onGoTo(step: BuilderStepId): void;
}

/** Step 6: name it, then save it off, or save and turn it on (only when it validates). */
export function SaveStep({ draft, problems, validating, busy, error, onChange, onSave, onGoTo }: SaveStepProps) {
  const nameProblem = problems.find((p) => p.part === 'name');
  const elsewhere = problems.filter((p) => p.part !== 'name');
  const canActivate = problems.length === 0 && !validating && !busy;
  return (
    <div className="builder-step-body">
      <label className="builder-wide">
        Rule name
        <input
          value={draft.name}
          maxLength={120}
          aria-invalid={nameProblem !== undefined}
          aria-describedby={nameProblem ? 'rule-name-problem' : undefined}
          onChange={(event) => onChange({ name: event.target.value })}
        />
      </label>
      {nameProblem ? (
        <p className="field-error" id="rule-name-problem">
          {nameProblem.message}
        </p>
      ) : null}
      <label className="builder-wide">
        Description (optional)
        <textarea rows={2} maxLength={2000} value={draft.description} onChange={(event) => onChange({ description: event.target.value })} />
      </label>

      {elsewhere.length > 0 ? (
        <div className="step-problems" role="alert">
          <p>
            <strong>It cannot be turned on yet:</strong>
          </p>
          <ul>
            {elsewhere.map((problem, i) => {
              const step = stepOfProblem(problem.part);
              const label = builderSteps.find((s) => s.id === step)?.label ?? step;
              return (
                <li key={i}>
                  {problem.message}{' '}
                  <button type="button" className="button-link" onClick={() => onGoTo(step)}>
                    Go to {label}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}

      <div className="row">
        <button type="button" disabled={busy} onClick={() => onSave(false)}>
          {draft.id === null ? 'Save, off' : 'Save and turn off'}
        </button>
        <button type="button" className="primary" disabled={!canActivate} aria-describedby="activate-help" onClick={() => onSave(true)}>
          Save and turn on
        </button>
        <span id="activate-help" className="muted small">
          {validating ? 'Checking the rule…' : problems.length > 0 ? 'Fix the problems above to turn it on.' : 'It starts acting on leads as soon as it is on.'}
        </span>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          Not saved: {error}
        </p>
      ) : null}
    </div>
  );
}
