import type { LeadEvent } from '../../../../core/model/event';
import { referenceLabels } from '../../reference/referenceLabels';
import { describeMergeMarker } from '../../duplicates/utils/describeMergeMarker';

const plain: Partial<Record<LeadEvent['type'], string>> = {
  lead_created: 'Lead created',
  lead_updated: 'Details updated',
  lead_deleted: 'Lead deleted',
  lead_restored: 'Lead restored',
  email_sent: 'Email sent',
  email_open: 'Email opened',
  email_click: 'Email link clicked',
  email_reply: 'Replied to an email',
  email_bounce: 'Email bounced',
  quote_request: 'Requested a quote',
  page_view: 'Viewed a page',
  download: 'Downloaded a file',
  chat: 'Chat',
  call: 'Call',
  meeting: 'Meeting',
  form_submit: 'Submitted a form',
  questionnaire_answered: 'Answered a questionnaire',
  note_added: 'Note added',
  reminder_created: 'Reminder set',
  reminder_done: 'Reminder done',
  rule_fired: 'Rule applied',
};

function text(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  return value === null || value === undefined ? '' : String(value);
}

/** One line of the activity timeline, in the seller's words. */
export function describeEvent(event: LeadEvent): string {
  const data = event.data;
  // The merge markers (issue 6: lead_updated / lead_deleted / lead_restored with data.action).
  const merge = describeMergeMarker(event);
  if (merge !== null) return merge;
  switch (event.type) {
    case 'group_changed':
      return `Moved to ${referenceLabels.groupLabel(text(data.to ?? data.group))}`.trim();
    case 'stage_changed':
      return `Stage: ${referenceLabels.stageLabel(text(data.to ?? data.stage))}`.trim();
    case 'tag_added':
      return `Tagged “${text(data.tag ?? data.tags)}”`;
    case 'tag_removed':
      return `Tag “${text(data.tag ?? data.tags)}” removed`;
    case 'lead_updated': {
      // Conversion markers (issue 6, no new event types).
      if (data.action === 'converted') return data.accountId ? 'Converted to a contact at an account' : 'Converted to a contact';
      if (data.action === 'conversion_undone') return 'Conversion undone';
      // The platform's unsubscribe page (issue 7).
      if (data.action === 'unsubscribed') return 'Unsubscribed from your emails (on the Power Cozmo page)';
      const fields = text(data.fields);
      return fields ? `Updated ${fields}` : 'Details updated';
    }
    case 'questionnaire_answered': {
      // Q's marker: which answers went into the lead (issue 6).
      const fields = Array.isArray(data.fields) ? data.fields.length : 0;
      const problems = typeof data.problems === 'number' ? data.problems : 0;
      return `Answered a questionnaire: ${fields} ${fields === 1 ? 'field' : 'fields'} filled${problems > 0 ? `, ${problems} ${problems === 1 ? 'answer' : 'answers'} not used` : ''}`;
    }
    case 'rule_fired': {
      // The rule log entry (issue 5): which rule, and what it did in words.
      const name = text(data.ruleName);
      const actions = text(data.actions);
      const head = name ? `Rule “${name}” applied` : 'Rule applied';
      return actions ? `${head}: ${actions}` : head;
    }
    default:
      return plain[event.type] ?? event.type;
  }
}
