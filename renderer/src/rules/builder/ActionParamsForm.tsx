import { SelectField } from '../components/SelectField';
import type { JsonObject, JsonValue } from '../../../../core/model/json';
import type { RuleCatalogueContext } from '../../../../core/rules/ruleTypes';
import { DurationInput } from './DurationInput';

interface ActionParamsFormProps {
  type: string;
  params: JsonObject;
  /** "Action 1" — prefixes every field's accessible name. */
  place: string;
  catalogue: RuleCatalogueContext;
  onChange(params: JsonObject): void;
}

const text = (value: JsonValue | undefined): string => (typeof value === 'string' ? value : '');

function Choice({ label, value, choices, blank, onChange }: { label: string; value: string; choices: readonly { id: string; name: string }[]; blank?: string; onChange(value: string): void }) {
  const known = value === '' || choices.some((c) => c.id === value);
  return (
    <SelectField label={label} value={value} onChange={(event) => onChange(event.target.value)}>
        {blank !== undefined ? <option value="">{blank}</option> : value === '' ? <option value="">Choose…</option> : null}
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
        {known ? null : <option value={value}>{value} (no longer exists)</option>}
      </SelectField>
  );
}

/** The settings of one action, by its type. Field names are prefixed with the action's place. */
export function ActionParamsForm({ type, params, place, catalogue, onChange }: ActionParamsFormProps) {
  const set = (key: string, value: JsonValue) => onChange({ ...params, [key]: value });
  const field = (name: string) => `${place}: ${name}`;
  switch (type) {
    case 'move_to_group':
      return <Choice label={field('group')} value={text(params.group)} choices={catalogue.groups} onChange={(v) => set('group', v)} />;
    case 'set_stage':
      return <Choice label={field('customer stage')} value={text(params.stage)} choices={catalogue.stages} onChange={(v) => set('stage', v)} />;
    case 'add_tag':
    case 'remove_tag':
      return (
        <label>
          {field('tag')}
          <input value={text(params.tag)} maxLength={60} onChange={(event) => set('tag', event.target.value)} />
        </label>
      );
    case 'create_reminder':
      return (
        <>
          <SelectField label={field('task kind')} value={text(params.kind) || 'call'} onChange={(event) => set('kind', event.target.value)}>
              <option value="call">Call</option>
              <option value="email">Email</option>
              <option value="meeting">Meeting</option>
              <option value="follow-up">Follow-up</option>
            </SelectField>
          <label>
            {field('task title')}
            <input value={text(params.title)} maxLength={200} placeholder="e.g. Call about the quotation" onChange={(event) => set('title', event.target.value)} />
          </label>
          <DurationInput
            label={field('due after')}
            ms={(typeof params.dueInMinutes === 'number' ? params.dueInMinutes : 0) * 60_000}
            units={['minutes', 'hours', 'days']}
            allowZero
            onChange={(ms) => set('dueInMinutes', Math.round(ms / 60_000))}
          />
          <Choice label={field('assignee')} value={text(params.assignee)} choices={catalogue.users} blank="The lead’s owner" onChange={(v) => set('assignee', v)} />
        </>
      );
    case 'send_email':
      return (
        <>
          {catalogue.emailTemplates.length === 0 ? (
            <p className="muted small">
              No email templates yet: <a href="#/settings/email-templates">add one in Settings</a>.
            </p>
          ) : null}
          <Choice label={field('email template')} value={text(params.templateId)} choices={catalogue.emailTemplates} onChange={(v) => set('templateId', v)} />
          <label className="check">
            <input type="checkbox" checked={params.useAi === true} onChange={(event) => set('useAi', event.target.checked)} />
            {field('personalise with AI')}
          </label>
          <p className="muted small">The email waits in the approval queue: a rule never sends by itself.</p>
        </>
      );
    case 'send_questionnaire':
      return <Choice label={field('questionnaire')} value={text(params.templateId)} choices={catalogue.questionnaireTemplates} blank="The default questionnaire" onChange={(v) => set('templateId', v)} />;
    case 'notify':
      return (
        <label className="builder-wide">
          {field('message')}
          <input value={text(params.message)} maxLength={500} placeholder="e.g. Hot lead: call now" onChange={(event) => set('message', event.target.value)} />
        </label>
      );
    case 'assign':
      return <Choice label={field('owner')} value={text(params.userId)} choices={catalogue.users} onChange={(v) => set('userId', v)} />;
    case 'set_priority':
      return (
        <SelectField label={field('priority')} value={text(params.priority) || 'high'} onChange={(event) => set('priority', event.target.value)}>
            <option value="high">High</option>
            <option value="medium">Medium</option>
            <option value="low">Low</option>
          </SelectField>
      );
    case 'adjust_score':
      return (
        <label>
          {field('points')}
          <input
            type="number"
            min={-50}
            max={50}
            step={1}
            value={typeof params.points === 'number' ? params.points : ''}
            onChange={(event) => set('points', event.target.value === '' ? 0 : Number(event.target.value))}
          />
        </label>
      );
    default:
      return <p className="muted">This app does not know the action “{type}”: remove it or choose another.</p>;
  }
}
