import { dispatch as dispatchSchema, type Dispatch } from '../../../core/model/dispatch';
import { changeDocuments } from '../changeDocuments';
import type { DataContext } from '../context';
import { NotFoundError } from '../errors';
import { withoutMeta } from '../storedDocuments';
import { parseOrThrow } from '../validate';

const readDispatch = (stored: Record<string, unknown>): Dispatch => parseOrThrow(dispatchSchema, stored, `stored dispatch ${String(stored.id)}`);

/**
 * "Let the buyer answer again": the dispatch waits for answers once more (answeredAt and
 * processedAt cleared, the last round's problems dropped). The earlier answers stay on it, so the
 * buyer's form opens filled in; what they already gave stays in the lead. The change replicates
 * and the platform takes one more submission at the same link. A dispatch still waiting is left
 * as it is.
 */
export async function reopenDispatch(ctx: DataContext, id: string): Promise<Dispatch> {
  const now = ctx.clock();
  const [written] = await changeDocuments(
    ctx.db.dispatches,
    readDispatch,
    [id],
    (current) =>
      current.answeredAt === null && current.processedAt === null
        ? null
        : { data: parseOrThrow(dispatchSchema, { ...current, answeredAt: null, processedAt: null, problems: [], updatedAt: Math.max(now, current.updatedAt) }, 'dispatch') },
    'lead-center-reopen-dispatch',
  );
  if (written) return written.after;
  const [stored] = await ctx.db.dispatches.storageInstance.findDocumentsById([id], false);
  if (!stored) throw new NotFoundError('There is no such questionnaire to open again');
  return readDispatch(withoutMeta(stored));
}
