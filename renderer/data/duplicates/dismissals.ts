import { map, type Observable } from 'rxjs';
import { duplicateDismissalData } from '../../../core/duplicates/dismissal';
import { dismissalKey, pairKey, pairOf } from '../../../core/duplicates/pairKey';
import { deleteConfig, observeConfigKind, setConfig } from '../configStore';
import type { DataContext } from '../context';

const kind = 'duplicate-dismissal';

/** Pairs the seller said are not duplicates, as pairKey values, live. */
export function observeDismissedPairs(ctx: DataContext): Observable<ReadonlySet<string>> {
  return observeConfigKind<unknown>(ctx, kind).pipe(
    map((entries) => {
      const pairs = new Set<string>();
      for (const entry of entries) {
        const parsed = duplicateDismissalData.safeParse(entry.data);
        if (parsed.success) pairs.add(pairKey(...parsed.data.leadIds));
      }
      return pairs;
    }),
  );
}

/** Records each pair as not duplicates (a pair already dismissed is written again, harmlessly). */
export async function dismissPairs(ctx: DataContext, pairs: readonly (readonly [string, string])[]): Promise<void> {
  const now = ctx.clock();
  for (const [a, b] of pairs) {
    if (a === b) continue;
    const leadIds = pairOf(pairKey(a, b));
    await setConfig(ctx, kind, dismissalKey(a, b), duplicateDismissalData.parse({ leadIds, dismissedAt: now, dismissedBy: ctx.seller.userId }));
  }
}

export async function undismissPairs(ctx: DataContext, pairs: readonly (readonly [string, string])[]): Promise<void> {
  for (const [a, b] of pairs) await deleteConfig(ctx, kind, dismissalKey(a, b));
}
