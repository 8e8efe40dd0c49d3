import { useId, useState } from 'react';
import { durationMs, durationUnits, splitDuration, type DurationUnit } from '../utils/durations';
import { parseNumber } from '../utils/conditionValue';

interface DurationInputProps {
  label: string;
  ms: number;
  onChange(ms: number): void;
  /** Units offered; minutes only where they make sense. */
  units?: readonly DurationUnit[];
  /** Whether 0 is a valid length ("due now"). */
  allowZero?: boolean;
}

/** A number and a unit (hours or days) for a length of time. */
export function DurationInput({ label, ms, onChange, units = ['hours', 'days'], allowZero = false }: DurationInputProps) {
  const id = useId();
  const initial = splitDuration(ms);
  const fits = (value: number | null): value is number => value !== null && (allowZero ? value >= 0 : value > 0);
  const [unit, setUnit] = useState<DurationUnit>(units.includes(initial.unit) ? initial.unit : (units[0] ?? 'hours'));
  const amount = ms / durationMs(1, unit);
  const [text, setText] = useState(String(Number.isInteger(amount) ? amount : Number(amount.toFixed(2))));
  const invalid = !fits(parseNumber(text));
  return (
    <span className="duration-input" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`}>{label}</span>
      <input
        type="number"
        min={allowZero ? 0 : 1}
        step="any"
        aria-label={`${label} (number)`}
        aria-invalid={invalid}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          const value = parseNumber(event.target.value);
          if (fits(value)) onChange(durationMs(value, unit));
        }}
      />
      <select
        aria-label={`${label} (unit)`}
        value={unit}
        onChange={(event) => {
          const next = event.target.value as DurationUnit;
          setUnit(next);
          const value = parseNumber(text);
          if (fits(value)) onChange(durationMs(value, next));
        }}
      >
        {durationUnits
          .filter((u) => units.includes(u.unit))
          .map((u) => (
            <option key={u.unit} value={u.unit}>
              {u.label}
            </option>
          ))}
      </select>
    </span>
  );
}
