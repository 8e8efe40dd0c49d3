export { useSyncConflictCount } from './hooks/useSyncConflictCount';
export { SyncConflictBadge } from './components/SyncConflictBadge';
