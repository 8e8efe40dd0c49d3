import { useCallback, useState } from 'react';

/** A failure in words for the person who caused it. */
export function errorText(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

export interface BusyAction {
  /** True while a run is under way (buttons disable themselves on it). */
  busy: boolean;
  /** The last run's failure, in words; cleared when the next run starts. */
  error: string | null;
  setError(error: string | null): void;
  /** Runs the work, showing busy meanwhile and its failure, if any, as `error`. Never rejects. */
  run(work: () => Promise<unknown>): Promise<void>;
}

/** One button's (or form's) async action: busy while it runs, its error kept for display. */
export function useBusyAction(): BusyAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (cause) {
      setError(errorText(cause));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
