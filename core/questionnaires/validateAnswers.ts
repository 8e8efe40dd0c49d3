import { z } from 'zod';
import type { AnswerProblem, DispatchQuestion } from '../model/dispatch';
import { normaliseCountry } from '../model/normaliseCountry';
import { normaliseEmail } from '../model/normaliseEmail';
import { normalisePhone } from '../model/normalisePhone';

/** A checked answer: text, a number, or chosen options (canonical spelling of the question's options). */
export type AcceptedAnswer = string | number | string[];

export interface ValidatedAnswers {
  /** By question id; questions left blank are absent. */
  accepted: Record<string, AcceptedAnswer>;
  problems: AnswerProblem[];
}

const blank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** "1,200" and " 40 " count as numbers: buyers type them so. */
const numberAnswer = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?[\d,. ]+$/, 'write a number')
    .transform((text) => Number(text.replace(/[ ,]/g, ''))),
], { error: 'write a number' });

function optionMatch(options: readonly string[], value: string): string | undefined {
  const wanted = value.trim().toLowerCase();
  return options.find((o) => o.toLowerCase() === wanted);
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(text: string): boolean {
  const match = isoDate.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The zod schema of one question's answer (a non-blank one). */
export function answerSchema(question: DispatchQuestion): z.ZodType<AcceptedAnswer, unknown> {
  switch (question.kind) {
    case 'text':
      return z.string({ error: 'write a short text' }).trim().max(500, 'keep it under 500 characters');
    case 'long_text':
      return z.string({ error: 'write a text' }).trim().max(5000, 'keep it under 5000 characters');
    case 'number':
      return numberAnswer.pipe(z.number({ error: 'write a number' }).min(0, 'the number cannot be negative'));
    case 'single_choice':
      return z.string({ error: 'choose one of the options' }).transform((value, ctx) => {
        const option = optionMatch(question.options, value);
        if (option === undefined) {
          ctx.addIssue({ code: 'custom', message: `"${value}" is not one of the options` });
          return z.NEVER;
        }
        return option;
      });
    case 'multiple_choice':
      return z
        .union([z.array(z.string()), z.string().transform((one) => [one])], { error: 'choose from the options' })
        .transform((values, ctx) => {
          const chosen: string[] = [];
          for (const value of values) {
            const option = optionMatch(question.options, value);
            if (option === undefined) {
              ctx.addIssue({ code: 'custom', message: `"${value}" is not one of the options` });
              return z.NEVER;
            }
            if (!chosen.includes(option)) chosen.push(option);
          }
          return chosen;
        });
    case 'email':
      return z.string({ error: 'write an email address' }).transform((value, ctx) => {
        const checked = normaliseEmail(value);
        if (!checked.ok) {
          ctx.addIssue({ code: 'custom', message: checked.error });
          return z.NEVER;
        }
        return checked.value;
      });
    case 'phone':
      return z.string({ error: 'write a phone number' }).transform((value, ctx) => {
        const checked = normalisePhone(value);
        if (!checked.ok) {
          ctx.addIssue({ code: 'custom', message: checked.error });
          return z.NEVER;
        }
        return checked.value;
      });
    case 'country':
      return z.string({ error: 'name a country' }).transform((value, ctx) => {
        const checked = normaliseCountry(value);
        if (!checked.ok || checked.value === '') {
          ctx.addIssue({ code: 'custom', message: checked.ok ? 'name a country' : checked.error });
          return z.NEVER;
        }
        return checked.value;
      });
    case 'date':
      return z
        .string({ error: 'give a date' })
        .trim()
        .refine(validDate, 'give a date as YYYY-MM-DD');
  }
}

/**
 * Checks the buyer's answers against the questions that were sent. A blank answer to an optional
 * question is no answer; to a required one it is a problem. Answers to questions that were not
 * asked, and answers of the wrong shape, are problems too: kept with the reason, never written.
 */
export function validateAnswers(questions: readonly DispatchQuestion[], answers: Readonly<Record<string, unknown>>): ValidatedAnswers {
  const accepted: Record<string, AcceptedAnswer> = {};
  const problems: AnswerProblem[] = [];
  const asked = new Set(questions.map((q) => q.id));
  for (const question of questions) {
    const raw = Object.prototype.hasOwnProperty.call(answers, question.id) ? answers[question.id] : undefined;
    if (blank(raw)) {
      if (question.required) problems.push({ questionId: question.id, reason: 'required, but not answered' });
      continue;
    }
    const parsed = answerSchema(question).safeParse(raw);
    if (parsed.success) accepted[question.id] = parsed.data;
    else problems.push({ questionId: question.id, reason: parsed.error.issues[0]?.message ?? 'not a valid answer' });
  }
  for (const id of Object.keys(answers).sort()) {
    if (!asked.has(id)) problems.push({ questionId: id.slice(0, 64), reason: 'not a question of this questionnaire' });
  }
  return { accepted, problems };
}
