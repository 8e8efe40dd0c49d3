import { z } from 'zod';
import { actor, baseDocument, epochMs } from './base';

export const leadEventTypes = [
  'lead_created',
  'lead_updated',
  'lead_deleted',
  'lead_restored',
  'email_sent',
  'email_open',
  'email_click',
  'email_reply',
  'email_bounce',
  'quote_request',
  'page_view',
  'download',
  'chat',
  'call',
  'meeting',
  'form_submit',
  'questionnaire_answered',
  'group_changed',
  'stage_changed',
  'tag_added',
  'tag_removed',
  'note_added',
  'reminder_created',
  'reminder_done',
  'rule_fired',
] as const;
export type LeadEventType = (typeof leadEventTypes)[number];

/**
 * Bookkeeping events: changes to the record written by Lead Center itself, not contact with the
 * buyer. They never count as activity with the buyer and cannot be logged by hand.
 */
export const bookkeepingEventTypes: ReadonlySet<LeadEventType> = new Set<LeadEventType>([
  'lead_created',
  'lead_updated',
  'lead_deleted',
  'lead_restored',
  'group_changed',
  'stage_changed',
  'tag_added',
  'tag_removed',
  'note_added',
  'reminder_created',
  'reminder_done',
  'rule_fired',
]);

const eventValue = z.union([z.string().max(2000), z.number(), z.boolean(), z.null(), z.array(z.string().max(200)).max(100)]);

/** Append-only fact about a lead. Immutable once written. */
export const leadEvent = baseDocument.extend({
  leadId: z.string().min(1).max(64),
  type: z.enum(leadEventTypes),
  /** When it happened (may precede createdAt for facts recorded later). */
  at: epochMs,
  actor,
  data: z.record(z.string().max(60), eventValue).default({}),
});
export type LeadEvent = z.infer<typeof leadEvent>;
