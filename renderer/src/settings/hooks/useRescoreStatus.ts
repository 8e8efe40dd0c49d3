import { useEffect, useState } from 'react';
import type { RescoreStatus } from '../../../data/contract';
import { useLeadCenter } from '../../app/useLeadCenter';

export interface RescoreView {
  status: RescoreStatus | null;
  /** A pass finished while this screen was open (so its result is news to the seller). */
  finishedHere: boolean;
}

/** The full rescoring pass as the settings screen shows it. */
export function useRescoreStatus(): RescoreView {
  const { data } = useLeadCenter();
  const [view, setView] = useState<RescoreView>({ status: null, finishedHere: false });
  useEffect(() => {
    // The first status seen tells which finished pass is old news.
    let first: number | null | undefined;
    let sawRunning = false;
    const subscription = data.rescoring.observe().subscribe({
      next: (status) => {
        if (first === undefined) first = status.running ? null : status.lastFinishedAt;
        if (status.running) sawRunning = true;
        const finishedHere = !status.running && status.lastFinishedAt !== null && (sawRunning || status.lastFinishedAt !== first);
        setView({ status, finishedHere });
      },
      error: (error: unknown) => console.error('Rescoring status failed', error),
    });
    return () => subscription.unsubscribe();
  }, [data]);
  return view;
}
