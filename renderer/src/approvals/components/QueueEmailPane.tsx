import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { isEditable, mayApprove, type ApprovalPolicy } from '../../../../core/emails';
import type { Email } from '../../../../core/model/email';
import { useOfferApprovalUndo } from '../hooks/useOfferApprovalUndo';
import { errorText, useBusyAction } from '../../ui/useBusyAction';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useDraftText } from '../hooks/useDraftText';
import { kindText, statusText } from '../utils/emailWords';
import { EmailFacts } from './EmailFacts';
import { EmailTextEditor } from './EmailTextEditor';
import { RejectBox } from './RejectBox';

/** What the queue's keys do to the focused email. */
export interface QueuePaneActions {
  approve(): void;
  startReject(): void;
  edit(): void;
}

interface QueueEmailPaneProps {
  email: Email;
  policy: ApprovalPolicy;
  templateName(id: string): string | null;
  /** Called after this email left the tab (approved, rejected, submitted, cancelled), so focus can move on. */
  onDone(id: string, message: string): void;
  ref?: Ref<QueuePaneActions>;
}


/** The focused email: its text (editable while it may change), facts, and approve / reject / submit. */
export function QueueEmailPane({ email, policy, templateName, onDone, ref }: QueueEmailPaneProps) {
  const { data } = useLeadCenter();
  const offerUndo = useOfferApprovalUndo();
  const text = useDraftText(email);
  const [rejecting, setRejecting] = useState(false);
  const { busy, error, setError, run } = useBusyAction();
  const subjectRef = useRef<HTMLInputElement>(null);
  const editable = isEditable(email.status);
  const pending = email.status === 'pending_approval';
  const idPrefix = `queue-${email.id}`;

  const permission = mayApprove({ ...email, subject: text.subject, body: text.body }, { userId: data.seller.userId, role: data.seller.role, teamId: data.seller.teamId }, policy);
  const approveBlocked = !pending ? 'Only emails waiting for approval can be approved.' : permission.ok ? null : permission.error;

  const approve = () =>
    run(async () => {
      if (approveBlocked) throw new Error(approveBlocked);
      await text.flush();
      const outcome = await data.emails.approve([email.id]);
      const refused = outcome.refused.find((r) => r.id === email.id);
      if (refused) throw new Error(refused.reason);
      offerUndo([email.id], text.subject);
      onDone(email.id, `Approved “${text.subject}”.`);
    });

  const reject = (reason: string) =>
    run(async () => {
      await text.flush();
      await data.emails.reject(email.id, reason);
      setRejecting(false);
      onDone(email.id, `Rejected “${text.subject}”.`);
    });

  // A blur saves quietly (no busy state): disabling the buttons then would swallow the click that caused the blur.
  const saveText = () => void text.flush().catch((cause: unknown) => setError(errorText(cause)));

  useImperativeHandle(ref, () => ({
    approve: () => void approve(),
    startReject: () => {
      if (pending) setRejecting(true);
    },
    edit: () => {
      if (editable) subjectRef.current?.focus();
    },
  }));

  return (
    <section className="queue-pane" aria-labelledby={`${idPrefix}-heading`} data-testid="queue-pane">
      <header className="queue-pane-header">
        <h2 id={`${idPrefix}-heading`}>{kindText(email.kind)} email</h2>
        <span className={`status-chip status-${email.status}`}>{statusText(email.status)}</span>
      </header>
      {error ? (
        <p className="field-error" role="alert" data-testid="queue-error">
          {error}
        </p>
      ) : null}
      {rejecting ? (
        <RejectBox idPrefix={idPrefix} busy={busy} onReject={(reason) => void reject(reason)} onCancel={() => setRejecting(false)} />
      ) : (
        <div className="row queue-actions">
          {pending ? (
            <>
              <button type="button" className="primary" disabled={busy || approveBlocked !== null} aria-describedby={approveBlocked ? `${idPrefix}-blocked` : undefined} onClick={() => void approve()}>
                Approve<kbd>a</kbd>
              </button>
              <button type="button" className="danger" disabled={busy} onClick={() => setRejecting(true)}>
                Reject<kbd>r</kbd>
              </button>
            </>
          ) : null}
          {editable ? (
            <button type="button" disabled={busy} onClick={() => subjectRef.current?.focus()}>
              Edit<kbd>e</kbd>
            </button>
          ) : null}
          {email.status === 'draft' ? (
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  await text.flush();
                  await data.emails.submit(email.id);
                  onDone(email.id, `Submitted “${text.subject}” for approval.`);
                })
              }
            >
              Submit for approval
            </button>
          ) : null}
          {email.status === 'rejected' ? (
            <button type="button" disabled={busy} onClick={() => void run(async () => void (await data.emails.reopen(email.id)))}>
              Reopen as draft
            </button>
          ) : null}
          {text.dirty ? (
            <button type="button" disabled={busy} onClick={saveText}>
              Save changes
            </button>
          ) : null}
        </div>
      )}
      {pending && approveBlocked ? (
        <p className="approve-blocked" id={`${idPrefix}-blocked`} data-testid="approve-blocked">
          Cannot approve yet: {approveBlocked}
        </p>
      ) : null}
      <EmailTextEditor idPrefix={idPrefix} text={text} editable={editable} subjectRef={subjectRef} onBlurSave={saveText} />
      <EmailFacts email={email} policy={policy} templateName={templateName} />
    </section>
  );
}
