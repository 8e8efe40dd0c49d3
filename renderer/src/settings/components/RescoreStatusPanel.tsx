import { ProgressBar } from '../../ui/ProgressBar';
import { useRescoreStatus } from '../hooks/useRescoreStatus';

/** Progress of the full rescoring pass that follows a settings change, then its outcome. */
export function RescoreStatusPanel() {
  const { status, finishedHere } = useRescoreStatus();
  if (status === null) return null;
  if (status.running) {
    return (
      <div className="card rescore-status" role="status">
        <ProgressBar label="Updating scores" progress={{ done: status.done, total: status.total }} />
      </div>
    );
  }
  if (status.lastError !== null) {
    return (
      <div className="card rescore-status" role="alert">
        <p className="field-error">Scores could not be updated: {status.lastError}</p>
      </div>
    );
  }
  if (!finishedHere) return null;
  return (
    <div className="card rescore-status" role="status">
      <p>
        Scores updated: {status.changed.toLocaleString()} {status.changed === 1 ? 'lead' : 'leads'} changed
      </p>
    </div>
  );
}
