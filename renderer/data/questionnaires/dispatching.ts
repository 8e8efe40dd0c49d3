import { suppressionReason } from '../../../core/emails/suppression';
import { dispatch as dispatchSchema, type Dispatch } from '../../../core/model/dispatch';
import type { Email } from '../../../core/model/email';
import type { Lead } from '../../../core/model/lead';
import { tokenFromBytes, questionnaireEmail } from '../../../core/questionnaires/questionnaireEmail';
import { questionnaireLink } from '../../../core/questionnaires/questionnaireTemplate';
import { selectQuestions } from '../../../core/questionnaires/selectQuestions';
import type { EffectiveGroup } from '../../../core/settings/groupSettings';
import { newDocumentFields, type DataContext } from '../context';
import type { EmailCenter } from '../emailContract';
import { NotFoundError } from '../errors';
import { getLead } from '../leadReads';
import type { DispatchPlan, SentQuestionnaire } from '../questionnaireContract';
import { changeDocuments } from '../changeDocuments';
import { insertRow, withoutMeta, writeRows } from '../storedDocuments';
import { parseOrThrow } from '../validate';
import { findKnownContact } from './knownContact';
import { getTemplate, readSettings } from './templateStore';

export interface DispatchDeps {
  ctx: DataContext;
  emails: EmailCenter;
  groups: () => readonly EffectiveGroup[];
  /** The buyer's key: at least 128 random bits, base64url. */
  randomToken: () => string;
}

/** A questionnaire that must not go (suppressed lead, nothing left to ask); the message says why. */
export class QuestionnaireRefusedError extends Error {
  override readonly name = 'QuestionnaireRefusedError';
}

/** 128 bits from the platform's cryptographic random source, base64url (22 characters). */
export function cryptoDispatchToken(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return tokenFromBytes(bytes);
}

const readDispatch = (stored: Record<string, unknown>): Dispatch => parseOrThrow(dispatchSchema, stored, `stored dispatch ${String(stored.id)}`);

interface Prepared {
  lead: Lead;
  plan: DispatchPlan;
}

async function prepare(deps: DispatchDeps, leadId: string, templateId: string | undefined): Promise<Prepared> {
  const { ctx } = deps;
  const lead = await getLead(ctx, leadId);
  if (lead === null) throw new NotFoundError(`Lead ${leadId} does not exist or was deleted`);
  const settings = await readSettings(ctx);
  const id = templateId === undefined || templateId === '' ? settings.defaultTemplateId : templateId;
  const template = await getTemplate(ctx, id);
  const base = { leadId, templateId: id, ask: [], skipped: [], knownContact: false };
  if (template === null) return { lead, plan: { ...base, templateName: id, refused: `There is no questionnaire "${id}".` } };
  const known = await findKnownContact(ctx, lead);
  const selection = selectQuestions(template.questions, lead, known, ctx.brain().settings.qualification);
  const suppressed = suppressionReason(lead, deps.groups());
  return {
    lead,
    plan: {
      ...base,
      templateName: template.name,
      ask: selection.ask,
      skipped: selection.skipped.map((s) => ({ questionId: s.question.id, label: s.question.label, reason: s.reason })),
      knownContact: selection.knownContact,
      refused: suppressed ?? (selection.ask.length === 0 ? 'The lead already answered everything this questionnaire asks.' : null),
    },
  };
}

export async function planDispatch(deps: DispatchDeps, leadId: string, templateId?: string): Promise<DispatchPlan> {
  return (await prepare(deps, leadId, templateId)).plan;
}

export interface SendOptions {
  templateId?: string;
  /** A rule's effect id: the same firing applied twice finds its dispatch instead of sending another. */
  dispatchId?: string;
  ruleId?: string;
  /** Submit the email for approval (the seller's send); a rule's email stays a draft like its others. */
  submit: boolean;
}

export interface SendResult extends SentQuestionnaire {
  /** False when the dispatch existed already (a repeated rule firing). */
  created: boolean;
}

/**
 * The dispatch, then its email: the dispatch carries the questions and the token; the email, in
 * the approval queue, carries the link. Never for a suppressed lead (the outbox checks again at
 * sending). If the email cannot be drafted the dispatch is taken back.
 */
export async function sendQuestionnaire(deps: DispatchDeps, leadId: string, options: SendOptions): Promise<SendResult> {
  const { ctx, emails } = deps;
  if (options.dispatchId !== undefined) {
    const [existing] = await ctx.db.dispatches.storageInstance.findDocumentsById([options.dispatchId], true);
    if (existing) {
      const found = readDispatch(withoutMeta(existing));
      const email = found.emailId === '' ? null : await emails.get(found.emailId);
      if (email) return { dispatch: found, email, link: questionnaireLink((await readSettings(ctx)).platformBaseUrl, found.token), unfilledTokens: [], created: false };
    }
  }
  const { lead, plan } = await prepare(deps, leadId, options.templateId);
  if (plan.refused !== null) throw new QuestionnaireRefusedError(plan.refused);
  const template = await getTemplate(ctx, plan.templateId);
  if (template === null) throw new QuestionnaireRefusedError(`There is no questionnaire "${plan.templateId}".`);
  const settings = await readSettings(ctx);
  const now = ctx.clock();
  const token = deps.randomToken();
  const created = parseOrThrow(
    dispatchSchema,
    {
      ...newDocumentFields(ctx, now),
      ...(options.dispatchId !== undefined ? { id: options.dispatchId } : {}),
      leadId,
      token,
      templateId: plan.templateId,
      emailId: '',
      questions: plan.ask,
      answers: {},
      sentAt: now,
      answeredAt: null,
      expiresAt: null,
      processedAt: null,
      problems: [],
      ruleId: options.ruleId ?? '',
    },
    'dispatch',
  );
  const { conflicts } = await writeRows(ctx.db.dispatches, [insertRow(created)], 'lead-center-create-dispatch');
  if (conflicts.length > 0) throw new QuestionnaireRefusedError('This questionnaire was already sent.');
  const link = questionnaireLink(settings.platformBaseUrl, token);
  const text = questionnaireEmail(template, lead, { name: ctx.seller.userName }, link);
  let email: Email;
  try {
    email = await emails.createDraft({ leadId, kind: 'questionnaire', subject: text.subject, body: text.body, ...(options.ruleId ? { ruleId: options.ruleId } : {}) });
  } catch (error) {
    await changeDocuments(ctx.db.dispatches, readDispatch, [created.id], (current) => ({ data: { ...current, updatedAt: ctx.clock() }, deleted: true }), 'lead-center-undo-dispatch');
    throw error;
  }
  const [linked] = await changeDocuments(ctx.db.dispatches, readDispatch, [created.id], (current) => ({ data: { ...current, emailId: email.id, updatedAt: ctx.clock() } }), 'lead-center-link-dispatch');
  // A draft with a token the lead cannot fill waits in Drafts for the seller to finish it.
  if (options.submit && text.unfilled.length === 0) email = await emails.submit(email.id, `Questionnaire “${template.name}”`);
  return { dispatch: linked?.after ?? { ...created, emailId: email.id }, email, link, unfilledTokens: text.unfilled, created: true };
}
