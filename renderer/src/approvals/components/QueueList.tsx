import type { Email } from '../../../../core/model/email';
import type { LeadListProjection } from '../../../data/contract';
import { formatDateTime } from '../../ui/formatDateTime';
import { formatRelativeTime } from '../../ui/formatRelativeTime';
import { authorOf, enteredStatusAt, kindText, statusText } from '../utils/emailWords';

interface QueueListProps {
  emails: readonly Email[];
  leadList: LeadListProjection;
  focusedId: string | null;
  selected: ReadonlySet<string>;
  selectable: boolean;
  now: number;
  label: string;
  onFocus(id: string): void;
  onToggle(id: string): void;
}

/** One row per email: who it is for, the subject, kind, level, how long it has waited, who wrote it. */
export function QueueList({ emails, leadList, focusedId, selected, selectable, now, label, onFocus, onToggle }: QueueListProps) {
  return (
    <ul className="queue-list" aria-label={label}>
      {emails.map((email) => {
        const row = leadList.get(email.leadId);
        const who = row ? row.name || row.email || 'Unnamed lead' : 'Lead not in the list';
        const since = enteredStatusAt(email);
        const focused = email.id === focusedId;
        return (
          <li key={email.id} className={`queue-row${focused ? ' is-focused' : ''}${selected.has(email.id) ? ' is-selected' : ''}`} data-testid="queue-row" data-email-id={email.id}>
            {selectable ? (
              <input
                type="checkbox"
                className="queue-check"
                aria-label={`Select “${email.subject || 'no subject'}” to ${who}`}
                checked={selected.has(email.id)}
                onChange={() => onToggle(email.id)}
              />
            ) : null}
            <button type="button" className="queue-row-main" aria-current={focused ? 'true' : undefined} onClick={() => onFocus(email.id)} onFocus={() => onFocus(email.id)}>
              <span className="queue-row-top">
                <strong>{who}</strong>
                {row?.company ? <span className="muted"> · {row.company}</span> : null}
                {row?.engagementLevel ? <span className={`level-chip level-${row.engagementLevel.toLowerCase()}`}>{row.engagementLevel}</span> : null}
              </span>
              <span className="queue-row-subject">{email.subject || <em className="muted">No subject</em>}</span>
              <span className="queue-row-meta muted">
                {kindText(email.kind)}
                {email.origin === 'ai' ? ' · AI draft' : ''} · {authorOf(email).name} ·{' '}
                <time dateTime={new Date(since).toISOString()} title={`${statusText(email.status)} since ${formatDateTime(since)}`}>
                  {formatRelativeTime(since, now)}
                </time>
                {email.status === 'sending' ? ' · sending' : ''}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
