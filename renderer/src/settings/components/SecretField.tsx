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
  const lower = label.toLowerCase();
  const typing = change.mode === 'set' || !saved;
  return (
    <div className="field field-wide secret-field" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`}>{label}</span>
      {saved && change.mode === 'keep' ? (
        <div className="row">
          <span data-testid={`${lower.replace(/\s+/g, '-')}-status`}>
            Saved in {storage}. It is never shown again.
          </span>
          <button type="button" onClick={() => onChange({ mode: 'set', value: '' })}>
            Change {lower}
          </button>
          <button type="button" className="danger" onClick={() => onChange({ mode: 'remove' })}>
            Remove {lower}
          </button>
        </div>
      ) : null}
      {saved && change.mode === 'remove' ? (
        <div className="row">
          <span role="status">The {lower} will be removed from {storage} when you save.</span>
          <button type="button" onClick={() => onChange({ mode: 'keep' })}>
            Keep {lower}
          </button>
        </div>
      ) : null}
      {typing ? (
        <div className="row">
          <input
            id={`${id}-input`}
            type="password"
            aria-label={saved ? `New ${lower}` : label}
            autoComplete="new-password"
            spellCheck={false}
            value={change.mode === 'set' ? change.value : ''}
            onChange={(e) => onChange({ mode: 'set', value: e.target.value })}
          />
          {saved ? (
            <button type="button" onClick={() => onChange({ mode: 'keep' })}>
              Keep the saved {lower}
            </button>
          ) : null}
        </div>
      ) : null}
      <span className="muted small">
        {saved ? `Typing a new ${lower} replaces the saved one when you save.` : `Kept only in ${storage}, never in the lead database or this page.`}
      </span>
    </div>
  );
}
