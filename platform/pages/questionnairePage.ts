import { dispatch as dispatchSchema, type Dispatch } from '../../core/model/dispatch';
import type { WireDocument } from '../../core/sync/protocol';
import { messagePage } from './html';
import { checkSubmission, renderQuestionnaireForm, valuesFromAnswers, type FieldValue } from './questionnaireForm';

/** The dispatch token's shape (core's dispatch schema): anything else is not worth a lookup. */
export const tokenPattern = /^[A-Za-z0-9_-]{16,128}$/;

export type DispatchState =
  | { kind: 'missing' }
  | { kind: 'expired' }
  | { kind: 'answered'; dispatch: Dispatch }
  | { kind: 'open'; dispatch: Dispatch; stored: WireDocument };

/**
 * What a token link leads to. Two live dispatches with one token (a token copied into another
 * seller's dispatch) count as none: answers must never reach a seller they were not meant for.
 */
export function dispatchState(found: readonly WireDocument[], now: number): DispatchState {
  const live = found.filter((d) => !d._deleted);
  if (live.length !== 1) return { kind: 'missing' };
  const stored = live[0] as WireDocument;
  const parsed = dispatchSchema.safeParse(stored);
  if (!parsed.success) return { kind: 'missing' };
  const dispatch = parsed.data;
  if (dispatch.answeredAt !== null) return { kind: 'answered', dispatch };
  if (dispatch.expiresAt !== null && dispatch.expiresAt <= now) return { kind: 'expired' };
  return { kind: 'open', dispatch, stored };
}

export interface PageAnswer {
  status: number;
  html: string;
}

export const missingPage = (): PageAnswer => ({
  status: 404,
  html: messagePage('This questionnaire link is not valid', 'Please check that you opened the whole link from the email. If it still does not work, reply to the email and the seller will send you a new one.'),
});

export const expiredPage = (): PageAnswer => ({
  status: 410,
  html: messagePage('This questionnaire has closed', 'The time to answer it has passed. Reply to the email if you would still like to send your answers; the seller can open it again for you.'),
});

export const answeredPage = (status: number): PageAnswer => ({
  status,
  html: messagePage('Thank you — your answers have been sent', 'The seller has your answers and will be in touch. If something needs changing, reply to the email and the seller can open the questionnaire again for you.'),
});

/** The form as the buyer first sees it; a reopened questionnaire shows the earlier answers. */
export function formPage(dispatch: Dispatch, values?: Record<string, FieldValue>, problems?: Record<string, string>): PageAnswer {
  return {
    status: problems && Object.keys(problems).length > 0 ? 422 : 200,
    html: renderQuestionnaireForm({ questions: dispatch.questions, values: values ?? valuesFromAnswers(dispatch.answers), problems: problems ?? {} }),
  };
}

export type SubmitOutcome =
  | { kind: 'page'; page: PageAnswer }
  /** The dispatch to write: answers and answeredAt, nothing else changed. */
  | { kind: 'write'; document: WireDocument; page: PageAnswer };

/** A submitted form against the dispatch's state: the page to show and, when accepted, the write. */
export function submitAnswers(state: DispatchState, body: unknown, now: number): SubmitOutcome {
  switch (state.kind) {
    case 'missing':
      return { kind: 'page', page: missingPage() };
    case 'expired':
      return { kind: 'page', page: expiredPage() };
    case 'answered':
      return { kind: 'page', page: answeredPage(409) };
    case 'open': {
      const checked = checkSubmission(state.dispatch.questions, body);
      if (!checked.ok) return { kind: 'page', page: formPage(state.dispatch, checked.values, checked.problems) };
      // The stored document with only these fields replaced: the app's three-way merge sees just them.
      const document = { ...state.stored, answers: checked.answers, answeredAt: now, updatedAt: Math.max(now, state.dispatch.updatedAt) };
      return { kind: 'write', document, page: answeredPage(200) };
    }
  }
}
