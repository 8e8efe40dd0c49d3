import type { LeadEvent } from '../../../../core/model/event';
import { activityInLastDays } from '../../../../core/settings/activityFigure';
import type { ReferenceLabels } from '../../reference/referenceLabels';

interface StageFieldProps {
  stage: string;
  stages: ReferenceLabels['stages'];
  stageLabel: ReferenceLabels['stageLabel'];
  events: readonly LeadEvent[];
  now: number;
  onChange: (stage: string) => void;
}

/** Customer stage (seed 004): set by hand here, with the 30-day activity figure beside it. */
export function StageField({ stage, stages, stageLabel, events, now, onChange }: StageFieldProps) {
  const activity = activityInLastDays(events, now, 30);
  return (
    <div className="inline-field">
      <dt>
        <label htmlFor="lead-stage">Stage</label>
      </dt>
      <dd>
        <div className="ld-stage">
          <select id="lead-stage" value={stage} aria-describedby="lead-stage-help" onChange={(event) => onChange(event.target.value)}>
            {stages.some((s) => s.id === stage) ? null : <option value={stage}>{stageLabel(stage)}</option>}
            {stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <span className="ld-activity" data-testid="activity-30-days">
            {activity} {activity === 1 ? 'activity' : 'activities'} in the last 30 days
          </span>
        </div>
        <p id="lead-stage-help" className="muted ld-help">
          Logged activities move the stage forward on their own, never back; you can set any stage here.
        </p>
      </dd>
    </div>
  );
}
