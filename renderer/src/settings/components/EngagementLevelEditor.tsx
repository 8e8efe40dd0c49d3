import type { EngagementLevel, EngagementSettings, FollowUpStep } from '../../../../core/engagement/engagementSettings';
import { firstProblem } from '../utils/engagementEdits';
import type { SettingsProblems } from '../utils/settingsProblems';
import { validateAtLeast, validateWholeNumber } from '../utils/validateNumbers';
import { FollowUpStepsTable } from './FollowUpStepsTable';
import { NumberInput } from './NumberInput';

/** Seed 000's one-line description of each level. */
const levelAbout: Record<EngagementLevel, string> = {
  HOT: 'Priority 1: replied to multiple emails, asked for a quote, a sample or a call.',
  WARM: 'Priority 2: opens consistently, clicks, replied at least once.',
  INTERESTED: 'Priority 3: opened at least one email, no reply yet.',
  COLD: 'Priority 4: no response after the short silence, little or no engagement.',
  UNRESPONSIVE: 'Priority 5: several emails with no opens, clicks or replies.',
};

interface EngagementLevelEditorProps {
  level: EngagementLevel;
  value: EngagementSettings;
  problems: SettingsProblems;
  onUrgency(patch: Partial<EngagementSettings['urgency'][EngagementLevel]>): void;
  onStep(index: number, patch: Partial<FollowUpStep>): void;
  onAddStep(): void;
  onRemoveStep(index: number): void;
}

const validateUrgency = (text: string) => validateWholeNumber(text, 0, 10);

/** One engagement level: its urgency range and its follow-up timing. */
export function EngagementLevelEditor({ level, value, problems, onUrgency, onStep, onAddStep, onRemoveStep }: EngagementLevelEditorProps) {
  const urgency = value.urgency[level];
  const headingId = `engagement-level-${level}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{level}</h2>
      <p className="muted">{levelAbout[level]}</p>
      <div className="settings-fields">
        <NumberInput
          label={`${level} lowest urgency (0–10)`}
          value={urgency.min}
          validate={validateUrgency}
          // The range's own check (lowest above highest) shows by the lowest.
          problem={firstProblem(problems, `urgency.${level}.min`, `urgency.${level}`)}
          onCommit={(min) => onUrgency({ min })}
        />
        <NumberInput
          label={`${level} highest urgency (0–10)`}
          value={urgency.max}
          validate={validateUrgency}
          problem={firstProblem(problems, `urgency.${level}.max`)}
          onCommit={(max) => onUrgency({ max })}
        />
        <NumberInput
          label={`${level} urgency falls to the lowest over (days)`}
          value={urgency.recencyDays}
          validate={(t) => validateAtLeast(t, 1, 3650)}
          problem={firstProblem(problems, `urgency.${level}.recencyDays`)}
          onCommit={(recencyDays) => onUrgency({ recencyDays })}
        />
      </div>
      <FollowUpStepsTable level={level} steps={value.followUp[level]} problems={problems} onChange={onStep} onAdd={onAddStep} onRemove={onRemoveStep} />
    </section>
  );
}
