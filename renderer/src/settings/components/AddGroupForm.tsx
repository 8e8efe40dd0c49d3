import { useId, useState, type FormEvent } from 'react';
import { groupSettings, newGroupId, type GroupSettings } from '../../../../core/settings/groupSettings';
import { FieldError } from '../../ui/FieldError';

interface AddGroupFormProps {
  settings: GroupSettings;
  onAdd(next: GroupSettings): void;
}

/** A new own group: name, description and whether its leads are never emailed. */
export function AddGroupForm({ settings, onAdd }: AddGroupFormProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [suppressesEmail, setSuppressesEmail] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') {
      setError('give the group a name');
      return;
    }
    const group = { id: newGroupId(trimmed, settings.custom.map((g) => g.id)), name: trimmed, description: description.trim(), suppressesEmail };
    const next: GroupSettings = { ...settings, custom: [...settings.custom, group] };
    const parsed = groupSettings.safeParse(next);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'this group cannot be added');
      return;
    }
    onAdd(next);
    setName('');
    setDescription('');
    setSuppressesEmail(false);
    setError(null);
  };

  return (
    <form className="add-group-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Add a group</h3>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>New group name</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={60}
            aria-invalid={error !== null}
            aria-describedby={error !== null ? `${id}-error` : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
          />
          <FieldError message={error} id={`${id}-error`} />
        </div>
        <div className="field field-wide">
          <label htmlFor={`${id}-description`}>New group description</label>
          <input id={`${id}-description`} value={description} maxLength={500} onChange={(e) => setDescription(e.target.value)} />
        </div>
      </div>
      <label className="check">
        <input type="checkbox" checked={suppressesEmail} onChange={(e) => setSuppressesEmail(e.target.checked)} />
        Never email leads in this group
      </label>
      <div className="row">
        <button type="submit">Add group</button>
      </div>
    </form>
  );
}
