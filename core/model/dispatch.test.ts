import { describe, expect, it } from 'vitest';
import { dispatch } from './dispatch';

const base = { id: 'dispatch-1', ownerId: 'seller-1', teamId: 'team-1', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 };
const question = { id: 'q1', label: 'What is your budget?', kind: 'single_choice', options: ['High', 'Low'], leadField: 'qualification.budget' };

describe('dispatch', () => {
  it('holds questions, answers and timestamps', () => {
    const parsed = dispatch.parse({
      ...base,
      leadId: 'lead-1',
      token: 'abcdefghijklmnop_QRST-1234',
      questions: [question, { id: 'q2', label: 'Quantity', kind: 'number', required: true }],
      answers: { q1: 'High', q2: 40 },
      sentAt: 10,
      answeredAt: 20,
    });
    expect(parsed.questions[1]).toMatchObject({ required: true, options: [], leadField: '', help: '' });
    expect(parsed.answers).toEqual({ q1: 'High', q2: 40 });
    expect(parsed.expiresAt).toBeNull();
  });

  it('refuses short or unsafe tokens', () => {
    const make = (token: string) => dispatch.safeParse({ ...base, leadId: 'lead-1', token, questions: [question] });
    expect(make('short').success).toBe(false);
    expect(make('has spaces in the token!!').success).toBe(false);
    expect(make('abcdefghijklmnopqrstu').success).toBe(true);
  });

  it('needs at least one question', () => {
    const parsed = dispatch.safeParse({ ...base, leadId: 'lead-1', token: 'abcdefghijklmnopqrstu', questions: [] });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues[0]?.message).toBe('a questionnaire needs at least one question');
  });

  it('refuses unknown question kinds and object answers', () => {
    expect(dispatch.safeParse({ ...base, leadId: 'l', token: 'abcdefghijklmnopqrstu', questions: [{ ...question, kind: 'essay' }] }).success).toBe(false);
    expect(
      dispatch.safeParse({ ...base, leadId: 'l', token: 'abcdefghijklmnopqrstu', questions: [question], answers: { q1: { nested: true } } }).success,
    ).toBe(false);
  });
});
