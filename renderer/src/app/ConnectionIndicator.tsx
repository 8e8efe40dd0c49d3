import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { SyncController, SyncState, SyncStatus } from '../../data/sync/syncContract';
import { loadSellerProfile } from '../host/loadSellerProfile';
import { syncControllerOf } from '../host/syncControllerOf';
import { useSyncConflictCount } from '../sync-review';
import { useObservable } from '../ui/useObservable';
import { useLeadCenter } from './useLeadCenter';
import './connectionIndicator.css';

function subscribe(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

const stateWords: Record<SyncState, string> = {
  offline: 'Offline',
  syncing: 'Syncing',
  up_to_date: 'Up to date',
  paused: 'Sync paused',
  error: 'Sync problem',
};

/** The one line in the navigation: the state, and what waits. */
export function syncSummary(status: SyncStatus): string {
  const waiting = status.pending === 1 ? '1 change waits' : `${status.pending} changes wait`;
  switch (status.state) {
    case 'up_to_date':
      return 'Up to date';
    case 'syncing':
      return status.pending > 0 ? `Syncing — ${status.pending} to send` : 'Syncing…';
    case 'offline':
      return status.pending > 0 ? `Offline — ${waiting}, saved on this device` : 'Offline — everything is saved on this device';
    case 'paused':
      return status.pending > 0 ? `Sync paused — ${waiting}` : 'Sync paused';
    case 'error':
      return 'Sync problem — see details';
  }
}

function lastSync(at: number | null): string {
  return at === null ? 'not yet' : new Date(at).toLocaleString();
}

/**
 * Sync status in the navigation. A local-only profile says everything stays on this device and
 * links to Settings → Connect; a platform profile shows the replication's state, what waits,
 * and details (last sync, last error, Pause/Resume, Needs review) in a popover.
 */
export function ConnectionIndicator() {
  const { data } = useLeadCenter();
  const sync = syncControllerOf(data);
  const platform = loadSellerProfile()?.platform ?? null;
  if (platform && sync) return <SyncIndicator sync={sync} />;
  return <LocalIndicator connected={platform !== null} />;
}

function LocalIndicator({ connected }: { connected: boolean }) {
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  const text = !online ? 'Offline — everything is saved on this device' : connected ? 'Saved on this device — sync is not running' : 'Saved on this device — not connected';
  return (
    <div className={`connection ${online ? 'is-online' : 'is-offline'}`}>
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-text">
        <span role="status" aria-label="Sync status">
          {text}
        </span>{' '}
        {connected ? null : (
          <a href="#/settings/connect" className="connection-link">
            Connect
          </a>
        )}
      </span>
    </div>
  );
}

function SyncIndicator({ sync }: { sync: SyncController }) {
  const status$ = useMemo(() => sync.status$, [sync]);
  const status = useObservable(status$, sync.status());
  const conflicts = useSyncConflictCount();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onClick = (event: MouseEvent): void => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  const togglePause = async (): Promise<void> => {
    setBusy(true);
    try {
      if (status.state === 'paused') sync.resume();
      else await sync.pause();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div ref={root} className={`connection sync-${status.state}`}>
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-text">
        <span role="status" aria-label="Sync status">
          {syncSummary(status)}
        </span>
        {conflicts > 0 ? (
          <a href="#/sync-review" className="connection-link">
            {conflicts} to review
          </a>
        ) : null}
        <button ref={button} type="button" className="connection-details-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
          Details
        </button>
      </span>
      {open ? (
        <div id={panelId} className="connection-popover" role="region" aria-label="Sync details">
          <dl>
            <dt>State</dt>
            <dd>{stateWords[status.state]}</dd>
            <dt>Waiting to send</dt>
            <dd>{status.pending === 0 ? 'nothing' : `${status.pending} change${status.pending === 1 ? '' : 's'}`}</dd>
            <dt>Last in sync</dt>
            <dd>{lastSync(status.lastSyncAt)}</dd>
            <dt>Last problem</dt>
            <dd className={status.lastError ? 'connection-error' : undefined}>{status.lastError ?? 'none'}</dd>
          </dl>
          <div className="row">
            <button type="button" disabled={busy} onClick={() => void togglePause()}>
              {status.state === 'paused' ? 'Resume sync' : 'Pause sync'}
            </button>
            <button type="button" disabled={busy || status.state === 'paused'} onClick={() => void sync.syncNow().catch(() => undefined)}>
              Sync now
            </button>
          </div>
          <p>
            <a href="#/sync-review" onClick={() => setOpen(false)}>
              Needs review{conflicts > 0 ? ` (${conflicts})` : ''}
            </a>
            {' · '}
            <a href="#/settings/connect" onClick={() => setOpen(false)}>
              Connection settings
            </a>
          </p>
        </div>
      ) : null}
    </div>
  );
}
