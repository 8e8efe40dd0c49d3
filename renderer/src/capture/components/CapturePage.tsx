import { useState } from 'react';
import { navigate } from '../../app/navigate';
import { useLeadCenter } from '../../app/useLeadCenter';
import { formatDate } from '../../ui/formatDateTime';
import { useActiveCaptureSession } from '../hooks/useActiveCaptureSession';
import { useRecentCaptures } from '../hooks/useRecentCaptures';
import { CaptureSessionForm } from './CaptureSessionForm';
import { QuickCaptureForm } from './QuickCaptureForm';

/** Quick capture: a session (event, source) and the keyboard-first lead form. */
export function CapturePage() {
  const { data } = useLeadCenter();
  const session = useActiveCaptureSession();
  const [editingSession, setEditingSession] = useState(false);
  const recent = useRecentCaptures(session && session !== 'loading' ? session.data.startedAt : Number.MAX_SAFE_INTEGER);

  if (session === 'loading') {
    return (
      <section className="page" aria-busy="true">
        <p className="muted">Opening capture…</p>
      </section>
    );
  }

  return (
    <section className="page capture-page" aria-labelledby="capture-heading">
      <header className="page-header">
        <h1 id="capture-heading">Quick capture</h1>
        {session ? (
          <p className="session-summary" data-testid="capture-session">
            <strong>{session.data.eventName}</strong> · {formatDate(session.data.eventDate)} · {session.data.sourceCategory} / {session.data.sourceChannel}{' '}
            · by {session.data.capturedBy} ·{' '}
            <span className="capture-count">
              {session.data.capturedCount} {session.data.capturedCount === 1 ? 'lead' : 'leads'} captured
            </span>
          </p>
        ) : null}
        {session ? (
          <div className="row">
            <button type="button" onClick={() => setEditingSession(true)}>
              New session
            </button>
            <button
              type="button"
              onClick={() => void data.setConfig('capture-session', session.key, { ...session.data, endedAt: Date.now() })}
            >
              End session
            </button>
          </div>
        ) : null}
      </header>
      {!session || editingSession ? (
        <CaptureSessionForm
          previous={session?.data ?? null}
          onStarted={() => {
            if (session) void data.setConfig('capture-session', session.key, { ...session.data, endedAt: Date.now() });
            setEditingSession(false);
          }}
        />
      ) : (
        <div className="capture-layout">
          <QuickCaptureForm key={session.key} session={session} />
          <aside className="card recent-captures" aria-labelledby="recent-heading">
            <h2 id="recent-heading">Captured this session</h2>
            {recent.length === 0 ? <p className="muted">Leads you save appear here.</p> : null}
            <ol aria-label="Recently captured leads">
              {recent.map((row) => (
                <li key={row.id}>
                  <a
                    href={`#/leads/${encodeURIComponent(row.id)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate({ name: 'lead', leadId: row.id });
                    }}
                  >
                    {row.name || row.email || row.company || row.phone}
                  </a>
                  {row.company && row.name ? <span className="muted"> · {row.company}</span> : null}
                </li>
              ))}
            </ol>
          </aside>
        </div>
      )}
    </section>
  );
}
