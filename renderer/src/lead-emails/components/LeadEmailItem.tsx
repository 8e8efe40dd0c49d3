import { useState } from 'react';
import type { Email } from '../../../../core/model/email';
import { useBusyAction } from '../../ui/useBusyAction';
import { useLeadCenter } from '../../app/useLeadCenter';
import { actorText, kindText, lastReason, statusText } from '../../approvals/utils/emailWords';
import { formatDateTime } from '../../ui/formatDateTime';

interface LeadEmailItemProps {
  email: Email;
  onOpen(): void;
}

const unsent: readonly Email['status'][] = ['draft', 'pending_approval', 'approved', 'rejected', 'failed'];

/** One email of the lead: status, who approved it and when, when it went, its audit trail, and what can still be done. */
export function LeadEmailItem({ email, onOpen }: LeadEmailItemProps) {
  const { data } = useLeadCenter();
  const [asking, setAsking] = useState<'cancel' | 'bounce' | null>(null);
  const [reason, setReason] = useState('');
  const action = useBusyAction();
  const { busy, error, setError } = action;

  /** The move, then the reason box closes (it stays open with the error when the move fails). */
  const run = (work: () => Promise<unknown>) =>
    action.run(async () => {
      await work();
      setAsking(null);
      setReason('');
    });

  const why = lastReason(email);
  return (
    <li className="lead-email" data-testid="lead-email" data-status={email.status}>
      <div className="lead-email-top">
        <strong className="lead-email-subject">{email.subject || 'No subject'}</strong>
        <span className={`status-chip status-${email.status}`}>{statusText(email.status)}</span>
      </div>
      <div className="muted small">
        {kindText(email.kind)}
        {email.origin === 'ai' ? ` · AI draft${email.aiModel ? ` (${email.aiModel})` : ''}` : ''}
        {' · '}
        {email.to.map((r) => r.email).join(', ') || 'no recipient'}
      </div>
      {email.approvedBy && email.approvedAt !== null ? (
        <div className="small" data-testid="lead-email-approved">
          Approved by {actorText(email.approvedBy)}, {formatDateTime(email.approvedAt)}
        </div>
      ) : null}
      {email.sentAt !== null ? <div className="small">Sent {formatDateTime(email.sentAt)}</div> : null}
      {email.repliedAt !== null ? <div className="small">Reply recorded {formatDateTime(email.repliedAt)}</div> : null}
      {email.bouncedAt !== null ? <div className="small field-error">Bounced {formatDateTime(email.bouncedAt)}</div> : null}
      {why && (email.status === 'rejected' || email.status === 'cancelled') ? (
        <div className="small">
          {email.status === 'rejected' ? 'Rejected' : 'Cancelled'}: {why}
        </div>
      ) : null}
      {email.lastError && email.status !== 'sent' ? <div className="small field-error">{email.lastError}</div> : null}

      <details className="audit-trail">
        <summary>History ({email.auditTrail.length})</summary>
        <ol>
          {email.auditTrail.map((entry, index) => (
            <li key={index}>
              {entry.from === null ? 'Created' : `${statusText(entry.from)} → ${statusText(entry.to)}`} by {actorText(entry.actor)}, {formatDateTime(entry.at)}
              {entry.note ? <span className="muted"> — {entry.note}</span> : null}
            </li>
          ))}
        </ol>
      </details>

      {asking ? (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            const text = reason.trim();
            if (asking === 'cancel') {
              if (!text) return setError('Say why you cancel this email.');
              void run(() => data.emails.cancel(email.id, text));
            } else {
              void run(() => data.emails.recordBounce(email.id, text ? { reason: text } : {}));
            }
          }}
        >
          <label htmlFor={`reason-${email.id}`} className="visually-hidden">
            {asking === 'cancel' ? 'Why cancel it' : 'Bounce reason'}
          </label>
          <input
            id={`reason-${email.id}`}
            autoFocus
            value={reason}
            placeholder={asking === 'cancel' ? 'Why cancel it (required)' : 'Bounce reason (optional), e.g. 550 mailbox unknown'}
            onChange={(event) => setReason(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.stopPropagation();
                setAsking(null);
              }
            }}
          />
          <button type="submit" className="danger" disabled={busy}>
            {asking === 'cancel' ? 'Cancel email' : 'Record bounce'}
          </button>
          <button type="button" onClick={() => setAsking(null)}>
            Back
          </button>
        </form>
      ) : (
        <div className="row">
          {email.status === 'draft' || email.status === 'rejected' || email.status === 'pending_approval' ? (
            <button type="button" className="button-link" onClick={onOpen}>
              {email.status === 'pending_approval' ? 'Open' : 'Edit'}
            </button>
          ) : null}
          {email.status === 'sent' ? (
            <>
              <button type="button" className="button-link" disabled={busy || email.repliedAt !== null} onClick={() => void run(() => data.emails.recordReply(email.id))}>
                Record reply
              </button>
              <button type="button" className="button-link danger-link" disabled={busy || email.bouncedAt !== null} onClick={() => setAsking('bounce')}>
                Record bounce
              </button>
            </>
          ) : null}
          {unsent.includes(email.status) ? (
            <button type="button" className="button-link danger-link" disabled={busy} onClick={() => setAsking('cancel')}>
              Cancel
            </button>
          ) : null}
        </div>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
