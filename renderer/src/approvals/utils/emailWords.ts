import type { Actor } from '../../../../core/model/base';
import type { Email, EmailKind, EmailStatus } from '../../../../core/model/email';

const statusWords: Record<EmailStatus, string> = {
  draft: 'Draft',
  pending_approval: 'Waiting for approval',
  approved: 'Approved, waiting to send',
  sending: 'Sending',
  sent: 'Sent',
  rejected: 'Rejected',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

const kindWords: Record<EmailKind, string> = {
  follow_up: 'Follow-up',
  nurture: 'Nurture',
  marketing: 'Marketing',
  questionnaire: 'Questionnaire',
  quote: 'Quote',
  reply: 'Reply',
  other: 'Other',
};

export function statusText(status: EmailStatus): string {
  return statusWords[status];
}

export function kindText(kind: EmailKind): string {
  return kindWords[kind];
}

/** "Rana Haddad", or the id when the actor has no name, or "a rule" / "Lead Center". */
export function actorText(actor: Actor | null | undefined): string {
  if (!actor) return 'someone';
  if (actor.name) return actor.name;
  switch (actor.kind) {
    case 'rule':
      return 'a rule';
    case 'system':
      return 'Lead Center';
    case 'platform':
      return 'the platform';
    default:
      return actor.id || 'someone';
  }
}

/** Who wrote it: the first audit entry's actor, or the owner id. */
export function authorOf(email: Email): { id: string; name: string } {
  const first = email.auditTrail[0];
  if (first && first.actor.kind === 'user') return { id: first.actor.id || email.ownerId, name: actorText(first.actor) };
  return { id: email.ownerId, name: first ? actorText(first.actor) : email.ownerId };
}

/** Where the text came from: a template (by name when known), the AI drafter (model), a person or a rule. */
export function originText(email: Email, templateName: (id: string) => string | null): string {
  const template = email.templateId ? (templateName(email.templateId) ?? email.templateId) : '';
  switch (email.origin) {
    case 'ai':
      return `AI drafter${email.aiModel ? ` (${email.aiModel})` : ''}${template ? `, brief: template “${template}”` : ''}`;
    case 'template':
      return template ? `Template “${template}”` : 'A template';
    case 'rule':
      return `Rule${email.ruleId ? ` ${email.ruleId}` : ''}${template ? `, template “${template}”` : ''}`;
    case 'user':
      return 'Written by hand';
  }
}

/** When the email entered its current status (the last audit entry that moved it there). */
export function enteredStatusAt(email: Email): number {
  for (let index = email.auditTrail.length - 1; index >= 0; index -= 1) {
    const entry = email.auditTrail[index];
    if (entry && entry.to === email.status) return entry.at;
  }
  return email.updatedAt;
}

/** The reason given with the last rejection or cancellation, when there is one. */
export function lastReason(email: Email): string {
  for (let index = email.auditTrail.length - 1; index >= 0; index -= 1) {
    const entry = email.auditTrail[index];
    if (entry && (entry.to === 'rejected' || entry.to === 'cancelled') && entry.note) return entry.note;
  }
  return '';
}
