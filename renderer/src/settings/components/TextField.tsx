import { useId, type ReactNode } from 'react';
import { FieldError } from '../../ui/FieldError';

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** A problem with this field, shown beneath it and announced. */
  problem?: string | undefined;
  /** A short help line beneath the field. */
  hint?: ReactNode;
  type?: 'text' | 'email' | 'url' | 'password';
  inputMode?: 'text' | 'numeric' | 'email' | 'url';
  placeholder?: string;
  autoComplete?: string;
  maxLength?: number;
  wide?: boolean;
  required?: boolean;
}

/** A labelled one-line input with its help text and problem tied to it for screen readers. */
export function TextField({ label, value, onChange, problem, hint, type = 'text', inputMode, placeholder, autoComplete, maxLength, wide = false, required = false }: TextFieldProps) {
  const id = useId();
  const describedBy = [hint !== undefined ? `${id}-hint` : null, problem !== undefined ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        inputMode={inputMode}
        value={value}
        placeholder={placeholder}
        autoComplete={autoComplete ?? 'off'}
        spellCheck={false}
        maxLength={maxLength}
        required={required}
        aria-invalid={problem !== undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint !== undefined ? (
        <span id={`${id}-hint`} className="muted small">
          {hint}
        </span>
      ) : null}
      <FieldError message={problem} id={`${id}-error`} />
    </div>
  );
}
