import { navigate } from '../../app/navigate';
import { formatDateTime } from '../../ui/formatDateTime';
import { formatRelativeTime } from '../../ui/formatRelativeTime';
import { useNow } from '../../ui/useNow';
import { alertLimit, useHotLeadAlerts } from '../hooks/useHotLeadAlerts';
import './hotLeads.css';

/**
 * Seed 000: every HOT lead goes on an alert list, most urgent first, with why it is hot and the
 * follow-up due (within 24 hours: a personal call and a detailed quotation).
 */
export function HotLeadsPage() {
  const now = useNow(60_000);
  const { rows, alerts } = useHotLeadAlerts(now);

  return (
    <section className="page" aria-labelledby="hot-leads-heading">
      <header className="page-header">
        <h1 id="hot-leads-heading">Hot leads</h1>
        <p className="muted" data-testid="hot-lead-count">
          {rows.length === 0 ? 'No hot leads' : `${rows.length.toLocaleString()} hot ${rows.length === 1 ? 'lead' : 'leads'}, most urgent first`}
        </p>
      </header>
      {rows.length === 0 ? (
        <div className="empty-state">
          <p>No lead is HOT right now. A lead turns HOT when it asks for a quote, a sample or a meeting, or replies to several emails; it shows here at once.</p>
        </div>
      ) : alerts === null ? (
        <p className="muted" aria-busy="true">
          Reading the hot leads…
        </p>
      ) : (
        <ol className="hot-lead-list" aria-label="Hot leads, most urgent first">
          {alerts.map((alert) => {
            const overdue = alert.dueAt !== null && alert.dueAt < now;
            const who = alert.lead.name || alert.lead.email || 'Unnamed lead';
            return (
              <li key={alert.lead.id} className={`hot-lead${overdue ? ' is-overdue' : ''}`} data-testid="hot-lead">
                <span className="hot-lead-urgency" aria-label={`Urgency ${alert.assessment.urgency} of 10`}>
                  {alert.assessment.urgency}
                </span>
                <div className="hot-lead-main">
                  <a
                    href={`#/leads/${encodeURIComponent(alert.lead.id)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate({ name: 'lead', leadId: alert.lead.id });
                    }}
                  >
                    <strong>{who}</strong>
                    {alert.lead.company.name ? ` · ${alert.lead.company.name}` : ''}
                  </a>
                  <span>{alert.why}</span>
                  <span className="muted">
                    {alert.followUp}
                    {alert.dueAt !== null ? (
                      <>
                        {' · '}
                        <time dateTime={new Date(alert.dueAt).toISOString()} title={formatDateTime(alert.dueAt)}>
                          {overdue ? 'overdue, ' : 'due '}
                          {formatRelativeTime(alert.dueAt, now)}
                        </time>
                      </>
                    ) : null}
                  </span>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {rows.length > alertLimit ? <p className="muted">Showing the {alertLimit} most urgent; filter the lead list by engagement level HOT for all of them.</p> : null}
    </section>
  );
}
