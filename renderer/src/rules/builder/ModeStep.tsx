import { SelectField } from '../components/SelectField';
import { leadEventTypes, type LeadEventType } from '../../../../core/model/event';
import type { RuleExecutionMode } from '../../../../core/model/rule';
import { eventLabels } from '../../settings/utils/eventLabels';
import type { BuilderDraft } from '../utils/builderDraft';
import { parseNumber } from '../utils/conditionValue';
import { DurationInput } from './DurationInput';

interface ModeStepProps {
  draft: BuilderDraft;
  onChange(patch: Partial<BuilderDraft>): void;
}

const day = 86_400_000;

function modeOf(kind: RuleExecutionMode['kind'], current: RuleExecutionMode): RuleExecutionMode {
  const everyMs = current.kind === 'one_time' ? 3 * day : current.everyMs;
  if (kind === 'one_time') return { kind };
  if (kind === 'periodic') return { kind, everyMs };
  return { kind, everyMs, forMs: current.kind === 'in_cycle' ? current.forMs : 14 * day };
}

/** The sunset date as the date input shows it (local day), and back (end of that local day). */
const toDateInput = (ms: number | null): string => {
  if (ms === null) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const fromDateInput = (text: string): number | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59).getTime();
};

/** Step 4: how often it may act on a lead, in which order against other rules, and when it stops. */
export function ModeStep({ draft, onChange }: ModeStepProps) {
  const mode = draft.executionMode;
  return (
    <div className="builder-step-body">
      <fieldset className="choice-list">
        <legend>How often may it act on the same lead?</legend>
        <label className="choice">
          <input type="radio" name="mode" checked={mode.kind === 'one_time'} onChange={() => onChange({ executionMode: modeOf('one_time', mode) })} />
          <span>
            <strong>One time</strong> <span className="muted small">— at most once per lead, as soon as it meets the criteria</span>
          </span>
        </label>
        <label className="choice">
          <input type="radio" name="mode" checked={mode.kind === 'periodic'} onChange={() => onChange({ executionMode: modeOf('periodic', mode) })} />
          <span>
            <strong>Periodic</strong> <span className="muted small">— again and again, while the lead still meets the criteria</span>
          </span>
        </label>
        <label className="choice">
          <input type="radio" name="mode" checked={mode.kind === 'in_cycle'} onChange={() => onChange({ executionMode: modeOf('in_cycle', mode) })} />
          <span>
            <strong>In cycle</strong> <span className="muted small">— repeats for a while, then stops (e.g. a nurture email every 3 days for 2 weeks)</span>
          </span>
        </label>
      </fieldset>
      {mode.kind !== 'one_time' ? (
        <div className="row builder-fields">
          <DurationInput key={`every-${mode.kind}`} label="Every" ms={mode.everyMs} onChange={(everyMs) => onChange({ executionMode: { ...mode, everyMs } })} />
          {mode.kind === 'in_cycle' ? <DurationInput label="For" ms={mode.forMs} onChange={(forMs) => onChange({ executionMode: { ...mode, forMs } })} /> : null}
        </div>
      ) : null}

      <div className="row builder-fields">
        <SelectField label="Priority" value={draft.priority} onChange={(event) => onChange({ priority: Number(event.target.value) })} aria-describedby="priority-help">
            {Array.from({ length: 10 }, (_, i) => i + 1).map((p) => (
              <option key={p} value={p}>
                {p}
                {p === 1 ? ' (runs first)' : p === 10 ? ' (runs last)' : ''}
              </option>
            ))}
          </SelectField>
        <p id="priority-help" className="muted small">
          Rules run in priority order: 1 first. Two rules with the same priority run by name.
        </p>
      </div>
      <label className="check">
        <input type="checkbox" checked={draft.blocking} aria-describedby="blocking-help" onChange={(event) => onChange({ blocking: event.target.checked })} />
        Blocking
      </label>
      <p id="blocking-help" className="muted small">
        When a lead meets this rule’s criteria, rules with a lower priority (a higher number) are not run for that lead. Use it for leads that must be left alone,
        e.g. spam or blocked buyers.
      </p>

      <fieldset className="sunset-fields">
        <legend>Sunset: stop the rule (all optional)</legend>
        <div className="row builder-fields">
          <label>
            On date
            <input type="date" value={toDateInput(draft.sunset.expiresAt)} onChange={(event) => onChange({ sunset: { ...draft.sunset, expiresAt: fromDateInput(event.target.value) } })} />
          </label>
          <label>
            After this many runs
            <input
              type="number"
              min={1}
              step={1}
              value={draft.sunset.afterRuns ?? ''}
              onChange={(event) => {
                const value = parseNumber(event.target.value);
                onChange({ sunset: { ...draft.sunset, afterRuns: value === null ? null : Math.round(value) } });
              }}
            />
          </label>
          <SelectField label="For a lead, after"
              value={draft.sunset.afterEvent ?? ''}
              onChange={(event) => onChange({ sunset: { ...draft.sunset, afterEvent: event.target.value === '' ? null : (event.target.value as LeadEventType) } })}
            >
              <option value="">no event</option>
              {leadEventTypes
                .filter((type) => type !== 'rule_fired' && type !== 'lead_deleted' && type !== 'lead_restored')
                .map((type) => (
                  <option key={type} value={type}>
                    {eventLabels[type]}
                  </option>
                ))}
            </SelectField>
        </div>
      </fieldset>
    </div>
  );
}
