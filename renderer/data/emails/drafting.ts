import type { AiDraftResult } from '../../../core/desktop-api';
import { analyseLead } from '../../../core/emails/leadAnalysis';
import { buildDraftPrompt, parseAiDraft } from '../../../core/emails/aiPrompt';
import type { EmailTemplate, EmailTemplateLibrary } from '../../../core/emails/emailTemplates';
import { draftFromTemplate as fillTemplate, fillTokens, tokenValues, unfilledTokens, type Sender } from '../../../core/emails/personalise';
import type { Actor } from '../../../core/model/base';
import type { Email, EmailAttachment, EmailOrigin } from '../../../core/model/email';
import { lead as leadSchema, type Lead } from '../../../core/model/lead';
import { note, type Note } from '../../../core/model/note';
import { newDocumentFields, userActor } from '../context';
import type { DraftFromTemplateOptions, DraftOutcome, NewDraftInput } from '../emailContract';
import { NotFoundError } from '../errors';
import { eventsOfLead } from '../leadEventReads';
import { queryStorage } from '../queryStorage';
import { withoutMeta } from '../storedDocuments';
import { parseOrThrow } from '../validate';
import type { EmailDeps } from './emailDeps';
import { insertEmail } from './emailStore';
import { readTemplateLibrary } from './emailSettings';

/** The lead straight from storage (no query object: drafting a thousand emails reads a thousand leads). */
async function requireLead(deps: EmailDeps, leadId: string): Promise<Lead> {
  const [stored] = await deps.ctx.db.leads.storageInstance.findDocumentsById([leadId], false);
  if (!stored) throw new NotFoundError(`Lead ${leadId} does not exist or was deleted`);
  return parseOrThrow(leadSchema, withoutMeta(stored), `stored lead ${leadId}`);
}

function leadRecipient(lead: Lead): Email['to'] {
  return lead.email.trim() === '' ? [] : [{ email: lead.email.trim(), name: lead.name }];
}

interface NewEmailFields {
  lead: Lead;
  kind: Email['kind'];
  origin: EmailOrigin;
  subject: string;
  body: string;
  to?: Email['to'];
  attachments?: EmailAttachment[];
  templateId?: string;
  aiModel?: string;
  ruleId?: string;
  actor: Actor;
  note?: string;
}

/** A new draft, its creation the first entry of the audit trail. */
async function storeDraft(deps: EmailDeps, fields: NewEmailFields): Promise<Email> {
  const now = deps.ctx.clock();
  return insertEmail(deps.ctx, {
    ...newDocumentFields(deps.ctx, now),
    leadId: fields.lead.id,
    kind: fields.kind,
    origin: fields.origin,
    templateId: fields.templateId ?? '',
    aiModel: fields.aiModel ?? '',
    ruleId: fields.ruleId ?? '',
    status: 'draft',
    subject: fields.subject,
    body: fields.body,
    to: fields.to ?? leadRecipient(fields.lead),
    attachments: fields.attachments ?? [],
    auditTrail: [{ from: null, to: 'draft', at: now, actor: fields.actor, note: fields.note ?? '' }],
    attempts: 0,
    messageId: '',
    approvedBy: null,
    approvedAt: null,
    sentAt: null,
    lastError: '',
    nextAttemptAt: null,
    sendAfter: null,
    unsubscribeToken: deps.randomToken(),
    repliedAt: null,
    bouncedAt: null,
  });
}

export async function createDraft(deps: EmailDeps, input: NewDraftInput): Promise<Email> {
  const lead = await requireLead(deps, input.leadId);
  const ruleId = input.ruleId ?? '';
  return storeDraft(deps, {
    lead,
    kind: input.kind,
    origin: ruleId === '' ? 'user' : 'rule',
    ruleId,
    subject: input.subject,
    body: input.body,
    to: input.to,
    attachments: input.attachments,
    actor: ruleId === '' ? userActor(deps.ctx.seller) : { kind: 'rule', id: ruleId },
  });
}

/** The sender's name and address for tokens: the SMTP settings' From when set, else the profile. */
async function senderOf(deps: EmailDeps): Promise<Sender> {
  const sender: Sender = { name: deps.ctx.seller.userName };
  if (deps.mail === null) return sender;
  try {
    const view = await deps.mail.getMailSettings();
    if (view.settings) {
      if (view.settings.fromName.trim() !== '') sender.name = view.settings.fromName;
      sender.email = view.settings.fromAddress;
    }
  } catch (error) {
    console.warn('Lead Center: could not read the mail settings for the sender tokens', error);
  }
  return sender;
}

/** The template's files as they are in the attachment library; ones no longer there are left off. */
async function templateAttachments(deps: EmailDeps, ids: readonly string[]): Promise<EmailAttachment[]> {
  if (ids.length === 0 || !deps.mail?.listAttachments) return [];
  try {
    const library = await deps.mail.listAttachments();
    return ids.flatMap((id) => {
      const file = library.find((f) => f.id === id);
      return file ? [{ id: file.id, fileName: file.fileName, contentType: file.contentType, size: file.size }] : [];
    });
  } catch (error) {
    console.warn('Lead Center: could not read the attachment library', error);
    return [];
  }
}

async function notesOfLead(deps: EmailDeps, leadId: string): Promise<Note[]> {
  const docs = await queryStorage(deps.ctx.db.notes, { selector: { leadId }, sort: [{ leadId: 'asc' }, { createdAt: 'asc' }] });
  return docs.flatMap((doc) => {
    const parsed = note.safeParse(doc);
    return parsed.success ? [parsed.data] : [];
  });
}

type AiAttempt = { ok: true; subject: string; body: string; model: string } | { ok: false; reason: string };

/** Asks the AI drafter with the template as the brief; any failure comes back as a sentence. */
async function draftWithAi(deps: EmailDeps, lead: Lead, template: EmailTemplate, library: EmailTemplateLibrary, sender: Sender): Promise<AiAttempt> {
  if (deps.mail === null) return { ok: false, reason: 'The AI drafter is not available here, so the template was used.' };
  const now = deps.ctx.clock();
  const events = await eventsOfLead(deps.ctx, lead.id);
  const notes = await notesOfLead(deps, lead.id);
  const analysis = analyseLead(lead, events, now, { library });
  const messages = buildDraftPrompt({ lead, events, notes, analysis, template, sender, now });
  let answer: AiDraftResult;
  try {
    answer = await deps.mail.draftWithAi({ messages });
  } catch (error) {
    return { ok: false, reason: `The AI drafter could not be reached (${error instanceof Error ? error.message : String(error)}), so the template was used.` };
  }
  if (!answer.ok) {
    const why = answer.error.trim();
    if (answer.reason === 'off') return { ok: false, reason: `The AI drafter is off${why ? ` (${why})` : ''}, so the template was used.` };
    if (answer.reason === 'unreachable') return { ok: false, reason: `The AI drafter could not be reached${why ? ` (${why})` : ''}, so the template was used.` };
    return { ok: false, reason: `The AI drafter refused the request${why ? ` (${why})` : ''}, so the template was used.` };
  }
  const parsed = parseAiDraft(answer.content);
  if (!parsed.ok) return { ok: false, reason: `The AI draft could not be used (${parsed.error}), so the template was used.` };
  // Tokens the model copied from the brief are filled like a template's.
  const values = tokenValues(lead, sender);
  return { ok: true, subject: fillTokens(parsed.value.subject, values).text, body: fillTokens(parsed.value.body, values).text, model: answer.model };
}

/**
 * A draft from a template of the library (the saved one, or the defaults), filled from the lead.
 * With useAi the AI drafter writes it from the lead's context and the template as the brief; when
 * the drafter is off, unreachable, refuses or answers something unusable, the filled template is
 * the draft and fallbackReason says why. An AI-written draft is origin 'ai' even when a rule
 * asked for it, so the approval policy's "AI drafts need a manager" always applies.
 */
export async function draftFromTemplate(deps: EmailDeps, leadId: string, templateId: string, options: DraftFromTemplateOptions = {}): Promise<DraftOutcome> {
  // Independent reads (IndexedDB, and the host for the sender), at once.
  const [lead, library, sender] = await Promise.all([requireLead(deps, leadId), readTemplateLibrary(deps.ctx), senderOf(deps)]);
  const template = library.templates.find((t) => t.id === templateId);
  if (!template) throw new NotFoundError(`There is no email template "${templateId}"`);
  const filled = fillTemplate(template, lead, sender);
  let subject = filled.subject;
  let body = filled.body;
  let aiModel = '';
  let fallbackReason: string | null = null;
  if (options.useAi === true) {
    const ai = await draftWithAi(deps, lead, template, library, sender);
    if (ai.ok) {
      subject = ai.subject;
      body = ai.body;
      aiModel = ai.model;
    } else {
      fallbackReason = ai.reason;
    }
  }
  const ruleId = options.ruleId ?? '';
  const origin: EmailOrigin = aiModel !== '' ? 'ai' : ruleId !== '' ? 'rule' : 'template';
  const actor: Actor = ruleId !== '' ? { kind: 'rule', id: ruleId } : userActor(deps.ctx.seller);
  const email = await storeDraft(deps, {
    lead,
    kind: template.kind,
    origin,
    subject,
    body,
    attachments: await templateAttachments(deps, filled.attachmentIds),
    templateId: template.id,
    aiModel,
    ruleId,
    actor,
    note: aiModel !== '' ? `Drafted by ${aiModel} from "${template.name}"` : `From the template "${template.name}"`,
  });
  const unfilled = [...new Set([...unfilledTokens(email.subject), ...unfilledTokens(email.body)])];
  return { email, fallbackReason, unfilledTokens: unfilled };
}
