import { z } from 'zod';
import { baseDocument, epochMs } from './base';

export const questionKinds = ['text', 'long_text', 'number', 'single_choice', 'multiple_choice', 'email', 'phone', 'country', 'date'] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const dispatchQuestion = z.object({
  id: z.string().min(1).max(64),
  label: z.string().trim().min(1, 'a question needs a text').max(500),
  help: z.string().max(1000).default(''),
  kind: z.enum(questionKinds),
  options: z.array(z.string().min(1).max(200)).max(100).default([]),
  required: z.boolean().default(false),
  /** Lead field the answer fills, e.g. "qualification.budget"; '' for quote-specific questions. */
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
});
export type Dispatch = z.infer<typeof dispatch>;
export type DispatchInput = z.input<typeof dispatch>;
