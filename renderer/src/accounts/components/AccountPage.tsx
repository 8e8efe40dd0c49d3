import { useMemo } from 'react';
import type { Account } from '../../../../core/model/account';
import type { Contact } from '../../../../core/model/contact';
import { routeToHash } from '../../app/routeToHash';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useObservable } from '../../ui/useObservable';
import { showValue } from '../utils/previewWords';
import { HistoryList } from './HistoryList';
import '../conversion.css';

const loading = Symbol('loading');

/** One account: its details, its contacts and their whole history. */
export function AccountPage({ accountId }: { accountId: string }) {
  const { data } = useLeadCenter();
  const account = useObservable<Account | null | typeof loading>(useMemo(() => data.conversion.observeAccount(accountId), [data, accountId]), loading);
  const contacts = useObservable<Contact[]>(useMemo(() => data.conversion.observeAccountContacts(accountId), [data, accountId]), []);

  if (account === loading) return <section className="page" aria-busy="true"><p className="muted">Opening the account…</p></section>;
  if (account === null) {
    return (
      <section className="page" aria-labelledby="account-heading">
        <h1 id="account-heading">Account not found</h1>
        <p className="muted">It may have been removed by undoing a conversion. <a href={routeToHash({ name: 'accounts' })}>All accounts</a></p>
      </section>
    );
  }
  const facts: [string, string][] = [
    ['Website', account.website],
    ['Industry', account.industry],
    ['Employees', showValue(account.size)],
    ['Annual revenue (USD)', account.annualRevenue === null ? '' : account.annualRevenue.toLocaleString()],
    ['Country', account.country],
    ['Phone', account.phone],
    ['Address', account.address],
    ...Object.entries(account.customFields).map(([key, value]): [string, string] => [key, showValue(value)]),
  ];
  return (
    <section className="page" aria-labelledby="account-heading">
      <nav aria-label="Breadcrumb" className="small">
          <a href={routeToHash({ name: 'accounts' })}>Accounts</a>
      </nav>
      <header className="page-header">
        <h1 id="account-heading">{account.name}</h1>
      </header>
      <dl className="field-grid">
        {facts.map(([label, value]) => (
          <div className="inline-field" key={label}>
            <dt>{label}</dt>
            <dd>{value === '' ? '—' : value}</dd>
          </div>
        ))}
      </dl>
      <section className="detail-section" aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">Contacts ({contacts.length})</h2>
        {contacts.length === 0 ? (
          <p className="muted">No contacts at this account.</p>
        ) : (
          <table className="account-table" aria-label="Contacts" data-testid="account-contacts">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Job title</th>
                <th scope="col">Email</th>
                <th scope="col">Phone</th>
              </tr>
            </thead>
            <tbody>
              {contacts.map((contact) => (
                <tr key={contact.id}>
                  <td>
                    <a href={routeToHash({ name: 'contact', contactId: contact.id })}>{contact.name || contact.email || 'Unnamed contact'}</a>
                    {account.primaryContactId === contact.id ? <span className="muted small"> · main contact</span> : null}
                  </td>
                  <td>{contact.jobTitle || '—'}</td>
                  <td>{contact.email || '—'}</td>
                  <td>{contact.phone || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <HistoryList contactIds={contacts.map((c) => c.id)} showWho />
    </section>
  );
}
