import { useState } from 'react';

interface RejectBoxProps {
  idPrefix: string;
  busy: boolean;
  onReject(reason: string): void;
  onCancel(): void;
}

/** The reason for a rejection, required: the author needs to know what to change. Enter rejects, Escape closes. */
export function RejectBox({ idPrefix, busy, onReject, onCancel }: RejectBoxProps) {
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const missing = reason.trim() === '';
  const errorId = `${idPrefix}-reject-error`;
  return (
    <form
      className="reject-box"
      aria-label="Reject this email"
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (!missing) onReject(reason.trim());
      }}
    >
      <label htmlFor={`${idPrefix}-reject-reason`}>Why reject it? The author sees this.</label>
      <input
        id={`${idPrefix}-reject-reason`}
        autoFocus
        value={reason}
        maxLength={1000}
        aria-invalid={tried && missing ? true : undefined}
        aria-describedby={tried && missing ? errorId : undefined}
        placeholder="e.g. Too pushy for a COLD lead; offer the case study instead"
        onChange={(event) => setReason(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onCancel();
          }
        }}
      />
      {tried && missing ? (
        <p className="field-error" role="alert" id={errorId}>
          Give a reason for the rejection.
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="danger" disabled={busy}>
          Reject
        </button>
        <button type="button" onClick={onCancel}>
          Keep it
        </button>
      </div>
    </form>
  );
}
