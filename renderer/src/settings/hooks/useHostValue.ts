import { useCallback, useEffect, useState } from 'react';

export interface HostValue<V> {
  /** null while loading or when loading failed. */
  value: V | null;
  /** Why it could not be read, in words. */
  error: string | null;
  /** Replace with what a save returned. */
  set(value: V): void;
  reload(): void;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Something only the host knows (mail settings, the attachment list), read once and on reload. */
export function useHostValue<V>(load: () => Promise<V>): HostValue<V> {
  const [value, setValue] = useState<V | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    load()
      .then((v) => {
        if (!live) return;
        setValue(v);
        setError(null);
      })
      .catch((e: unknown) => live && setError(message(e)));
    return () => {
      live = false;
    };
  }, [load, round]);
  const set = useCallback((v: V) => {
    setValue(v);
    setError(null);
  }, []);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { value, error, set, reload };
}
