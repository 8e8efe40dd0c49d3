import { z } from 'zod';
import { actor, baseDocument, epochMs } from './base';

/** draft → pending_approval → approved → sending → sent, plus rejected, failed (retryable), cancelled. */
export const emailStatuses = ['draft', 'pending_approval', 'approved', 'sending', 'sent', 'rejected', 'failed', 'cancelled'] as const;
export type EmailStatus = (typeof emailStatuses)[number];

/** Approval policy is set per kind; marketing kinds carry an unsubscribe link. */
export const emailKinds = ['follow_up', 'nurture', 'marketing', 'questionnaire', 'quote', 'reply', 'other'] as const;
export type EmailKind = (typeof emailKinds)[number];

/** Who wrote it: a person, a template fill, the AI drafter or a rule action. */
export const emailOrigins = ['user', 'template', 'ai', 'rule'] as const;
export type EmailOrigin = (typeof emailOrigins)[number];

export const emailRecipient = z.object({
  email: z.string().min(3).max(254),
  name: z.string().max(200).default(''),
});
export type EmailRecipient = z.infer<typeof emailRecipient>;

export const emailAttachment = z.object({
  /** Key of the file in the attachment library (config kind 'attachment-library'). */
  id: z.string().min(1).max(64),
  fileName: z.string().min(1).max(255),
  contentType: z.string().max(100).default('application/octet-stream'),
  size: z.number().int().min(0),
});
export type EmailAttachment = z.infer<typeof emailAttachment>;

export const emailAuditEntry = z.object({
  /** null for the entry that created the email. */
  from: z.enum(emailStatuses).nullable(),
  to: z.enum(emailStatuses),
  at: epochMs,
  actor,
  note: z.string().max(1000).default(''),
});
export type EmailAuditEntry = z.infer<typeof emailAuditEntry>;

/** One outbound email in the approval queue. Only approved ones are ever handed to SMTP. */
export const email = baseDocument.extend({
  leadId: z.string().min(1).max(64),
  kind: z.enum(emailKinds),
  origin: z.enum(emailOrigins),
  templateId: z.string().max(64).default(''),
  /** The model that drafted it, when origin is 'ai'. */
  aiModel: z.string().max(200).default(''),
  ruleId: z.string().max(64).default(''),
  status: z.enum(emailStatuses).default('draft'),
  subject: z.string().max(998).default(''),
  body: z.string().max(200_000).default(''),
  to: z.array(emailRecipient).max(50).default([]),
  attachments: z.array(emailAttachment).max(20).default([]),
  /** Every status change, oldest first: who moved it, when, and why. */
  auditTrail: z.array(emailAuditEntry).max(500).default([]),
  attempts: z.number().int().min(0).default(0),
  /** Set before the SMTP hand-off and reused on retry, so a crash never sends twice. */
  messageId: z.string().max(998).default(''),
  approvedBy: actor.nullable().default(null),
  approvedAt: epochMs.nullable().default(null),
  sentAt: epochMs.nullable().default(null),
  lastError: z.string().max(2000).default(''),
  nextAttemptAt: epochMs.nullable().default(null),
  /** The approver's "send it then" (seed 000: you decide when to send); null sends when approved. */
  sendAfter: epochMs.nullable().default(null),
  /** Random, unguessable; ends the unsubscribe link of marketing kinds. */
  unsubscribeToken: z.string().max(64).default(''),
  /** Outcomes recorded against the email (by hand now, from the platform later). */
  repliedAt: epochMs.nullable().default(null),
  bouncedAt: epochMs.nullable().default(null),
});
export type Email = z.infer<typeof email>;
export type EmailInput = z.input<typeof email>;
