import { SelectField } from '../components/SelectField';
import { leadEventTypes, type LeadEventType } from '../../../../core/model/event';
import type { RuleTrigger } from '../../../../core/model/rule';
import { timeUntouchedEventTypes } from '../../../../core/rules/criteriaCatalogue';
import type { RuleCatalogueContext } from '../../../../core/rules/ruleTypes';
import { eventLabels } from '../../settings/utils/eventLabels';
import { DurationInput } from './DurationInput';
import { ListField } from './ValueInput';

interface TriggerStepProps {
  trigger: RuleTrigger;
  catalogue: RuleCatalogueContext;
  onChange(trigger: RuleTrigger): void;
}

type TriggerKind = RuleTrigger['kind'];

const kinds: { kind: TriggerKind; label: string; help: string }[] = [
  { kind: 'event', label: 'Something happens', help: 'A quote request, form submission, email open, chat, download, questionnaire answered…' },
  { kind: 'status_changed', label: 'Group or stage changes', help: 'The lead moves from one group or customer stage to another.' },
  { kind: 'lead_changed', label: 'A lead is added or edited', help: 'Any change, or only changes to the fields you name.' },
  { kind: 'time_since', label: 'Time passes', help: 'Time since a lead was last touched, since it arrived, or since an event.' },
  { kind: 'schedule', label: 'On a schedule', help: 'Every hour, day, week (e.g. every Tuesday 10:00) or month.' },
  { kind: 'manual', label: 'Only when I run it', help: 'The rule acts when you press Run now.' },
];

/** Events a seller would wake a rule on: the buyer's and the workflow's, not bookkeeping. */
const wakingEvents = leadEventTypes.filter((type) => !['lead_deleted', 'lead_restored', 'rule_fired', 'lead_updated'].includes(type));

const weekDays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const hour = 3_600_000;

function startOf(kind: TriggerKind): RuleTrigger {
  switch (kind) {
    case 'event':
      return { kind, eventTypes: ['quote_request'] };
    case 'status_changed':
      return { kind, field: 'group', from: null, to: null };
    case 'lead_changed':
      return { kind, fields: [] };
    case 'time_since':
      return { kind, field: 'untouched', afterMs: 24 * hour };
    case 'schedule':
      return { kind, frequency: 'weekly', dayOfWeek: 2, minuteOfDay: 600 };
    case 'manual':
      return { kind };
  }
}

const timeFields: { value: string; label: string }[] = [
  { value: 'untouched', label: 'the lead was last touched (time untouched)' },
  { value: 'createdAt', label: 'the lead arrived' },
  { value: 'lastActivityAt', label: 'the last activity' },
  { value: 'updatedAt', label: 'the lead was last edited' },
  ...timeUntouchedEventTypes.map((type: LeadEventType) => ({ value: `event:${type}`, label: `the last ${eventLabels[type].toLowerCase()}` })),
];

const toTime = (minuteOfDay: number | null): string => {
  const minutes = minuteOfDay ?? 0;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

/** A group or stage to move from or to; "any" is null. */
function StatusSelect({ label, value, choices, onChange }: { label: string; value: string | null; choices: readonly { id: string; name: string }[]; onChange(value: string | null): void }) {
  return (
    <SelectField label={label} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
      <option value="">any</option>
      {choices.map((choice) => (
        <option key={choice.id} value={choice.id}>
          {choice.name}
        </option>
      ))}
    </SelectField>
  );
}

/** Step 1: what wakes the rule. */
export function TriggerStep({ trigger, catalogue, onChange }: TriggerStepProps) {
  const statusChoices = trigger.kind === 'status_changed' ? (trigger.field === 'group' ? catalogue.groups : catalogue.stages) : [];
  return (
    <div className="builder-step-body">
      <fieldset className="choice-list">
        <legend>When should the rule look at a lead?</legend>
        {kinds.map((k) => (
          <label key={k.kind} className="choice">
            <input type="radio" name="trigger-kind" value={k.kind} checked={trigger.kind === k.kind} onChange={() => onChange(startOf(k.kind))} />
            <span>
              <strong>{k.label}</strong>
              <span className="muted small"> — {k.help}</span>
            </span>
          </label>
        ))}
      </fieldset>

      {trigger.kind === 'event' ? (
        <fieldset className="event-choices">
          <legend>Which events?</legend>
          {wakingEvents.map((type) => (
            <label key={type} className="check">
              <input
                type="checkbox"
                checked={trigger.eventTypes.includes(type)}
                onChange={(event) =>
                  onChange({ ...trigger, eventTypes: event.target.checked ? [...trigger.eventTypes, type] : trigger.eventTypes.filter((t) => t !== type) })
                }
              />
              {eventLabels[type]}
            </label>
          ))}
        </fieldset>
      ) : null}

      {trigger.kind === 'status_changed' ? (
        <div className="row builder-fields">
          <SelectField label="What changes" value={trigger.field} onChange={(event) => onChange({ ...trigger, field: event.target.value === 'stage' ? 'stage' : 'group', from: null, to: null })}>
              <option value="group">Group</option>
              <option value="stage">Customer stage</option>
            </SelectField>
          <StatusSelect label="From" value={trigger.from} choices={statusChoices} onChange={(from) => onChange({ ...trigger, from })} />
          <StatusSelect label="To" value={trigger.to} choices={statusChoices} onChange={(to) => onChange({ ...trigger, to })} />
        </div>
      ) : null}

      {trigger.kind === 'lead_changed' ? (
        <label className="builder-wide">
          Only when these fields change (comma-separated; empty means any change)
          <ListField label="Only when these fields change" value={trigger.fields} placeholder="e.g. group, qualification.budget" onChange={(fields) => onChange({ ...trigger, fields })} />
        </label>
      ) : null}

      {trigger.kind === 'time_since' ? (
        <div className="row builder-fields">
          <DurationInput label="After" ms={trigger.afterMs} onChange={(afterMs) => onChange({ ...trigger, afterMs })} />
          <SelectField label="since" value={trigger.field} onChange={(event) => onChange({ ...trigger, field: event.target.value })}>
              {timeFields.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </SelectField>
        </div>
      ) : null}

      {trigger.kind === 'schedule' ? (
        <div className="row builder-fields">
          <SelectField label="How often"
              value={trigger.frequency}
              onChange={(event) => {
                const frequency = event.target.value as typeof trigger.frequency;
                onChange({ ...trigger, frequency, dayOfWeek: frequency === 'weekly' ? (trigger.dayOfWeek ?? 1) : null });
              }}
            >
              <option value="hourly">Every hour</option>
              <option value="daily">Every day</option>
              <option value="weekly">Every week</option>
              <option value="monthly">Every month</option>
            </SelectField>
          {trigger.frequency === 'weekly' ? (
            <SelectField label="Day" value={trigger.dayOfWeek ?? 1} onChange={(event) => onChange({ ...trigger, dayOfWeek: Number(event.target.value) })}>
                {weekDays.map((day, index) => (
                  <option key={day} value={index}>
                    {day}
                  </option>
                ))}
              </SelectField>
          ) : null}
          {trigger.frequency !== 'hourly' ? (
            <label>
              At
              <input
                type="time"
                value={toTime(trigger.minuteOfDay)}
                onChange={(event) => {
                  const [h, m] = event.target.value.split(':').map(Number);
                  if (h === undefined || m === undefined || Number.isNaN(h) || Number.isNaN(m)) return;
                  onChange({ ...trigger, minuteOfDay: h * 60 + m });
                }}
              />
            </label>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
