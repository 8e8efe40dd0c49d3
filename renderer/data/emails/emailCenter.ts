import { combineLatest, map, type Observable } from 'rxjs';
import type { EmailCenter } from '../emailContract';
import { createDraft, draftFromTemplate } from './drafting';
import type { EmailDeps } from './emailDeps';
import { approveEmails, withdrawApprovals, cancelEmail, editEmail, mayDecide, recordBounce, recordReply, rejectEmail, reopenEmail, submitEmail } from './emailMoves';
import { observeApprovalPolicy } from './emailSettings';
import { getEmail, observeEmails } from './emailStore';
import { OutboxRunner, type OutboxOptions } from './outbox';

export interface OpenEmailCenter extends EmailCenter {
  readonly outbox: OutboxRunner;
  close(): Promise<void>;
}

/** `data.emails`: drafts, the approval queue and the outbox over the emails collection. */
export function createEmailCenter(deps: EmailDeps, outboxOptions: OutboxOptions): OpenEmailCenter {
  const outbox = new OutboxRunner(deps, outboxOptions);
  const { userId, role, teamId } = deps.ctx.seller;
  const approver = { userId, role, teamId };

  const observeApprovalCount = (): Observable<number> =>
    combineLatest([observeEmails(deps.ctx, { statuses: ['pending_approval'] }), observeApprovalPolicy(deps.ctx)]).pipe(
      // Who decides, not whether it is ready: a draft with a token left is still in this person's queue.
      map(([pending, policy]) => pending.filter((e) => mayDecide(e, approver, policy) === null).length),
    );

  return {
    observe: (filter) => observeEmails(deps.ctx, filter),
    get: (id) => getEmail(deps.ctx, id),
    observeApprovalCount,
    createDraft: (input) => createDraft(deps, input),
    draftFromTemplate: (leadId, templateId, options) => draftFromTemplate(deps, leadId, templateId, options),
    edit: (id, patch) => editEmail(deps, id, patch),
    submit: (id, note) => submitEmail(deps, id, note),
    approve: async (ids, note) => {
      const outcome = await approveEmails(deps, ids, note);
      if (outcome.done.length > 0) outbox.soon();
      return outcome;
    },
    withdrawApproval: (ids) => withdrawApprovals(deps, ids),
    reject: (id, reason) => rejectEmail(deps, id, reason),
    reopen: (id) => reopenEmail(deps, id),
    cancel: (id, reason) => cancelEmail(deps, id, reason),
    recordReply: (id, input) => recordReply(deps, id, input),
    recordBounce: (id, input) => recordBounce(deps, id, input),
    outbox,
    close: () => outbox.close(),
  };
}
