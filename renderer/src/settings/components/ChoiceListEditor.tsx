import { useId, useState } from 'react';

export interface Choice {
  value: string;
  label: string;
}

interface ChoiceListEditorProps {
  legend: string;
  hint?: string;
  values: readonly string[];
  choices: readonly Choice[];
  /** Name of a chosen value (unknown values show as themselves). */
  labelOf(value: string): string;
  onChange(values: string[]): void;
  emptyText: string;
}

/** A list of chosen values (target regions, high-value sources, industries): remove or add one. */
export function ChoiceListEditor({ legend, hint, values, choices, labelOf, onChange, emptyText }: ChoiceListEditorProps) {
  const id = useId();
  const available = choices.filter((c) => !values.includes(c.value));
  const [pick, setPick] = useState('');
  const add = (): void => {
    const value = pick || available[0]?.value;
    if (value === undefined || values.includes(value)) return;
    onChange([...values, value]);
    setPick('');
  };
  return (
    <fieldset className="choice-list">
      <legend>{legend}</legend>
      {hint ? <p className="muted">{hint}</p> : null}
      {values.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul className="tag-list" aria-label={legend}>
          {values.map((value) => (
            <li key={value} className="chip">
              {labelOf(value)}
              <button type="button" className="chip-remove" aria-label={`Remove ${labelOf(value)} from ${legend}`} onClick={() => onChange(values.filter((v) => v !== value))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <label htmlFor={id}>Add to {legend.toLowerCase()}</label>
        <select id={id} value={pick} onChange={(e) => setPick(e.target.value)}>
          <option value="">Choose…</option>
          {available.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        <button type="button" disabled={pick === ''} onClick={add}>
          Add
        </button>
      </div>
    </fieldset>
  );
}
