import type { Subscription } from 'rxjs';
import { dispatch as dispatchSchema, dispatchAnswer, type Dispatch, type DispatchAnswer } from '../../../core/model/dispatch';
import type { Lead } from '../../../core/model/lead';
import { mapAnswers } from '../../../core/questionnaires/mapAnswers';
import { validateAnswers } from '../../../core/questionnaires/validateAnswers';
import { z } from 'zod';
import { changeDocuments } from '../changeDocuments';
import type { DataContext } from '../context';
import { deepEqual } from '../deepEqual';
import { InvalidDataError, NotFoundError } from '../errors';
import { recordLeadEvent } from '../leadActivity';
import { getLead } from '../leadReads';
import { updateLead, type LeadPatch } from '../leadWrites';
import { queryStorage } from '../queryStorage';
import { withoutMeta } from '../storedDocuments';
import { parseOrThrow } from '../validate';

const readDispatch = (stored: Record<string, unknown>): Dispatch => parseOrThrow(dispatchSchema, stored, `stored dispatch ${String(stored.id)}`);

/** What the platform delivers: answers by question id. */
const deliveredAnswers = z.record(z.string().min(1).max(64), dispatchAnswer);

/** The platform stand-in: writes answers and answeredAt onto the dispatch, as replication will. */
export async function receiveAnswers(ctx: DataContext, token: string, answers: Record<string, DispatchAnswer>, at?: number): Promise<Dispatch> {
  const checked = deliveredAnswers.safeParse(answers);
  if (!checked.success) throw new InvalidDataError(`The answers are not in the platform's form (${checked.error.issues[0]?.message ?? 'invalid'})`);
  const [found] = await queryStorage(ctx.db.dispatches, { selector: { token }, limit: 1 });
  if (!found) throw new NotFoundError('There is no questionnaire with this link');
  const answeredAt = at ?? ctx.clock();
  const [written] = await changeDocuments(
    ctx.db.dispatches,
    readDispatch,
    [String(found.id)],
    (current) => ({ data: parseOrThrow(dispatchSchema, { ...current, answers: checked.data, answeredAt, updatedAt: ctx.clock() }, 'dispatch') }),
    'lead-center-platform-answers',
  );
  if (!written) throw new NotFoundError('There is no questionnaire with this link');
  return written.after;
}

/** The top-level lead fields the answers changed, as a patch for the normal lead write. */
function patchOf(before: Lead, after: Lead): LeadPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof Lead)[]) {
    if (!deepEqual(before[key], after[key])) patch[key] = after[key];
  }
  return patch as LeadPatch;
}

/** Marks the dispatch processed unless someone already did; true for the one who did. */
async function claim(ctx: DataContext, id: string, problems: Dispatch['problems']): Promise<boolean> {
  const now = ctx.clock();
  const [written] = await changeDocuments(
    ctx.db.dispatches,
    readDispatch,
    [id],
    (current) => (current.processedAt !== null ? null : { data: { ...current, processedAt: now, problems: problems.slice(0, 400), updatedAt: now } }),
    'lead-center-process-dispatch',
  );
  return written !== undefined;
}

/**
 * One answered dispatch: answers checked against their questions, the good ones written into the
 * lead through the normal lead write (rescored, lead_updated events, rules hear of it), the bad
 * ones kept on the dispatch with the reason. Then the dispatch is claimed as processed and only
 * the claimer records questionnaire_answered, so the event is written once even if two windows
 * race. Writing the fields first means a crash before the claim only repeats the same values.
 */
export async function processDispatch(ctx: DataContext, id: string): Promise<boolean> {
  const [stored] = await ctx.db.dispatches.storageInstance.findDocumentsById([id], false);
  if (!stored) return false;
  const current = readDispatch(withoutMeta(stored));
  if (current.answeredAt === null || current.processedAt !== null) return false;
  const lead = await getLead(ctx, current.leadId);
  if (lead === null) return claim(ctx, id, [{ questionId: '', reason: 'the lead was deleted before the answers arrived' }]);
  const validated = validateAnswers(current.questions, current.answers);
  const mapped = mapAnswers(lead, current.questions, validated.accepted, ctx.brain().settings.qualification);
  const patch = patchOf(lead, mapped.lead);
  if (Object.keys(patch).length > 0) await updateLead(ctx, lead.id, patch);
  const problems = [...validated.problems, ...mapped.problems];
  if (!(await claim(ctx, id, problems))) return false;
  const refused = new Set(mapped.problems.map((p) => p.questionId));
  const answered = Object.keys(validated.accepted).filter((q) => !refused.has(q));
  await recordLeadEvent(ctx, lead.id, {
    type: 'questionnaire_answered',
    at: Math.min(current.answeredAt, ctx.clock()),
    data: { dispatchId: id, answered: answered.slice(0, 100), fields: mapped.fields.slice(0, 100), problems: problems.length },
  });
  return true;
}

/** Answered dispatches not processed yet (a handful: answers are handled as they arrive). */
async function waiting(ctx: DataContext): Promise<string[]> {
  const docs = await queryStorage(ctx.db.dispatches, { selector: { processedAt: { $eq: null } } });
  return docs.filter((d) => d.answeredAt !== null).map((d) => String(d.id));
}

/**
 * Watches the dispatches and handles answers as they arrive (replicated, or written by the
 * platform stand-in). One pass at a time; a change during a pass runs another after it.
 */
export class AnswerProcessor {
  private subscription: Subscription | null = null;
  private running: Promise<number> | null = null;
  private again = false;
  private closed = false;

  constructor(private readonly ctx: DataContext) {}

  start(): void {
    this.subscription = this.ctx.db.dispatches.$.subscribe(() => void this.runSoon());
    void this.runSoon();
  }

  private runSoon(): Promise<number> {
    if (this.closed) return Promise.resolve(0);
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let total = 0;
      do {
        this.again = false;
        total += await this.pass();
      } while (this.again && !this.closed);
      return total;
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(): Promise<number> {
    let done = 0;
    for (const id of await waiting(this.ctx)) {
      if (this.closed) break;
      try {
        if (await processDispatch(this.ctx, id)) done++;
      } catch (error) {
        // Left unprocessed: the next change or the next start tries again.
        console.warn(`Lead Center: could not handle the answers of questionnaire ${id}`, error);
      }
    }
    return done;
  }

  /** Runs a pass now (after any running one); how many dispatches it processed. */
  async processNow(): Promise<number> {
    if (this.running) await this.running;
    return this.runSoon();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.subscription?.unsubscribe();
    await this.running?.catch(() => 0);
  }
}
