import { useMemo, useState } from 'react';
import { of } from 'rxjs';
import type { Lead } from '../../../../core/model/lead';
import type { Account } from '../../../../core/model/account';
import type { ChangeSet } from '../../../../core/model/changeSet';
import type { Contact } from '../../../../core/model/contact';
import { routeToHash } from '../../app/routeToHash';
import { useLeadCenter } from '../../app/useLeadCenter';
import { formatDateTime } from '../../ui/formatDateTime';
import { useBusyAction } from '../../ui/useBusyAction';
import { useObservable } from '../../ui/useObservable';
import { useToastStore } from '../../ui/useToastStore';
import { ConvertDialog } from './ConvertDialog';

/**
 * The lead's conversion: what it became (contact and account, linked) with an Undo, or the
 * Convert button that opens the dialog.
 */
export function ConvertSection({ lead }: { lead: Lead }) {
  const { data } = useLeadCenter();
  const [open, setOpen] = useState(false);
  const showToast = useToastStore((state) => state.showToast);
  const undo = useBusyAction();
  const link = lead.conversion;
  const conversion = useObservable<ChangeSet | null>(useMemo(() => data.conversion.observeConversionOf(lead.id), [data, lead.id]), null);
  const contact = useObservable<Contact | null>(useMemo(() => (link ? data.conversion.observeContact(link.contactId) : of(null)), [data, link]), null);
  const account = useObservable<Account | null>(useMemo(() => (link?.accountId ? data.conversion.observeAccount(link.accountId) : of(null)), [data, link]), null);

  return (
    <section className="detail-section" aria-labelledby="conversion-heading" data-testid="conversion-section">
      <h3 id="conversion-heading">Conversion</h3>
      {link ? (
        <>
          <p data-testid="conversion-links">
            Became contact <a href={routeToHash({ name: 'contact', contactId: link.contactId })}>{contact ? contact.name || contact.email || 'Contact' : 'Contact'}</a>
            {link.accountId ? (
              <>
                {' '}at account <a href={routeToHash({ name: 'account', accountId: link.accountId })}>{account ? account.name : 'Account'}</a>
              </>
            ) : null}{' '}
            on {formatDateTime(link.convertedAt)}.
          </p>
          {conversion ? (
            <button
              type="button"
              disabled={undo.busy}
              onClick={() =>
                void undo.run(async () => {
                  const undone = await data.conversion.undoConversion(conversion.id);
                  showToast({ message: undone.problems.length > 0 ? `Conversion undone; ${undone.problems.join(' ')}` : 'Conversion undone: the lead is back in its group' });
                })
              }
            >
              {undo.busy ? 'Undoing…' : 'Undo conversion'}
            </button>
          ) : (
            <p className="muted small">This conversion was made on another device or before the journal; it cannot be undone here.</p>
          )}
          {undo.error ? (
            <p className="field-error" role="alert">
              Not undone: {undo.error}
            </p>
          ) : null}
        </>
      ) : (
        <>
          <p className="muted small">Converting makes the lead a contact (and its company an account); the lead stays, in group Customer.</p>
          <button type="button" onClick={() => setOpen(true)}>
            Convert to contact…
          </button>
        </>
      )}
      {open ? (
        <ConvertDialog
          lead={lead}
          onClose={() => setOpen(false)}
          onConverted={(result) => {
            setOpen(false);
            showToast({ message: result.changeSet.label });
          }}
        />
      ) : null}
    </section>
  );
}
