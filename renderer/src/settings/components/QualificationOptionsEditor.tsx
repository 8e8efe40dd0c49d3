import { useId, useState, type FormEvent } from 'react';
import type { QualificationOption } from '../../../../core/reference/qualificationOptions';
import { moveItem, optionValueFromLabel } from '../utils/optionValue';
import { problemAt, type SettingsProblems } from '../utils/settingsProblems';
import { FieldError } from '../../ui/FieldError';

interface QualificationOptionsEditorProps {
  field: string;
  title: string;
  options: readonly QualificationOption[];
  problems: SettingsProblems;
  onChange(options: QualificationOption[]): void;
}

const ranks = Array.from({ length: 11 }, (_, i) => i);

/** One BANT-CHAMP field's options: label, rank or "not known", add, remove, reorder. */
export function QualificationOptionsEditor({ field, title, options, problems, onChange }: QualificationOptionsEditorProps) {
  const id = useId();
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const listProblem = problems.get(field);
  const set = (index: number, patch: Partial<QualificationOption>): void => onChange(options.map((o, i) => (i === index ? { ...o, ...patch } : o)));

  const add = (event: FormEvent): void => {
    event.preventDefault();
    const trimmed = label.trim();
    if (trimmed === '') return setError('give the option a label');
    if (options.some((o) => o.label.toLowerCase() === trimmed.toLowerCase())) return setError('each option label appears once');
    onChange([...options, { value: optionValueFromLabel(trimmed, options.map((o) => o.value)), label: trimmed, rank: null }]);
    setLabel('');
    setError(null);
  };

  return (
    <section className="card qualification-field" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <FieldError message={listProblem} />
      <table className="settings-table">
        <caption className="visually-hidden">{title} options, weakest signal has the lowest rank</caption>
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">Rank</th>
            <th scope="col">Stored as</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {options.map((o, i) => {
            const problem = problemAt(problems, `${field}.${i}`);
            return (
              <tr key={o.value}>
                <td>
                  <input aria-label={`${title} option ${i + 1} label`} value={o.label} maxLength={100} aria-invalid={problem !== undefined} onChange={(e) => set(i, { label: e.target.value })} />
                  {problem !== undefined ? <p className="field-error">{problem}</p> : null}
                </td>
                <td>
                  <select aria-label={`Rank of ${o.label || 'this option'}`} value={o.rank === null ? '' : String(o.rank)} onChange={(e) => set(i, { rank: e.target.value === '' ? null : Number(e.target.value) })}>
                    <option value="">Not known</option>
                    {ranks.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <code>{o.value}</code>
                </td>
                <td className="row">
                  <button type="button" aria-label={`Move ${o.label} up`} disabled={i === 0} onClick={() => onChange(moveItem(options, i, i - 1))}>
                    ↑
                  </button>
                  <button type="button" aria-label={`Move ${o.label} down`} disabled={i === options.length - 1} onClick={() => onChange(moveItem(options, i, i + 1))}>
                    ↓
                  </button>
                  <button type="button" className="danger" aria-label={`Remove ${o.label}`} disabled={options.length <= 1} onClick={() => onChange(options.filter((_, j) => j !== i))}>
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <form className="row" onSubmit={add}>
        <label htmlFor={`${id}-new`}>New {title.toLowerCase()} option</label>
        <input
          id={`${id}-new`}
          value={label}
          maxLength={100}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? `${id}-error` : undefined}
          onChange={(e) => {
            setLabel(e.target.value);
            setError(null);
          }}
        />
        <button type="submit">Add option</button>
        {error !== null ? (
          <span id={`${id}-error`} className="field-error" role="alert">
            {error}
          </span>
        ) : null}
      </form>
    </section>
  );
}
