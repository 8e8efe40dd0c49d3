import { z } from 'zod';
import { baseDocument, epochMs } from './base';

export const questionKinds = ['text', 'long_text', 'number', 'single_choice', 'multiple_choice', 'email', 'phone', 'country', 'date'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/**
 * Seed 002: a questionnaire has two parts, general information (personal, company, BANT-CHAMP)
 * and the specific data needed for a quote.
 */
export const questionSections = ['personal', 'company', 'bant_champ', 'quote'] as const;
export type QuestionSection = (typeof questionSections)[number];

export const dispatchQuestion = z.object({
  id: z.string().min(1).max(64),
  label: z.string().trim().min(1, 'a question needs a text').max(500),
  help: z.string().max(1000).default(''),
  kind: z.enum(questionKinds),
  section: z.enum(questionSections).default('personal'),
  options: z.array(z.string().min(1).max(200)).max(100).default([]),
  required: z.boolean().default(false),
  /** Lead field the answer fills, e.g. "qualification.budget" or "customFields.quote_quantity"; '' to keep it on the dispatch only. */
  leadField: z.string().max(100).default(''),
});
export type DispatchQuestion = z.infer<typeof dispatchQuestion>;

export const dispatchAnswer = z.union([
  z.string().max(5000),
  z.number(),
  z.boolean(),
  z.array(z.string().max(200)).max(100),
  z.null(),
]);
export type DispatchAnswer = z.infer<typeof dispatchAnswer>;

/** An answer that was not written into the lead, and why (kept on the dispatch for the seller). */
export const answerProblem = z.object({
  questionId: z.string().max(64),
  reason: z.string().max(500),
});
export type AnswerProblem = z.infer<typeof answerProblem>;

/** A questionnaire sent to a buyer (seed 002, "Questioner tool"). The token is the buyer's only key. */
export const dispatch = baseDocument.extend({
  leadId: z.string().min(1).max(64),
  token: z
    .string()
    .min(16, 'a dispatch token needs at least 16 characters')
    .max(128)
    .regex(/^[A-Za-z0-9_-]+$/, 'a dispatch token uses letters, digits, _ and - only'),
  templateId: z.string().max(64).default(''),
  /** Email that carried the link; '' until queued. */
  emailId: z.string().max(64).default(''),
  questions: z.array(dispatchQuestion).min(1, 'a questionnaire needs at least one question').max(200),
  /** Answers by question id. */
  answers: z.record(z.string().max(64), dispatchAnswer).default({}),
  sentAt: epochMs.nullable().default(null),
  answeredAt: epochMs.nullable().default(null),
  expiresAt: epochMs.nullable().default(null),
  /** When the answers were handled (written into the lead); null while waiting. Processed once. */
  processedAt: epochMs.nullable().default(null),
  /** Answers refused while processing, with the reason. */
  problems: z.array(answerProblem).max(400).default([]),
  /** The rule that sent it; '' when the seller did. */
  ruleId: z.string().max(64).default(''),
});
export type Dispatch = z.infer<typeof dispatch>;
export type DispatchInput = z.input<typeof dispatch>;
