import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Result } from '../../../../core/model/result';

interface NumberInputProps {
  /** Accessible name; shown as a visible label unless `hideLabel`. */
  label: string;
  hideLabel?: boolean;
  value: number;
  validate(text: string): Result<number>;
  onCommit(value: number): void;
  /** A problem found by the whole-settings check (shown when the field itself is fine). */
  problem?: string | undefined;
  className?: string;
}

/**
 * A number edited in place: a valid entry applies as it is typed (so totals update live), Enter
 * confirms, Escape puts back the value the field had when it was entered. Problems show beside it.
 */
export function NumberInput({ label, hideLabel = false, value, validate, onCommit, problem, className }: NumberInputProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  const atFocus = useRef(value);

  // Follow outside changes (discard, restore defaults) unless the seller is typing here.
  useEffect(() => {
    if (!focused.current) {
      setText(String(value));
      setError(null);
    }
  }, [value]);

  const apply = (next: string): void => {
    setText(next);
    const result = validate(next);
    if (result.ok) {
      setError(null);
      if (result.value !== value) onCommit(result.value);
    } else {
      setError(result.error);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      apply(text);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setText(String(atFocus.current));
      setError(null);
      if (atFocus.current !== value) onCommit(atFocus.current);
    }
  };

  const shown = error ?? problem ?? null;
  return (
    <span className={`number-input ${className ?? ''}`}>
      {hideLabel ? null : <label htmlFor={id}>{label}</label>}
      <input
        id={id}
        type="text"
        inputMode="decimal"
        aria-label={hideLabel ? label : undefined}
        aria-invalid={shown !== null}
        aria-describedby={shown !== null ? `${id}-error` : undefined}
        value={text}
        onFocus={() => {
          focused.current = true;
          atFocus.current = value;
        }}
        onBlur={() => {
          focused.current = false;
          if (error === null) setText(String(value));
        }}
        onChange={(e) => apply(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {shown !== null ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {shown}
        </span>
      ) : null}
    </span>
  );
}
