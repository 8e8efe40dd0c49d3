import { useEffect, useState } from 'react';
import type { Observable } from 'rxjs';

/**
 * The latest value of an observable, re-subscribing when `source` changes (memoise it).
 * Returns `initial` until the first value arrives.
 */
export function useObservable<T>(source: Observable<T> | null, initial: T): T {
  const [state, setState] = useState<{ source: Observable<T> | null; value: T }>({ source, value: initial });
  useEffect(() => {
    if (!source) return;
    const subscription = source.subscribe({
      next: (value) => setState({ source, value }),
      error: (error: unknown) => console.error('Observable failed', error),
    });
    return () => subscription.unsubscribe();
  }, [source]);
  return state.source === source ? state.value : initial;
}
