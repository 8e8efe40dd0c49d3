import { useMemo } from 'react';
import type { LeadEvent } from '../../../../core/model/event';
import { EventByline } from './EventByline';
import { describeEvent } from '../utils/describeEvent';

/** Everything that happened to the lead, newest first (the events collection). */
export function ActivityTimeline({ events }: { events: readonly LeadEvent[] }) {
  const sorted = useMemo(() => [...events].sort((a, b) => b.at - a.at).slice(0, 200), [events]);
  return (
    <section className="detail-section" aria-labelledby="activity-heading">
      <h3 id="activity-heading">Activity</h3>
      {sorted.length === 0 ? <p className="muted">No activity yet.</p> : null}
      <ol className="timeline" aria-label="Activity timeline">
        {sorted.map((event) => (
          <li key={event.id}>
            <span>{describeEvent(event)}</span>
            <EventByline event={event} />
          </li>
        ))}
      </ol>
    </section>
  );
}
