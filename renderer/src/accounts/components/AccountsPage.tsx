import { useMemo, useState } from 'react';
import type { AccountSummary } from '../../../data/conversionContract';
import { routeToHash } from '../../app/routeToHash';
import { useLeadCenter } from '../../app/useLeadCenter';
import { formatDateTime } from '../../ui/formatDateTime';
import { useObservable } from '../../ui/useObservable';
import '../conversion.css';

/** Every account, with how many contacts it has; a filter by name, website or industry. */
export function AccountsPage() {
  const { data } = useLeadCenter();
  const accounts = useObservable<AccountSummary[] | null>(useMemo(() => data.conversion.observeAccounts(), [data]), null);
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase();
  const shown = (accounts ?? []).filter(({ account }) => needle === '' || [account.name, account.website, account.industry].some((text) => text.toLowerCase().includes(needle)));

  return (
    <section className="page" aria-labelledby="accounts-heading">
      <header className="page-header">
        <h1 id="accounts-heading">Accounts</h1>
        <p className="muted" data-testid="accounts-summary">
          {accounts === null ? 'Reading accounts…' : `${accounts.length.toLocaleString()} ${accounts.length === 1 ? 'account' : 'accounts'}`}
        </p>
      </header>
      {accounts !== null && accounts.length === 0 ? (
        <div className="empty-state">
          <p>No accounts yet.</p>
          <p className="muted">Accounts appear when you convert a lead that names a company: open a qualified lead and choose “Convert to contact…”.</p>
        </div>
      ) : null}
      {accounts !== null && accounts.length > 0 ? (
        <>
          <label className="field">
            <span>Find an account</span>
            <input type="search" className="search-input" value={search} onChange={(event) => setSearch(event.target.value)} placeholder="Name, website or industry" />
          </label>
          <table className="account-table" aria-label="Accounts">
            <thead>
              <tr>
                <th scope="col">Account</th>
                <th scope="col">Industry</th>
                <th scope="col">Website</th>
                <th scope="col">Contacts</th>
                <th scope="col">Since</th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ account, contactCount }) => (
                <tr key={account.id}>
                  <td>
                    <a href={routeToHash({ name: 'account', accountId: account.id })}>{account.name}</a>
                  </td>
                  <td>{account.industry || '—'}</td>
                  <td>{account.website || '—'}</td>
                  <td>{contactCount}</td>
                  <td>{formatDateTime(account.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length === 0 ? <p className="muted">No account matches “{search}”.</p> : null}
        </>
      ) : null}
    </section>
  );
}
