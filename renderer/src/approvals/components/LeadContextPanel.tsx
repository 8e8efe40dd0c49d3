import { useMemo } from 'react';
import { navigate } from '../../app/navigate';
import { describeEvent } from '../../lead-detail/utils/describeEvent';
import { formatDateTime } from '../../ui/formatDateTime';
import { formatRelativeTime } from '../../ui/formatRelativeTime';
import { useLeadContext } from '../hooks/useLeadContext';
import { LeadAnalysisFacts } from './LeadAnalysisFacts';

const shownEvents = 5;
const shownNotes = 3;

/** Beside the draft: who the lead is, how warm, what happened lately, the notes, and seed 000's AI analysis. */
export function LeadContextPanel({ leadId, now }: { leadId: string; now: number }) {
  const { lead, events, notes, analysis } = useLeadContext(leadId, now);
  const lastEvents = useMemo(() => [...events].sort((a, b) => b.at - a.at).slice(0, shownEvents), [events]);
  const lastNotes = useMemo(() => [...notes].sort((a, b) => b.createdAt - a.createdAt).slice(0, shownNotes), [notes]);

  if (lead === undefined) {
    return (
      <aside className="lead-context" aria-label="Lead" aria-busy="true">
        <p className="muted">Reading the lead…</p>
      </aside>
    );
  }
  if (lead === null) {
    return (
      <aside className="lead-context" aria-label="Lead">
        <p className="field-error">The lead of this email no longer exists; reject or cancel the email.</p>
      </aside>
    );
  }

  const name = lead.name || lead.email || 'Unnamed lead';
  return (
    <aside className="lead-context" aria-label={`Lead: ${name}`} data-testid="lead-context">
      <header className="lead-context-header">
        <div>
          <a
            href={`#/leads/${encodeURIComponent(lead.id)}`}
            onClick={(event) => {
              event.preventDefault();
              navigate({ name: 'lead', leadId: lead.id });
            }}
          >
            <strong>{name}</strong>
          </a>
          <div className="muted">{[lead.jobTitle, lead.company.name].filter(Boolean).join(' at ') || 'No company'}</div>
        </div>
        <div className={`score-badge score-${lead.temperature}`} aria-label={`Score ${Math.round(lead.score)} of 100, ${lead.temperature}`}>
          <strong>{Math.round(lead.score)}</strong>
          <span>{lead.temperature}</span>
        </div>
      </header>
      <dl className="email-facts">
        <dt>Engagement</dt>
        <dd data-testid="context-level">
          {lead.engagementLevel ?? analysis?.engagementLevel ?? 'Not judged yet'}
          {analysis ? <span className="muted"> · urgency {analysis.urgency} of 10</span> : null}
        </dd>
      </dl>

      {analysis ? <LeadAnalysisFacts analysis={analysis} headingId={`analysis-${lead.id}`} /> : null}

      <section className="context-block" aria-labelledby={`events-${lead.id}`}>
        <h3 id={`events-${lead.id}`}>Last activity</h3>
        {lastEvents.length === 0 ? (
          <p className="muted">Nothing recorded yet.</p>
        ) : (
          <ul className="context-list">
            {lastEvents.map((event) => (
              <li key={event.id}>
                <span>{describeEvent(event)}</span>{' '}
                <time className="muted" dateTime={new Date(event.at).toISOString()} title={formatDateTime(event.at)}>
                  {formatRelativeTime(event.at, now)}
                </time>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="context-block" aria-labelledby={`notes-${lead.id}`}>
        <h3 id={`notes-${lead.id}`}>Notes</h3>
        {lastNotes.length === 0 ? (
          <p className="muted">No notes.</p>
        ) : (
          <ul className="context-list">
            {lastNotes.map((note) => (
              <li key={note.id}>
                <p className="note-body">{note.body}</p>
                <span className="muted">
                  {note.authorName || 'Unknown'} · {formatRelativeTime(note.createdAt, now)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </aside>
  );
}
