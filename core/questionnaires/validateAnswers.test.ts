import { describe, expect, it } from 'vitest';
import { dispatchQuestion, type DispatchQuestion } from '../model/dispatch';
import { validateAnswers } from './validateAnswers';

const question = (id: string, kind: DispatchQuestion['kind'], extra: Partial<DispatchQuestion> = {}) => dispatchQuestion.parse({ id, label: id, kind, ...extra });

describe('validateAnswers', () => {
  const questions = [
    question('t', 'text'),
    question('lt', 'long_text'),
    question('n', 'number'),
    question('one', 'single_choice', { options: ['High Budget', 'Low Budget'] }),
    question('many', 'multiple_choice', { options: ['Technical', 'Financial', 'Operational'] }),
    question('mail', 'email'),
    question('tel', 'phone'),
    question('land', 'country'),
    question('when', 'date'),
  ];

  it('accepts each kind in the forms buyers type, normalised', () => {
    const result = validateAnswers(questions, {
      t: '  Turbine blades ',
      lt: 'Line one\nLine two',
      n: '1,200',
      one: 'high budget',
      many: ['financial', 'Technical', 'Financial'],
      mail: 'Amira@GulfPower.AE',
      tel: '+971 4 123 4567',
      land: 'United Arab Emirates',
      when: '2026-02-28',
    });
    expect(result.problems).toEqual([]);
    expect(result.accepted).toEqual({
      t: 'Turbine blades',
      lt: 'Line one\nLine two',
      n: 1200,
      one: 'High Budget',
      many: ['Financial', 'Technical'],
      mail: 'amira@gulfpower.ae',
      tel: '+97141234567',
      land: 'AE',
      when: '2026-02-28',
    });
  });

  it('keeps every bad answer with its reason and accepts none of them', () => {
    const result = validateAnswers(questions, {
      t: 42,
      n: 'about forty',
      one: 'Huge Budget',
      many: ['Technical', 'Legal'],
      mail: 'not-an-address',
      tel: '12',
      land: 'Atlantis',
      when: '2026-02-30',
      lt: 'x'.repeat(5001),
    });
    expect(result.accepted).toEqual({});
    expect(Object.fromEntries(result.problems.map((p) => [p.questionId, p.reason]))).toMatchObject({
      t: 'write a short text',
      n: 'write a number',
      one: '"Huge Budget" is not one of the options',
      many: '"Legal" is not one of the options',
      when: 'give a date as YYYY-MM-DD',
      lt: 'keep it under 5000 characters',
    });
    expect(result.problems.map((p) => p.questionId).sort()).toEqual(['land', 'lt', 'mail', 'many', 'n', 'one', 't', 'tel', 'when']);
  });

  it('refuses negative numbers, objects and booleans', () => {
    const result = validateAnswers([question('n', 'number'), question('t', 'text')], { n: -3, t: true });
    expect(result.problems).toEqual([
      { questionId: 'n', reason: 'the number cannot be negative' },
      { questionId: 't', reason: 'write a short text' },
    ]);
  });

  it('a blank optional answer is no answer; a blank required one is a problem', () => {
    const result = validateAnswers([question('a', 'text'), question('b', 'number', { required: true }), question('c', 'multiple_choice', { options: ['x', 'y'], required: true })], {
      a: '   ',
      b: null,
      c: [],
    });
    expect(result.accepted).toEqual({});
    expect(result.problems).toEqual([
      { questionId: 'b', reason: 'required, but not answered' },
      { questionId: 'c', reason: 'required, but not answered' },
    ]);
  });

  it('answers to questions that were not asked are problems', () => {
    const result = validateAnswers([question('a', 'text')], { a: 'fine', sneaky: 'score=100' });
    expect(result.accepted).toEqual({ a: 'fine' });
    expect(result.problems).toEqual([{ questionId: 'sneaky', reason: 'not a question of this questionnaire' }]);
  });

  it('a single choice given as a list, or a list given as one text', () => {
    const many = question('many', 'multiple_choice', { options: ['A', 'B'] });
    const one = question('one', 'single_choice', { options: ['A', 'B'] });
    expect(validateAnswers([many, one], { many: 'a', one: ['A'] })).toEqual({
      accepted: { many: ['A'] },
      problems: [{ questionId: 'one', reason: 'choose one of the options' }],
    });
  });
});
