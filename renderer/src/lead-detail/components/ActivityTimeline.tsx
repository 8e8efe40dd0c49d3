import { useMemo } from 'react';
import type { LeadEvent } from '../../../../core/model/event';
import { useLeadCenter } from '../../app/useLeadCenter';
import { formatDateTime } from '../../ui/formatDateTime';
import { useObservable } from '../../ui/useObservable';
import { describeEvent } from '../utils/describeEvent';

const none: LeadEvent[] = [];

/** Everything that happened to the lead, newest first (the events collection). */
export function ActivityTimeline({ leadId }: { leadId: string }) {
  const { data } = useLeadCenter();
  const events = useObservable(useMemo(() => data.observeEvents(leadId), [data, leadId]), none);
  const sorted = useMemo(() => [...events].sort((a, b) => b.at - a.at).slice(0, 200), [events]);
  return (
    <section className="detail-section" aria-labelledby="activity-heading">
      <h3 id="activity-heading">Activity</h3>
      {sorted.length === 0 ? <p className="muted">No activity yet.</p> : null}
      <ol className="timeline" aria-label="Activity timeline">
        {sorted.map((event) => (
          <li key={event.id}>
            <span>{describeEvent(event)}</span>
            <span className="muted">
              {event.actor.name ? `${event.actor.name} · ` : ''}
              <time dateTime={new Date(event.at).toISOString()}>{formatDateTime(event.at)}</time>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
