import type { LeadEventType } from '../../../../core/model/event';

/** Each event type in the seller's words. */
export const eventLabels: Record<LeadEventType, string> = {
  lead_created: 'Lead created',
  lead_updated: 'Lead details changed',
  lead_deleted: 'Lead deleted',
  lead_restored: 'Lead restored',
  email_sent: 'Email sent',
  email_open: 'Email opened',
  email_click: 'Email link clicked',
  email_reply: 'Email reply',
  email_bounce: 'Email bounced',
  quote_request: 'Quote request',
  page_view: 'Page visit',
  download: 'Download (catalogue, brochure)',
  chat: 'Chat message',
  call: 'Phone call',
  meeting: 'Meeting',
  form_submit: 'Inquiry form sent',
  questionnaire_answered: 'Questionnaire answered',
  group_changed: 'Group changed',
  stage_changed: 'Stage changed',
  tag_added: 'Tag added',
  tag_removed: 'Tag removed',
  note_added: 'Note added',
  reminder_created: 'Reminder set',
  reminder_done: 'Reminder done',
  rule_fired: 'Rule ran',
};

/** The events that say something about the buyer: the ones worth mapping to a stage. */
export const buyerEvents: readonly LeadEventType[] = [
  'email_sent',
  'email_open',
  'email_click',
  'email_reply',
  'email_bounce',
  'page_view',
  'download',
  'chat',
  'call',
  'meeting',
  'form_submit',
  'quote_request',
  'questionnaire_answered',
  'lead_created',
];
