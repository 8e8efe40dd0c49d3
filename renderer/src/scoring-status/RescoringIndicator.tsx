import { ProgressBar } from '../ui/ProgressBar';
import { useRescoreStatus } from './useRescoreStatus';

const reasonLabel = {
  startup: 'Updating scores (a day has passed)',
  daily: 'Updating scores (daily decay)',
  settings: 'Updating scores (settings changed)',
  manual: 'Updating scores',
} as const;

/**
 * While a full rescoring pass runs (start-up after a missed day, daily, after a settings change),
 * a small progress bar in the navigation says so; the app stays usable meanwhile.
 */
export function RescoringIndicator() {
  const status = useRescoreStatus();
  if (status.lastError !== null && !status.running) {
    return (
      <p className="rescoring-indicator is-error" role="status">
        Scores could not be updated: {status.lastError}
      </p>
    );
  }
  if (!status.running || status.reason === null) return null;
  return (
    <div className="rescoring-indicator" role="status" aria-live="polite" data-testid="rescoring-indicator">
      <ProgressBar label={reasonLabel[status.reason]} progress={{ done: status.done, total: status.total }} />
    </div>
  );
}
