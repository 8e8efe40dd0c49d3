import { useSyncExternalStore } from 'react';

function subscribe(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/**
 * Sync status. Until replication is wired, every change is local: say so plainly, so a seller
 * at a trade show knows nothing is lost without Wi-Fi.
 */
export function ConnectionIndicator() {
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  return (
    <div className={`connection ${online ? 'is-online' : 'is-offline'}`} role="status" aria-label="Sync status">
      <span className="connection-dot" aria-hidden="true" />
      {online ? 'Saved on this device — sync not set up' : 'Offline — everything is saved on this device'}
    </div>
  );
}
