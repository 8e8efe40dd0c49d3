import { z } from 'zod';
import { dispatchQuestion } from '../model/dispatch';
import { fieldProblem } from './answerableFields';

/** The token the email body must carry: it becomes the buyer's personal link. */
export const linkToken = '{{questionnaire.link}}';

export const defaultEmailSubject = 'A few questions about your request, {{lead.firstName}}';
export const defaultEmailBody = [
  'Hello {{lead.firstName}},',
  '',
  'Thank you for your interest. So that we can prepare the right offer, could you answer a few short questions? It takes about three minutes:',
  '',
  linkToken,
  '',
  'We only ask what we do not know yet.',
  '',
  'Best regards,',
  '{{seller.name}}',
].join('\n');

/** A questionnaire the seller builds (config 'questionnaire-template', key = template id). */
export const questionnaireTemplate = z
  .object({
    name: z.string().trim().min(1, 'give the questionnaire a name').max(100),
    description: z.string().max(500).default(''),
    emailSubject: z.string().trim().min(1, 'the email needs a subject').max(300).default(defaultEmailSubject),
    emailBody: z
      .string()
      .max(5000)
      .default(defaultEmailBody)
      .refine((body) => body.includes(linkToken), `the email must contain ${linkToken}, where the buyer's link goes`),
    questions: z.array(dispatchQuestion).min(1, 'a questionnaire needs at least one question').max(200),
  })
  .superRefine((template, ctx) => {
    const ids = new Set<string>();
    const fields = new Map<string, number>();
    template.questions.forEach((question, index) => {
      const where = `Question ${index + 1}`;
      const path = ['questions', index];
      if (ids.has(question.id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `${where}: another question has the same id` });
      ids.add(question.id);
      const choice = question.kind === 'single_choice' || question.kind === 'multiple_choice';
      if (choice && question.options.length < 2) ctx.addIssue({ code: 'custom', path: [...path, 'options'], message: `${where}: a choice question needs at least two options` });
      if (choice && new Set(question.options.map((o) => o.toLowerCase())).size !== question.options.length) {
        ctx.addIssue({ code: 'custom', path: [...path, 'options'], message: `${where}: each option appears once` });
      }
      const problem = fieldProblem(question.leadField, question.kind);
      if (problem !== null) ctx.addIssue({ code: 'custom', path: [...path, 'leadField'], message: `${where}: ${problem}` });
      if (question.leadField !== '') {
        const first = fields.get(question.leadField);
        if (first !== undefined) ctx.addIssue({ code: 'custom', path: [...path, 'leadField'], message: `${where}: question ${first + 1} already fills this field` });
        else fields.set(question.leadField, index);
      }
    });
  });
export type QuestionnaireTemplate = z.infer<typeof questionnaireTemplate>;
export type QuestionnaireTemplateInput = z.input<typeof questionnaireTemplate>;

/** Questionnaire settings (config 'questionnaire-template', key 'settings'). */
export const questionnaireSettings = z.object({
  /**
   * Where the platform serves the forms: a dispatch's link is `<base>/q/<token>`. The platform
   * issue serves that page; until then the link is only written into the email.
   */
  platformBaseUrl: z
    .string()
    .trim()
    .max(300)
    .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'the form address is a web address such as https://powercozmo.com'),
  /** Template sent when none is named (the rule action's "default questionnaire"). */
  defaultTemplateId: z.string().min(1).max(40),
});
export type QuestionnaireSettings = z.infer<typeof questionnaireSettings>;

/** Key of the settings document among the templates. */
export const settingsKey = 'settings';

export const defaultQuestionnaireSettings: QuestionnaireSettings = { platformBaseUrl: 'https://powercozmo.com', defaultTemplateId: 'default' };

/** What the config kind holds: templates, and the one settings document. */
export const questionnaireConfigData = z.union([questionnaireSettings, questionnaireTemplate]);

/** The first problem of a template in plain words, or null. */
export function templateProblem(input: unknown): string | null {
  const parsed = questionnaireTemplate.safeParse(input);
  if (parsed.success) return null;
  return parsed.error.issues[0]?.message ?? 'the questionnaire is not valid';
}

/** The buyer's link: the base without trailing slashes, then /q/ and the token. */
export function questionnaireLink(baseUrl: string, token: string): string {
  return `${baseUrl.trim().replace(/\/+$/, '')}/q/${encodeURIComponent(token)}`;
}
