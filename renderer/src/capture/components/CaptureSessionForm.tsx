import { useState, type FormEvent } from 'react';
import type { CaptureSessionData } from '../../../../core/model/config';
import { leadSourceCategories, sourcesInCategory } from '../../../../core/reference/leadSources';
import { useLeadCenter } from '../../app/useLeadCenter';
import { toDateInput } from '../utils/toDateInput';

interface CaptureSessionFormProps {
  previous?: CaptureSessionData | null;
  onStarted(): void;
}

/** Starts a trade-show session: event, date and source pre-fill every lead captured in it. */
export function CaptureSessionForm({ previous, onStarted }: CaptureSessionFormProps) {
  const { data } = useLeadCenter();
  const [eventName, setEventName] = useState(previous?.eventName ?? '');
  const [eventDate, setEventDate] = useState(() => toDateInput(Date.now()));
  const [category, setCategory] = useState(previous?.sourceCategory ?? 'Offline Channels');
  const [channel, setChannel] = useState(previous?.sourceChannel ?? 'Events');
  const [capturedBy, setCapturedBy] = useState(previous?.capturedBy || data.seller.userName);
  const [error, setError] = useState('');
  const channels = sourcesInCategory(category);

  async function start(event: FormEvent) {
    event.preventDefault();
    if (!eventName.trim()) {
      setError('Name the event, for example “Middle East Energy 2025”.');
      return;
    }
    const [year, month, day] = eventDate.split('-').map(Number);
    const date = year && month && day ? new Date(year, month - 1, day).getTime() : Date.now();
    const now = Date.now();
    const session: CaptureSessionData = {
      eventName: eventName.trim(),
      eventDate: date,
      sourceCategory: category,
      sourceChannel: channel,
      capturedBy: capturedBy.trim() || data.seller.userName,
      startedAt: now,
      capturedCount: 0,
      endedAt: null,
    };
    await data.setConfig('capture-session', `session-${now}`, session);
    onStarted();
  }

  return (
    <form className="card capture-session-form" onSubmit={(event) => void start(event)} noValidate aria-labelledby="session-heading">
      <h2 id="session-heading">Start a capture session</h2>
      <p className="muted">Event and source are filled in on every lead you capture until you end the session.</p>
      <div className="form-grid">
        <label className="field">
          <span>Event name</span>
          <input
            autoFocus
            value={eventName}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'event-name-error' : undefined}
            onChange={(e) => {
              setEventName(e.target.value);
              setError('');
            }}
          />
          {error ? (
            <span id="event-name-error" className="field-error">
              {error}
            </span>
          ) : null}
        </label>
        <label className="field">
          <span>Event date</span>
          <input type="date" value={eventDate} onChange={(e) => setEventDate(e.target.value)} />
        </label>
        <label className="field">
          <span>Source category</span>
          <select
            value={category}
            onChange={(e) => {
              setCategory(e.target.value);
              setChannel(sourcesInCategory(e.target.value)[0]?.source ?? '');
            }}
          >
            {leadSourceCategories.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Source</span>
          <select value={channel} onChange={(e) => setChannel(e.target.value)}>
            {channels.map((s) => (
              <option key={s.source} value={s.source} title={s.tooltip}>
                {s.source}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Captured by</span>
          <input value={capturedBy} onChange={(e) => setCapturedBy(e.target.value)} />
        </label>
      </div>
      <button type="submit" className="primary">
        Start session
      </button>
    </form>
  );
}
