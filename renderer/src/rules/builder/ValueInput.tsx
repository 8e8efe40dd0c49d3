import { useEffect, useRef, useState } from 'react';
import type { JsonValue } from '../../../../core/model/json';
import type { CriterionOption } from '../../../../core/rules/criteriaCatalogue';
import { parseList, parseNumber, type ValueKind } from '../utils/conditionValue';

interface ValueInputProps {
  kind: ValueKind;
  value: JsonValue;
  options: readonly CriterionOption[];
  /** "Condition 1: value" — the accessible name of the input(s). */
  label: string;
  unit?: string;
  describedBy?: string;
  onChange(value: JsonValue): void;
}

const sameValue = (a: JsonValue, b: CriterionOption['value']): boolean => a === b;

/** The value of one condition, with the input its data type and operator call for. */
export function ValueInput({ kind, value, options, label, unit, describedBy, onChange }: ValueInputProps) {
  switch (kind) {
    case 'none':
      return null;
    case 'yes_no':
      return (
        <select aria-label={label} aria-describedby={describedBy} value={value === false ? 'no' : 'yes'} onChange={(event) => onChange(event.target.value === 'yes')}>
          <option value="yes">yes</option>
          <option value="no">no</option>
        </select>
      );
    case 'number':
      return <NumberField label={label} value={typeof value === 'number' ? value : null} unit={unit} describedBy={describedBy} onChange={onChange} />;
    case 'range': {
      const [low, high] = Array.isArray(value) ? value : [];
      const pair = [typeof low === 'number' ? low : 0, typeof high === 'number' ? high : 0] as const;
      return (
        <span className="range-input" role="group" aria-label={label}>
          <NumberField label={`${label} from`} value={pair[0]} describedBy={describedBy} onChange={(v) => onChange([typeof v === 'number' ? v : 0, pair[1]])} />
          <span aria-hidden="true">and</span>
          <NumberField label={`${label} to`} value={pair[1]} unit={unit} describedBy={describedBy} onChange={(v) => onChange([pair[0], typeof v === 'number' ? v : 0])} />
        </span>
      );
    }
    case 'list':
      return <ListField label={label} value={Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []} describedBy={describedBy} onChange={onChange} />;
    case 'options': {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <select
          multiple
          aria-label={label}
          aria-describedby={describedBy}
          className="options-input"
          value={options.map((o, i) => (chosen.some((c) => sameValue(c, o.value)) ? String(i) : null)).filter((v): v is string => v !== null)}
          onChange={(event) => onChange([...event.target.selectedOptions].map((o) => options[Number(o.value)]?.value).filter((v): v is string | number | boolean => v !== undefined) as JsonValue[])}
        >
          {options.map((option, i) => (
            <option key={i} value={String(i)}>
              {option.label}
            </option>
          ))}
        </select>
      );
    }
    case 'option': {
      const index = options.findIndex((o) => sameValue(value, o.value));
      return (
        <select aria-label={label} aria-describedby={describedBy} value={index < 0 ? '' : String(index)} onChange={(event) => onChange(options[Number(event.target.value)]?.value ?? '')}>
          <option value="" disabled>
            Choose…
          </option>
          {options.map((option, i) => (
            <option key={i} value={String(i)}>
              {option.label}
            </option>
          ))}
        </select>
      );
    }
    case 'text':
      return <input aria-label={label} aria-describedby={describedBy} value={typeof value === 'string' ? value : ''} maxLength={500} onChange={(event) => onChange(event.target.value)} />;
  }
}

/**
 * The text of a field that shows a value the builder holds. Typing keeps the text as typed (an
 * unfinished "1." stays); a change of the value from elsewhere (a condition removed above this
 * one, a new criterion) replaces the text.
 */
function useFieldText(valueKey: string, format: () => string): [string, (text: string) => void] {
  const [text, setText] = useState(format);
  const ownEdit = useRef(false);
  const shown = useRef(valueKey);
  useEffect(() => {
    if (shown.current !== valueKey && !ownEdit.current) setText(format());
    shown.current = valueKey;
    ownEdit.current = false;
    // format follows valueKey
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [valueKey]);
  return [
    text,
    (next) => {
      ownEdit.current = true;
      setText(next);
    },
  ];
}

function NumberField({ label, value, unit, describedBy, onChange }: { label: string; value: number | null; unit?: string; describedBy?: string; onChange(value: JsonValue): void }) {
  const [text, setText] = useFieldText(String(value), () => (value === null ? '' : String(value)));
  const invalid = parseNumber(text) === null;
  return (
    <span className="number-field">
      <input
        type="text"
        inputMode="decimal"
        aria-label={label}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        value={text}
        size={8}
        onChange={(event) => {
          setText(event.target.value);
          const parsed = parseNumber(event.target.value);
          // An unreadable number is kept as text so validation names it instead of guessing.
          onChange(parsed ?? event.target.value);
        }}
      />
      {unit ? <span className="muted small">{unit}</span> : null}
    </span>
  );
}

/** A comma-separated list typed as text: commas and spaces stay as typed while the list follows. */
export function ListField({
  label,
  value,
  describedBy,
  placeholder = 'values, separated by commas',
  onChange,
}: {
  label: string;
  value: readonly string[];
  describedBy?: string;
  placeholder?: string;
  onChange(value: string[]): void;
}) {
  const [text, setText] = useFieldText(JSON.stringify(value), () => value.join(', '));
  return (
    <input
      aria-label={label}
      aria-describedby={describedBy}
      placeholder={placeholder}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseList(event.target.value));
      }}
    />
  );
}
