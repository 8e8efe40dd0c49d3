import { useId, useRef, useState } from 'react';
import type { Result } from '../../../../core/model/result';
import { FieldError } from '../../ui/FieldError';

interface InlineFieldProps {
  label: string;
  /** What the field shows when not editing. */
  display: string;
  /** What the editor starts with. */
  value: string;
  type?: 'text' | 'email' | 'tel' | 'url';
  /** Typed text → clean value, or a message the user can act on. */
  validate(raw: string): Result<string>;
  onSave(clean: string): Promise<void>;
}

/**
 * A field shown as text; click or Enter edits it, Enter or leaving the field saves, Escape
 * cancels. Invalid input stays in the editor with the reason beside it.
 */
export function InlineField({ label, display, value, type = 'text', validate, onSave }: InlineFieldProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState('');
  const id = useId();
  const errorId = `${id}-error`;
  // Set when Enter or Escape ended the edit, so the blur of the unmounting input is ignored.
  const settled = useRef(false);

  function startEditing() {
    settled.current = false;
    setEditing(value);
  }

  async function commit(raw: string) {
    if (settled.current) return;
    const result = validate(raw);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    settled.current = true;
    setError('');
    setEditing(null);
    if (result.value !== value) {
      try {
        await onSave(result.value);
      } catch (saveError) {
        settled.current = false;
        setEditing(raw);
        setError(saveError instanceof Error ? saveError.message : String(saveError));
      }
    }
  }

  return (
    <div className="inline-field">
      <dt id={`${id}-label`}>{label}</dt>
      <dd>
        {editing === null ? (
          <button type="button" className="inline-value" onClick={startEditing}>
            <span className="visually-hidden">Edit {label}: </span>
            {display || <span className="muted">Add {label.toLowerCase()}</span>}
          </button>
        ) : (
          <>
            <input
              autoFocus
              type={type}
              aria-label={label}
              value={editing}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(event) => {
                setEditing(event.target.value);
                setError('');
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  void commit(editing);
                } else if (event.key === 'Escape') {
                  event.preventDefault();
                  event.stopPropagation();
                  settled.current = true;
                  setEditing(null);
                  setError('');
                }
              }}
              onBlur={() => void commit(editing)}
            />
            <FieldError message={error || null} id={errorId} />
          </>
        )}
      </dd>
    </div>
  );
}
