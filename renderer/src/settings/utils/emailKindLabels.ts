import type { EmailKind } from '../../../../core/model/email';

/** Email kinds in the seller's words. */
export const emailKindLabels: Record<EmailKind, string> = {
  follow_up: 'Follow-up',
  nurture: 'Nurture',
  marketing: 'Marketing',
  questionnaire: 'Questionnaire',
  quote: 'Quotation',
  reply: 'Reply',
  other: 'Other',
};
