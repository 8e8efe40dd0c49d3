import { useMemo } from 'react';
import type { HistoryEntry } from '../../../data/conversionContract';
import { useLeadCenter } from '../../app/useLeadCenter';
import { describeEvent } from '../../lead-detail/utils/describeEvent';
import { EventByline } from '../../lead-detail/components/EventByline';
import { useObservable } from '../../ui/useObservable';

const shownAtMost = 500;

/** Everything that happened with these contacts' leads (merged leads included), newest first. */
export function HistoryList({ contactIds, showWho }: { contactIds: readonly string[]; showWho: boolean }) {
  const { data } = useLeadCenter();
  const key = contactIds.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the ids' content, not the array's identity
  const source = useMemo(() => data.conversion.observeHistory(contactIds), [data, key]);
  const history = useObservable<HistoryEntry[] | null>(source, null);
  return (
    <section className="detail-section" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {history === null ? <p className="muted">Reading the history…</p> : null}
      {history !== null && history.length === 0 ? <p className="muted">Nothing has happened yet.</p> : null}
      {history !== null && history.length > shownAtMost ? <p className="muted small">The newest {shownAtMost} of {history.length.toLocaleString()} events.</p> : null}
      <ol className="timeline" aria-label="History" data-testid="history">
        {(history ?? []).slice(0, shownAtMost).map(({ event, contactName }) => (
          <li key={event.id}>
            <span>
              {showWho ? <strong>{contactName}: </strong> : null}
              {describeEvent(event)}
            </span>
            <EventByline event={event} />
          </li>
        ))}
      </ol>
    </section>
  );
}
