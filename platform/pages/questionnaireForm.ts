import type { DispatchAnswer, DispatchQuestion, QuestionSection } from '../../core/model/dispatch';
import { validateAnswers, type AcceptedAnswer } from '../../core/questionnaires/validateAnswers';
import { escapeHtml, page } from './html';

/**
 * The questionnaire form: one field per question (by its kind), the buyer's entered values kept
 * when something needs correcting, and the answers checked with core's validation — the same the
 * app applies when the answers arrive. Field names are `a<index>`: question ids are seller data
 * and never become markup or form keys.
 */

/** What a field shows: the text typed, or the options ticked. */
export type FieldValue = string | string[];

export const fieldName = (index: number): string => `a${index}`;

const sectionTitles: Record<QuestionSection, string> = {
  personal: 'About you',
  company: 'Your company',
  bant_champ: 'Your project',
  quote: 'For your quote',
};

/** The submitted form (strings, or arrays for repeated keys) as raw answers by question id. */
export function answersFromForm(questions: readonly DispatchQuestion[], body: unknown): Record<string, FieldValue> {
  const fields = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const answers: Record<string, FieldValue> = {};
  questions.forEach((question, index) => {
    const raw = fields[fieldName(index)];
    const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
    if (values.length === 0) return;
    // A field that is not a checkbox group sends one value; a second copy is someone's trick: keep the first.
    answers[question.id] = question.kind === 'multiple_choice' ? values : (values[0] as string);
  });
  return answers;
}

export type Submission =
  | { ok: true; answers: Record<string, AcceptedAnswer> }
  | { ok: false; values: Record<string, FieldValue>; problems: Record<string, string> };

/** Checks a submitted form; on problems, what to show again and the message per question id. */
export function checkSubmission(questions: readonly DispatchQuestion[], body: unknown): Submission {
  const values = answersFromForm(questions, body);
  const { accepted, problems } = validateAnswers(questions, values);
  if (problems.length === 0) return { ok: true, answers: accepted };
  const byQuestion: Record<string, string> = {};
  for (const problem of problems) byQuestion[problem.questionId] ??= problem.reason;
  return { ok: false, values, problems: byQuestion };
}

/** Earlier answers (a reopened questionnaire) as the fields' starting values. */
export function valuesFromAnswers(answers: Readonly<Record<string, DispatchAnswer>>): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const [id, answer] of Object.entries(answers)) {
    if (Array.isArray(answer)) values[id] = answer;
    else if (typeof answer === 'string' || typeof answer === 'number') values[id] = String(answer);
  }
  return values;
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

function textOf(value: FieldValue | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? (value[0] ?? '') : value;
}

function inputAttributes(index: number, question: DispatchQuestion, problem: string | undefined): string {
  const described = [question.help !== '' ? `h${index}` : '', problem !== undefined ? `e${index}` : ''].filter(Boolean).join(' ');
  return [
    `name="${fieldName(index)}"`,
    described !== '' ? `aria-describedby="${described}"` : '',
    problem !== undefined ? 'aria-invalid="true"' : '',
    question.required ? 'aria-required="true"' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function control(index: number, question: DispatchQuestion, value: FieldValue | undefined, problem: string | undefined): string {
  const attributes = inputAttributes(index, question, problem);
  const text = escapeHtml(textOf(value));
  switch (question.kind) {
    case 'long_text':
      return `<textarea id="f${index}" ${attributes} maxlength="5000">${text}</textarea>`;
    case 'single_choice':
    case 'multiple_choice': {
      const type = question.kind === 'single_choice' ? 'radio' : 'checkbox';
      const chosen = Array.isArray(value) ? value : value === undefined ? [] : [value];
      return question.options
        .map((option, j) => {
          const checked = chosen.some((c) => same(c, option)) ? ' checked' : '';
          return `<label class="choice" for="f${index}-${j}"><input type="${type}" id="f${index}-${j}" ${attributes} value="${escapeHtml(option)}"${checked}> ${escapeHtml(option)}</label>`;
        })
        .join('\n');
    }
    case 'number':
      return `<input type="text" inputmode="decimal" id="f${index}" ${attributes} value="${text}" maxlength="40">`;
    case 'email':
      return `<input type="email" id="f${index}" ${attributes} value="${text}" maxlength="254" autocomplete="email">`;
    case 'phone':
      return `<input type="tel" id="f${index}" ${attributes} value="${text}" maxlength="40" autocomplete="tel">`;
    case 'date':
      return `<input type="date" id="f${index}" ${attributes} value="${text}">`;
    case 'country':
      return `<input type="text" id="f${index}" ${attributes} value="${text}" maxlength="100" autocomplete="country-name">`;
    case 'text':
      return `<input type="text" id="f${index}" ${attributes} value="${text}" maxlength="500">`;
  }
}

function field(index: number, question: DispatchQuestion, value: FieldValue | undefined, problem: string | undefined): string {
  const required = question.required ? ' <span class="req">(required)</span>' : '';
  const label = `${escapeHtml(question.label)}${required}`;
  const help = question.help !== '' ? `<p class="help" id="h${index}">${escapeHtml(question.help)}</p>` : '';
  const error = problem !== undefined ? `<p class="error" id="e${index}">${escapeHtml(problem)}</p>` : '';
  const grouped = question.kind === 'single_choice' || question.kind === 'multiple_choice';
  const classes = `field${problem !== undefined ? ' invalid' : ''}`;
  if (grouped) {
    return `<fieldset class="${classes}" id="q${index}"><legend>${label}</legend>${help}\n${control(index, question, value, problem)}\n${error}</fieldset>`;
  }
  return `<div class="${classes}" id="q${index}"><label for="f${index}">${label}</label>${help}\n${control(index, question, value, problem)}\n${error}</div>`;
}

export interface QuestionnaireFormView {
  questions: readonly DispatchQuestion[];
  values: Readonly<Record<string, FieldValue>>;
  /** Message per question id. */
  problems: Readonly<Record<string, string>>;
}

/** The whole form page. Posts back to its own address (the token link). */
export function renderQuestionnaireForm(view: QuestionnaireFormView): string {
  const parts: string[] = ['<h1>A few questions about your request</h1>', '<p>Your answers go straight to the seller, so they can prepare the right offer.</p>'];
  const problemEntries = view.questions.map((q, i) => ({ q, i, problem: view.problems[q.id] })).filter((e) => e.problem !== undefined);
  if (problemEntries.length > 0) {
    const items = problemEntries.map((e) => `<li><a href="#q${e.i}">${escapeHtml(e.q.label)}</a>: ${escapeHtml(e.problem)}</li>`).join('');
    parts.push(`<div class="summary" role="alert"><p class="error">Please check ${problemEntries.length === 1 ? 'this answer' : `these ${problemEntries.length} answers`}:</p><ul>${items}</ul></div>`);
  }
  parts.push('<form method="post" accept-charset="utf-8" novalidate>');
  let section: QuestionSection | null = null;
  view.questions.forEach((question, index) => {
    if (question.section !== section) {
      section = question.section;
      parts.push(`<h2>${escapeHtml(sectionTitles[question.section])}</h2>`);
    }
    parts.push(field(index, question, view.values[question.id], view.problems[question.id]));
  });
  parts.push('<button type="submit">Send my answers</button>', '</form>');
  return page('Questionnaire — Power Cozmo', parts.join('\n'));
}
