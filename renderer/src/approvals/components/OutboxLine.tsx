import { useState } from 'react';
import { useLeadCenter } from '../../app/useLeadCenter';
import { formatRelativeTime } from '../../ui/formatRelativeTime';
import { useOutboxStatus } from '../hooks/useOutboxStatus';

/** One line about the outbox: how many approved emails wait, whether SMTP answers (and why not), Send now. */
export function OutboxLine({ now }: { now: number }) {
  const { data } = useLeadCenter();
  const status = useOutboxStatus();
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  const server =
    status.serverReachable === null ? 'SMTP not checked yet' : status.serverReachable ? 'SMTP server reachable' : status.message || 'SMTP server not reachable';

  return (
    <div className={`outbox-line${status.serverReachable === false ? ' is-offline' : ''}`} data-testid="outbox-line" role="status">
      <span className="outbox-dot" aria-hidden="true" />
      <span>
        <strong>Outbox:</strong> {status.waiting.toLocaleString()} waiting to send{status.sending || running ? ' · sending…' : ''} · {server}
        {status.lastRunAt !== null ? <span className="muted"> · checked {formatRelativeTime(status.lastRunAt, now)}</span> : null}
      </span>
      <button
        type="button"
        disabled={running}
        onClick={() => {
          setRunning(true);
          setError(null);
          data.emails.outbox
            .runNow()
            .catch((cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)))
            .finally(() => setRunning(false));
        }}
      >
        Send now
      </button>
      {error ? <span className="field-error">{error}</span> : null}
    </div>
  );
}
