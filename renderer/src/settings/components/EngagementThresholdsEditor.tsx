import type { EngagementSettings } from '../../../../core/engagement/engagementSettings';
import { firstProblem } from '../utils/engagementEdits';
import type { SettingsProblems } from '../utils/settingsProblems';
import { validateAtLeast, validateWholeNumber } from '../utils/validateNumbers';
import { NumberInput } from './NumberInput';

interface EngagementThresholdsEditorProps {
  value: EngagementSettings;
  problems: SettingsProblems;
  onChange(change: (current: EngagementSettings) => EngagementSettings): void;
}

// The schema's limits: days 0–3650, email counts whole 1–100, "multiple" replies from 2.
const validateDays = (text: string) => validateAtLeast(text, 0, 3650);
const validateEmails = (text: string) => validateWholeNumber(text, 1, 100);

/** Seed 000's thresholds that decide a lead's level: silences, unresponsive, signal windows, counts. */
export function EngagementThresholdsEditor({ value, problems, onChange }: EngagementThresholdsEditorProps) {
  return (
    <>
      <h3>Silence</h3>
      <p className="muted">Without any response, a HOT lead cools to WARM and a passive one turns COLD after the short silence; after the long one even a WARM lead is COLD.</p>
      <div className="settings-fields">
        <NumberInput
          label="Short silence (days)"
          value={value.silence.shortDays}
          validate={validateDays}
          problem={firstProblem(problems, 'silence.shortDays', 'silence')}
          onCommit={(shortDays) => onChange((s) => ({ ...s, silence: { ...s.silence, shortDays } }))}
        />
        <NumberInput
          label="Long silence (days)"
          value={value.silence.longDays}
          validate={validateDays}
          problem={firstProblem(problems, 'silence.longDays')}
          onCommit={(longDays) => onChange((s) => ({ ...s, silence: { ...s.silence, longDays } }))}
        />
      </div>
      <h3>Unresponsive</h3>
      <p className="muted">A lead is UNRESPONSIVE when this many emails went out over this many days with no open, click or reply since.</p>
      <div className="settings-fields">
        <NumberInput
          label="Emails sent (emails)"
          value={value.unresponsive.minEmails}
          validate={validateEmails}
          problem={firstProblem(problems, 'unresponsive.minEmails')}
          onCommit={(minEmails) => onChange((s) => ({ ...s, unresponsive: { ...s.unresponsive, minEmails } }))}
        />
        <NumberInput
          label="Sent over (days)"
          value={value.unresponsive.overDays}
          validate={validateDays}
          problem={firstProblem(problems, 'unresponsive.overDays')}
          onCommit={(overDays) => onChange((s) => ({ ...s, unresponsive: { ...s.unresponsive, overDays } }))}
        />
      </div>
      <h3>Signals</h3>
      <p className="muted">How long a signal counts: a quote, sample or meeting request keeps a lead HOT, a reply or a click keeps it WARM.</p>
      <div className="settings-fields">
        <NumberInput
          label="Strong signal keeps a lead HOT for (days)"
          value={value.signalWindows.strongDays}
          validate={validateDays}
          problem={firstProblem(problems, 'signalWindows.strongDays')}
          onCommit={(strongDays) => onChange((s) => ({ ...s, signalWindows: { ...s.signalWindows, strongDays } }))}
        />
        <NumberInput
          label="Other signals keep a lead WARM for (days)"
          value={value.signalWindows.engagedDays}
          validate={validateDays}
          problem={firstProblem(problems, 'signalWindows.engagedDays')}
          onCommit={(engagedDays) => onChange((s) => ({ ...s, signalWindows: { ...s.signalWindows, engagedDays } }))}
        />
        <NumberInput
          label="Multiple replies: at least (emails)"
          value={value.multipleReplies}
          validate={(t) => validateWholeNumber(t, 2, 100)}
          problem={firstProblem(problems, 'multipleReplies')}
          onCommit={(multipleReplies) => onChange((s) => ({ ...s, multipleReplies }))}
        />
        <NumberInput
          label="Consistent opens: different emails opened (emails)"
          value={value.consistentOpens}
          validate={validateEmails}
          problem={firstProblem(problems, 'consistentOpens')}
          onCommit={(consistentOpens) => onChange((s) => ({ ...s, consistentOpens }))}
        />
        <NumberInput
          label="First contact within (days)"
          value={value.firstContactDays}
          validate={validateDays}
          problem={firstProblem(problems, 'firstContactDays')}
          onCommit={(firstContactDays) => onChange((s) => ({ ...s, firstContactDays }))}
        />
      </div>
    </>
  );
}
