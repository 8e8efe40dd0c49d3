import { useMemo } from 'react';
import { map } from 'rxjs';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useObservable } from '../../ui/useObservable';

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { message: string }[] } };
}

export interface ConfigDocument<T> {
  /** The stored document, or `fallback` when none is stored or it cannot be read. */
  value: T;
  /** Whether a document is stored (false: the defaults apply). */
  stored: boolean;
  /** Why a stored document could not be read (the defaults are shown instead). */
  problem: string | null;
}

/** One config document (kind + key), live, checked with its schema. */
export function useConfigDocument<T>(kind: string, key: string, schema: Schema<T>, fallback: T): ConfigDocument<T> {
  const { data } = useLeadCenter();
  const source = useMemo(() => data.observeConfigKind<unknown>(kind).pipe(map((docs) => docs.find((d) => d.key === key)?.data)), [data, kind, key]);
  const raw = useObservable<unknown>(source, undefined);
  return useMemo(() => {
    if (raw === undefined || raw === null) return { value: fallback, stored: false, problem: null };
    const parsed = schema.safeParse(raw);
    if (parsed.success) return { value: parsed.data, stored: true, problem: null };
    return { value: fallback, stored: true, problem: parsed.error.issues[0]?.message ?? 'it does not match the expected shape' };
  }, [raw, schema, fallback]);
}
