import { approvalNeeded, isEditable, mayApprove, type ApprovalPolicy } from '../../../../core/emails';
import type { Email } from '../../../../core/model/email';
import { EmailFacts } from '../../approvals/components/EmailFacts';
import { EmailTextEditor } from '../../approvals/components/EmailTextEditor';
import { useDraftText } from '../../approvals/hooks/useDraftText';
import { useLeadCenter } from '../../app/useLeadCenter';
import { errorText, useBusyAction } from '../../ui/useBusyAction';
import { useOfferApprovalUndo } from '../../approvals/hooks/useOfferApprovalUndo';

interface LeadEmailDraftProps {
  email: Email;
  policy: ApprovalPolicy;
  templateName(id: string): string | null;
  /** Set right after drafting: why the AI drafter was not used. */
  fallbackReason: string | null;
  onClose(): void;
}

/** A draft open for editing in the lead's Emails section: submit it, or approve it at once where self-approval lets this user. */
export function LeadEmailDraft({ email, policy, templateName, fallbackReason, onClose }: LeadEmailDraftProps) {
  const { data } = useLeadCenter();
  const offerUndo = useOfferApprovalUndo();
  const text = useDraftText(email);
  const { busy, error, setError, run } = useBusyAction();
  const idPrefix = `lead-email-${email.id}`;
  const editable = isEditable(email.status);
  const seller = { userId: data.seller.userId, role: data.seller.role, teamId: data.seller.teamId };
  const typed = { ...email, subject: text.subject, body: text.body };
  const selfApproval = approvalNeeded(typed, policy).by === 'self';
  const permission = mayApprove(typed, seller, policy);

  async function submit(): Promise<void> {
    await text.flush();
    if (email.status === 'rejected') await data.emails.reopen(email.id);
    if (email.status !== 'pending_approval') await data.emails.submit(email.id);
  }

  return (
    <div className="lead-email-draft" data-testid="lead-email-draft">
      {fallbackReason ? (
        <p className="info-banner" data-testid="ai-fallback">
          Drafted from the template instead of the AI drafter: {fallbackReason}
        </p>
      ) : null}
      <EmailTextEditor idPrefix={idPrefix} text={text} editable={editable} onBlurSave={() => void text.flush().catch((cause: unknown) => setError(errorText(cause)))} />
      <EmailFacts email={email} policy={policy} templateName={templateName} />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="row">
        {email.status !== 'pending_approval' ? (
          <button
            type="button"
            className={selfApproval && permission.ok ? undefined : 'primary'}
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await submit();
                onClose();
              })
            }
          >
            Submit for approval
          </button>
        ) : null}
        {selfApproval ? (
          <button
            type="button"
            className="primary"
            disabled={busy || !permission.ok}
            title={permission.ok ? 'Self-approval: approve it now; it goes when SMTP is reachable' : permission.error}
            onClick={() =>
              void run(async () => {
                await submit();
                const outcome = await data.emails.approve([email.id]);
                const refused = outcome.refused.find((r) => r.id === email.id);
                if (refused) throw new Error(refused.reason);
                offerUndo([email.id], text.subject);
                onClose();
              })
            }
          >
            Approve
          </button>
        ) : null}
        {text.dirty ? (
          <button type="button" disabled={busy} onClick={() => void run(() => text.flush())}>
            Save changes
          </button>
        ) : null}
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              await text.flush();
              onClose();
            })
          }
        >
          Close
        </button>
      </div>
      {selfApproval && !permission.ok ? (
        <p className="muted small" data-testid="approve-blocked">
          Cannot approve yet: {permission.error}
        </p>
      ) : null}
    </div>
  );
}
