import { useId } from 'react';
import type { SecretChange } from '../utils/secretChange';

interface SecretFieldProps {
  /** "SMTP password", "API key". */
  label: string;
  /** Whether the host holds one now. */
  saved: boolean;
  /** Where the host keeps it, in words ("the system keychain"). */
  storage: string;
  change: SecretChange;
  onChange(change: SecretChange): void;
}

/**
 * A write-only secret: the host says whether one is saved and where, never what it is. A new value
 * is typed here and sent once on Save; it is never shown again or kept in the page's storage.
 */
export function SecretField({ label, saved, storage, change, onChange }: SecretFieldProps) {
  const id = useId();
  const testId = `${label.toLowerCase().replace(/\s+/g, '-')}-status`;
  const typing = change.mode === 'set' || !saved;
  return (
    <div className="field field-wide secret-field">
      {typing ? <label htmlFor={`${id}-input`}>{saved ? `New ${label}` : label}</label> : <span>{label}</span>}
      {saved && change.mode === 'keep' ? (
        <div className="row">
          <span data-testid={testId}>
            Saved in {storage}. It is never shown again.
          </span>
          <button type="button" onClick={() => onChange({ mode: 'set', value: '' })}>
            Change {label}
          </button>
          <button type="button" className="danger" onClick={() => onChange({ mode: 'remove' })}>
            Remove {label}
          </button>
        </div>
      ) : null}
      {saved && change.mode === 'remove' ? (
        <div className="row">
          <span role="status">The {label} will be removed from {storage} when you save.</span>
          <button type="button" onClick={() => onChange({ mode: 'keep' })}>
            Keep {label}
          </button>
        </div>
      ) : null}
      {typing ? (
        <div className="row">
          <input
            id={`${id}-input`}
            type="password"
            autoComplete="new-password"
            autoFocus={saved}
            spellCheck={false}
            value={change.mode === 'set' ? change.value : ''}
            onChange={(e) => onChange({ mode: 'set', value: e.target.value })}
          />
          {saved ? (
            <button type="button" onClick={() => onChange({ mode: 'keep' })}>
              Keep the saved {label}
            </button>
          ) : null}
        </div>
      ) : null}
      <span className="muted small">
        {saved ? `Typing a new ${label} replaces the saved one when you save.` : `Kept only in ${storage}, never in the lead database or this page.`}
      </span>
    </div>
  );
}
