import { describe, expect, it } from 'vitest';
import { dispatchQuestion, type DispatchQuestion } from '../../core/model/dispatch';
import { validateAnswers } from '../../core/questionnaires/validateAnswers';
import { answersFromForm, checkSubmission, renderQuestionnaireForm, valuesFromAnswers } from './questionnaireForm';

const q = (id: string, kind: DispatchQuestion['kind'], extra: Partial<DispatchQuestion> = {}): DispatchQuestion =>
  dispatchQuestion.parse({ id, label: `Label ${id}`, kind, ...extra });

const questions = [
  q('name', 'text', { required: true }),
  q('budget', 'single_choice', { options: ['High', 'Low'], section: 'bant_champ' }),
  q('areas', 'multiple_choice', { options: ['Solar', 'Pumps'], section: 'quote' }),
  q('qty', 'number', { section: 'quote' }),
];

describe('answersFromForm', () => {
  it('maps a<index> fields to question ids, arrays only for multiple choice', () => {
    expect(answersFromForm(questions, { a0: 'Amira', a1: ['High', 'Low'], a2: 'Solar', a3: '1,200', other: 'x' })).toEqual({
      name: 'Amira',
      budget: 'High',
      areas: ['Solar'],
      qty: '1,200',
    });
  });

  it('ignores non-text values and a missing body', () => {
    expect(answersFromForm(questions, { a0: { nested: true }, a3: 5 })).toEqual({});
    expect(answersFromForm(questions, null)).toEqual({});
    expect(answersFromForm(questions, 'a0=x')).toEqual({});
  });
});

describe('checkSubmission', () => {
  it('accepts good answers in their canonical form', () => {
    expect(checkSubmission(questions, { a0: ' Amira ', a1: 'high', a2: ['pumps', 'Solar'], a3: '1,200' })).toEqual({
      ok: true,
      answers: { name: 'Amira', budget: 'High', areas: ['Pumps', 'Solar'], qty: 1200 },
    });
  });

  it('lists problems per question and keeps what was typed', () => {
    const result = checkSubmission(questions, { a0: '', a1: 'Medium', a3: 'lots' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual({ name: 'required, but not answered', budget: '"Medium" is not one of the options', qty: 'write a number' });
    expect(result.values).toEqual({ name: '', budget: 'Medium', qty: 'lots' });
  });
});

describe('answers the platform stores', () => {
  it('pass the app\'s own check unchanged, for every kind of question', () => {
    const all = [
      q('t', 'text'),
      q('lt', 'long_text'),
      q('n', 'number'),
      q('one', 'single_choice', { options: ['High Budget', 'Low Budget'] }),
      q('many', 'multiple_choice', { options: ['Technical', 'Financial'] }),
      q('mail', 'email'),
      q('tel', 'phone'),
      q('land', 'country'),
      q('when', 'date'),
    ];
    const submitted = checkSubmission(all, {
      a0: ' Turbine ',
      a1: 'Line one\r\nLine two',
      a2: '1 200',
      a3: 'high budget',
      a4: ['financial', 'Technical'],
      a5: 'Amira@GulfPower.AE',
      a6: '+971 4 123 4567',
      a7: 'United Arab Emirates',
      a8: '2026-02-28',
    });
    expect(submitted.ok).toBe(true);
    if (!submitted.ok) return;
    // What replicates to the seller is what the app's answer handling accepts as it is.
    expect(validateAnswers(all, submitted.answers)).toEqual({ accepted: submitted.answers, problems: [] });
  });
});

describe('valuesFromAnswers', () => {
  it('shows earlier answers as field values', () => {
    expect(valuesFromAnswers({ a: 'x', n: 12, m: ['A'], b: true, z: null })).toEqual({ a: 'x', n: '12', m: ['A'] });
  });
});

describe('renderQuestionnaireForm', () => {
  const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
  const evil = [
    q('x"><script>alert(0)</script>', 'text', { label: hostile, help: hostile }),
    q('c', 'single_choice', { label: 'Pick', options: [hostile, 'fine'] }),
    q('m', 'multiple_choice', { label: 'Many', options: [`"' onfocus=alert(3) x='`] }),
    q('l', 'long_text', { label: 'Long' }),
  ];

  it('renders seller and buyer text inert', () => {
    const html = renderQuestionnaireForm({
      questions: evil,
      values: { 'x"><script>alert(0)</script>': hostile, c: hostile, l: `</textarea><script>alert(4)</script>` },
      problems: { c: `"${hostile}" is not one of the options` },
    });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<\/textarea><script/i);
    // An attribute value never closes early: every quote inside is an entity.
    expect(html).toContain('value="&quot;&#39; onfocus=alert(3) x=&#39;"');
    expect(html).not.toContain('x"><script>');
    // The question id is not used in the markup at all.
    expect(html).not.toContain('alert(0)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('marks the chosen option and shows the problem next to the field and in a summary', () => {
    const html = renderQuestionnaireForm({
      questions,
      values: { budget: 'high', areas: ['Pumps'], qty: 'lots' },
      problems: { qty: 'write a number' },
    });
    expect(html).toMatch(/<input type="radio" id="f1-0"[^>]*value="High" checked>/);
    expect(html).toMatch(/<input type="radio" id="f1-1"[^>]*value="Low">/);
    expect(html).toMatch(/<input type="checkbox" id="f2-1"[^>]*value="Pumps" checked>/);
    expect(html).toMatch(/<input type="text" inputmode="decimal" id="f3" name="a3" aria-describedby="e3" aria-invalid="true" value="lots"/);
    expect(html).toContain('<p class="error" id="e3">write a number</p>');
    expect(html).toContain('<div class="summary" role="alert">');
    expect(html).toContain('<h2>Your project</h2>');
    expect(html).toContain('Label name <span class="req">(required)</span>');
  });

  it('has no summary when nothing is wrong', () => {
    expect(renderQuestionnaireForm({ questions, values: {}, problems: {} })).not.toContain('class="summary"');
  });
});
