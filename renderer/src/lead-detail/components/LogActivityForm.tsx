import { useState } from 'react';
import type { LeadEventType } from '../../../../core/model/event';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useToastStore } from '../../ui/useToastStore';
import { activityData, loggableActivities, parseActivityWhen } from '../utils/loggableActivities';
import { toDateTimeLocal } from '../utils/toDateTimeLocal';
import '../leadDetail.css';
import { FieldError } from '../../ui/FieldError';

interface LogActivityFormProps {
  leadId: string;
  now: number;
}

/** Log what happened offline (a call, a quote request at the stand …); score, level and stage follow. */
export function LogActivityForm({ leadId, now }: LogActivityFormProps) {
  const { data } = useLeadCenter();
  const showToast = useToastStore((state) => state.showToast);
  const [type, setType] = useState<LeadEventType>('quote_request');
  const [note, setNote] = useState('');
  const [when, setWhen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  async function submit() {
    const at = parseActivityWhen(when, Date.now());
    if (!at.ok) return setError(at.message);
    setError(null);
    setBusy(true);
    const label = loggableActivities.find((a) => a.type === type)?.label ?? type;
    try {
      await data.recordLeadEvent(leadId, { type, data: activityData(note), ...(at.at === undefined ? {} : { at: at.at }) });
      setNote('');
      setWhen('');
      setStatus(`Logged: ${label}.`);
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : String(failure);
      setStatus('');
      showToast({ tone: 'error', message: `Not logged: ${message}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="detail-section ld-section" aria-labelledby="log-activity-heading">
      <h3 id="log-activity-heading">Log activity</h3>
      <form
        className="ld-log-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label>
          What happened
          <select value={type} onChange={(event) => setType(event.target.value as LeadEventType)}>
            {loggableActivities.map((a) => (
              <option key={a.type} value={a.type}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
        <label className="ld-grow">
          Note (optional)
          <input value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} placeholder="e.g. 40 pumps, delivery Q3" />
        </label>
        <label>
          When (optional)
          <input
            type="datetime-local"
            value={when}
            max={toDateTimeLocal(now + 60_000)}
            aria-invalid={error !== null}
            aria-describedby={error ? 'log-activity-error' : undefined}
            onChange={(event) => setWhen(event.target.value)}
          />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Logging…' : 'Log activity'}
        </button>
      </form>
      <FieldError message={error || null} id="log-activity-error" />
      <p className="muted ld-help" role="status">
        {status}
      </p>
    </section>
  );
}
