import { describe, expect, it } from 'vitest';
import { dispatch as dispatchSchema, type DispatchInput } from '../../core/model/dispatch';
import type { WireDocument } from '../../core/sync/protocol';
import { dispatchState, submitAnswers } from './questionnairePage';

const now = 1_750_000_000_000;

function stored(extra: Partial<DispatchInput> = {}, deleted = false): WireDocument {
  const parsed = dispatchSchema.parse({
    id: 'd1',
    ownerId: 'omar',
    teamId: 'team',
    createdAt: now - 1000,
    updatedAt: now - 1000,
    leadId: 'lead-1',
    token: 'abcdefghijklmnopqrstuv',
    questions: [
      { id: 'budget', label: 'Budget', kind: 'single_choice', options: ['High', 'Low'], required: true },
      { id: 'qty', label: 'Quantity', kind: 'number' },
    ],
    ...extra,
  });
  return { ...parsed, _deleted: deleted };
}

describe('dispatchState', () => {
  it('is open for one live, unanswered, unexpired dispatch', () => {
    expect(dispatchState([stored()], now).kind).toBe('open');
    expect(dispatchState([stored({ expiresAt: now + 1 })], now).kind).toBe('open');
  });

  it('knows answered, expired and missing ones', () => {
    expect(dispatchState([stored({ answeredAt: now - 5 })], now).kind).toBe('answered');
    expect(dispatchState([stored({ expiresAt: now })], now).kind).toBe('expired');
    expect(dispatchState([], now).kind).toBe('missing');
    expect(dispatchState([stored({}, true)], now).kind).toBe('missing');
    expect(dispatchState([{ id: 'x', _deleted: false, token: 'abcdefghijklmnopqrstuv' }], now).kind).toBe('missing');
  });

  it('treats a token held by two dispatches as no dispatch', () => {
    expect(dispatchState([stored(), { ...stored(), id: 'd2', ownerId: 'other' }], now).kind).toBe('missing');
  });
});

describe('submitAnswers', () => {
  it('writes canonical answers and answeredAt onto the stored document, nothing else', () => {
    const state = dispatchState([{ ...stored(), extraClientField: 'kept' }], now);
    const outcome = submitAnswers(state, { a0: 'high', a1: '1,200' }, now);
    expect(outcome.kind).toBe('write');
    if (outcome.kind !== 'write') return;
    expect(outcome.document).toMatchObject({ answers: { budget: 'High', qty: 1200 }, answeredAt: now, updatedAt: now, processedAt: null, extraClientField: 'kept' });
    expect(outcome.page.status).toBe(200);
  });

  it('shows the form again with the problems and the typed values', () => {
    const outcome = submitAnswers(dispatchState([stored()], now), { a1: 'many' }, now);
    expect(outcome.kind).toBe('page');
    if (outcome.kind !== 'page') return;
    expect(outcome.page.status).toBe(422);
    expect(outcome.page.html).toContain('required, but not answered');
    expect(outcome.page.html).toContain('value="many"');
  });

  it('refuses a second submission, an expired or a missing questionnaire', () => {
    expect(submitAnswers(dispatchState([stored({ answeredAt: now })], now), { a0: 'High' }, now)).toMatchObject({ kind: 'page', page: { status: 409 } });
    expect(submitAnswers(dispatchState([stored({ expiresAt: now - 1 })], now), { a0: 'High' }, now)).toMatchObject({ kind: 'page', page: { status: 410 } });
    expect(submitAnswers(dispatchState([], now), { a0: 'High' }, now)).toMatchObject({ kind: 'page', page: { status: 404 } });
  });
});
