import { useState } from 'react';
import type { SettingsDraft } from '../hooks/useSettingsDraft';

interface SaveBarProps<T> {
  draft: SettingsDraft<T>;
  /** "scoring criteria", "groups" … for the button and confirmation wording. */
  what: string;
  /** Extra check before saving (e.g. leads still in a removed group); a message blocks the save. */
  check?: () => Promise<string | null>;
  /** Extra check before restoring the defaults; a message blocks it. */
  restoreCheck?: () => Promise<string | null>;
}

/** Save / Discard changes with a dirty indicator, and Restore defaults behind a confirmation. */
export function SaveBar<T>({ draft, what, check, restoreCheck }: SaveBarProps<T>) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="settings-save-bar" role="group" aria-label={`Save ${what}`}>
      <span className={draft.dirty ? 'dirty-indicator is-dirty' : 'dirty-indicator'} aria-live="polite">
        {draft.dirty ? 'Unsaved changes' : 'All changes saved'}
      </span>
      <button type="button" className="primary" disabled={!draft.dirty || draft.saving} onClick={() => void draft.save(check)}>
        Save {what}
      </button>
      <button type="button" disabled={!draft.dirty || draft.saving} onClick={draft.discard}>
        Discard changes
      </button>
      <span className="toolbar-spacer" />
      {confirming ? (
        <span className="row" role="group" aria-label="Confirm restoring defaults">
          <span>Replace your {what} with the defaults?</span>
          <button
            type="button"
            className="danger"
            autoFocus
            onClick={() => {
              setConfirming(false);
              void draft.restoreDefaults(restoreCheck);
            }}
          >
            Yes, restore defaults
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      ) : (
        <button type="button" disabled={draft.saving} onClick={() => setConfirming(true)}>
          Restore defaults…
        </button>
      )}
      {draft.error !== null ? (
        <p className="field-error settings-save-error" role="alert">
          {draft.error}
        </p>
      ) : null}
    </div>
  );
}
