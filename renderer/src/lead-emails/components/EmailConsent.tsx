import { useState } from 'react';
import { suppressionReason } from '../../../../core/emails/suppression';
import type { Lead } from '../../../../core/model/lead';
import type { EffectiveGroup } from '../../../../core/settings/groupSettings';
import { useBusyAction } from '../../ui/useBusyAction';
import { useLeadCenter } from '../../app/useLeadCenter';

/**
 * Whether this lead may be emailed, and the buyer's own say: a buyer who asks by phone or reply
 * to hear no more is marked unsubscribed here; a bounce recorded on an email can be cleared once
 * the address is corrected. The outbox reads the same facts again just before each send.
 */
export function EmailConsent({ lead, groups }: { lead: Lead; groups: readonly EffectiveGroup[] }) {
  const { data } = useLeadCenter();
  const { busy, error, run } = useBusyAction();
  // Shown at once while the lead write is under way (the box follows the stored lead afterwards).
  const [unsubscribing, setUnsubscribing] = useState<boolean | null>(null);
  const reason = suppressionReason(lead, groups);

  async function setConsent(patch: Partial<Lead['consent']>) {
    if (patch.unsubscribed !== undefined) setUnsubscribing(patch.unsubscribed);
    await run(() => data.updateLead(lead.id, { consent: { ...lead.consent, ...patch } }));
    setUnsubscribing(null);
  }

  return (
    <div className="email-consent" data-testid="email-consent">
      {reason === null ? (
        <p className="muted small">Emails to this lead can be sent once approved.</p>
      ) : (
        <p className="email-stopped" role="status" data-testid="email-stopped">
          Emails to this lead are stopped: {reason}
        </p>
      )}
      <label className="checkbox-label">
        <input type="checkbox" checked={unsubscribing ?? lead.consent.unsubscribed} disabled={busy} onChange={(event) => void setConsent({ unsubscribed: event.target.checked })} />
        Unsubscribed — the buyer asked to receive no more emails
      </label>
      {lead.consent.bounced ? (
        <button type="button" disabled={busy} onClick={() => void setConsent({ bounced: false })}>
          Clear the bounce (the address was corrected)
        </button>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
