import { approvalNeeded, type ApprovalPolicy } from '../../../../core/emails';
import type { Email } from '../../../../core/model/email';
import { formatDateTime } from '../../ui/formatDateTime';
import { actorText, lastReason, originText } from '../utils/emailWords';

interface EmailFactsProps {
  email: Email;
  policy: ApprovalPolicy;
  templateName(id: string): string | null;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Recipients, attachments, where the text came from, who must approve it, and what became of it. */
export function EmailFacts({ email, policy, templateName }: EmailFactsProps) {
  const needed = approvalNeeded(email, policy);
  const reason = lastReason(email);
  return (
    <dl className="email-facts">
      <dt>To</dt>
      <dd data-testid="email-recipients">
        {email.to.length === 0 ? <span className="field-error">No recipient: the lead has no email address.</span> : email.to.map((r) => (r.name ? `${r.name} <${r.email}>` : r.email)).join(', ')}
      </dd>
      <dt>Attachments</dt>
      <dd>{email.attachments.length === 0 ? <span className="muted">None</span> : email.attachments.map((a) => `${a.fileName} (${formatSize(a.size)})`).join(', ')}</dd>
      <dt>Origin</dt>
      <dd data-testid="email-origin">{originText(email, templateName)}</dd>
      <dt>Approval</dt>
      <dd data-testid="approval-needed">
        {needed.by === 'manager' ? <strong>Needs manager approval</strong> : 'Self-approval allowed'}
        {needed.why ? <span className="muted"> — {needed.why}</span> : null}
      </dd>
      {email.approvedBy && email.approvedAt !== null ? (
        <>
          <dt>Approved</dt>
          <dd data-testid="approved-by">
            by {actorText(email.approvedBy)}, {formatDateTime(email.approvedAt)}
          </dd>
        </>
      ) : null}
      {email.sentAt !== null ? (
        <>
          <dt>Sent</dt>
          <dd>{formatDateTime(email.sentAt)}</dd>
        </>
      ) : null}
      {reason && (email.status === 'rejected' || email.status === 'cancelled') ? (
        <>
          <dt>{email.status === 'rejected' ? 'Rejected because' : 'Cancelled because'}</dt>
          <dd data-testid="email-reason">{reason}</dd>
        </>
      ) : null}
      {email.lastError && (email.status === 'failed' || email.status === 'approved') ? (
        <>
          <dt>Last error</dt>
          <dd className="field-error">
            {email.lastError}
            {email.nextAttemptAt !== null ? ` — next try ${formatDateTime(email.nextAttemptAt)}` : ''}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
