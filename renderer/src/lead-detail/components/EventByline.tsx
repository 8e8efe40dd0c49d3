import type { LeadEvent } from '../../../../core/model/event';
import { formatDateTime } from '../../ui/formatDateTime';

/** Who did it and when, under an event in a timeline (the lead's, an account's, a contact's). */
export function EventByline({ event }: { event: Pick<LeadEvent, 'actor' | 'at'> }) {
  return (
    <span className="muted">
      {event.actor.name ? `${event.actor.name} · ` : ''}
      <time dateTime={new Date(event.at).toISOString()}>{formatDateTime(event.at)}</time>
    </span>
  );
}
