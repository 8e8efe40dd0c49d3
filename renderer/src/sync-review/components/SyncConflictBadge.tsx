import { useSyncConflictCount } from '../hooks/useSyncConflictCount';

/** The nav badge of Needs review: nothing when nothing waits. */
export function SyncConflictBadge() {
  const count = useSyncConflictCount();
  if (count === 0) return null;
  return (
    <span className="badge badge-approvals" data-testid="sync-conflict-count">
      <span className="visually-hidden">, </span>
      {count}
      <span className="visually-hidden"> to review</span>
    </span>
  );
}
