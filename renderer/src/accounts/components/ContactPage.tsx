import { useMemo } from 'react';
import { of } from 'rxjs';
import type { Account } from '../../../../core/model/account';
import type { Contact } from '../../../../core/model/contact';
import { routeToHash } from '../../app/routeToHash';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useObservable } from '../../ui/useObservable';
import { showValue } from '../utils/previewWords';
import { HistoryList } from './HistoryList';
import '../conversion.css';

const loading = Symbol('loading');

/** One contact: details, its account, the leads it came from, and its whole history. */
export function ContactPage({ contactId }: { contactId: string }) {
  const { data } = useLeadCenter();
  const contact = useObservable<Contact | null | typeof loading>(useMemo(() => data.conversion.observeContact(contactId), [data, contactId]), loading);
  const accountId = contact !== loading && contact !== null ? contact.accountId : null;
  const account = useObservable<Account | null>(useMemo(() => (accountId ? data.conversion.observeAccount(accountId) : of(null)), [data, accountId]), null);
  const leadIds = useObservable<string[]>(useMemo(() => data.conversion.observeContactLeadIds(contactId), [data, contactId]), []);

  if (contact === loading) return <section className="page" aria-busy="true"><p className="muted">Opening the contact…</p></section>;
  if (contact === null) {
    return (
      <section className="page" aria-labelledby="contact-heading">
        <h1 id="contact-heading">Contact not found</h1>
        <p className="muted">It may have been removed by undoing a conversion. <a href={routeToHash({ name: 'accounts' })}>Accounts</a></p>
      </section>
    );
  }
  const facts: [string, string][] = [
    ['Email', contact.email],
    ['Phone', contact.phone],
    ['Job title', contact.jobTitle],
    ['Department', contact.department],
    ['Country', contact.country],
    ['Tags', showValue(contact.tags)],
    ['Consent', showValue(contact.consent)],
    ...Object.entries(contact.customFields).map(([key, value]): [string, string] => [key, showValue(value)]),
  ];
  return (
    <section className="page" aria-labelledby="contact-heading">
      <nav aria-label="Breadcrumb" className="small">
          <a href={routeToHash({ name: 'accounts' })}>Accounts</a>
          {account ? (
            <>
              {' / '}
              <a href={routeToHash({ name: 'account', accountId: account.id })}>{account.name}</a>
            </>
          ) : null}
      </nav>
      <header className="page-header">
        <h1 id="contact-heading">{contact.name || contact.email || 'Unnamed contact'}</h1>
      </header>
      <dl className="field-grid">
        {facts.map(([label, value]) => (
          <div className="inline-field" key={label}>
            <dt>{label}</dt>
            <dd>{value === '' || value === '—' ? '—' : value}</dd>
          </div>
        ))}
        <div className="inline-field">
          <dt>Came from</dt>
          <dd>
            {leadIds.length === 0
              ? '—'
              : leadIds.map((id, i) => (
                  <span key={id}>
                    {i > 0 ? ', ' : ''}
                    <a href={routeToHash({ name: 'lead', leadId: id })}>{data.leadList.get(id)?.name || `Lead ${i + 1}`}</a>
                  </span>
                ))}
          </dd>
        </div>
      </dl>
      <HistoryList contactIds={[contact.id]} showWho={false} />
    </section>
  );
}
