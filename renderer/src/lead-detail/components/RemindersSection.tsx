import { useMemo, useState } from 'react';
import { reminderKinds, type Reminder } from '../../../../core/model/reminder';
import { useLeadCenter } from '../../app/useLeadCenter';
import { reminderKindLabel } from '../../reminders/reminderKindLabel';
import { formatDateTime } from '../../ui/formatDateTime';
import { useObservable } from '../../ui/useObservable';
import { useToastStore } from '../../ui/useToastStore';
import { toDateTimeLocal } from '../utils/toDateTimeLocal';

const none: Reminder[] = [];

/** Reminders on a lead: add (due time, kind, title), mark done, delete. */
export function RemindersSection({ leadId }: { leadId: string }) {
  const { data } = useLeadCenter();
  const reminders = useObservable(useMemo(() => data.observeReminders(leadId), [data, leadId]), none);
  const sorted = useMemo(() => [...reminders].sort((a, b) => Number(a.done) - Number(b.done) || a.dueAt - b.dueAt), [reminders]);
  const showToast = useToastStore((state) => state.showToast);
  const [dueAt, setDueAt] = useState(() => toDateTimeLocal(Date.now() + 24 * 3600_000));
  const [kind, setKind] = useState<Reminder['kind']>('follow-up');
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');

  async function add() {
    const due = new Date(dueAt).getTime();
    if (!dueAt || Number.isNaN(due)) {
      setError('Pick the date and time the reminder is due.');
      return;
    }
    setError('');
    await data.addReminder(leadId, { kind, dueAt: due, title: title.trim() });
    setTitle('');
    showToast({ message: `Reminder set for ${formatDateTime(due)}` });
  }

  return (
    <section className="detail-section" aria-labelledby="reminders-section-heading">
      <h3 id="reminders-section-heading">Reminders</h3>
      <form
        className="reminder-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label>
          Due
          <input
            type="datetime-local"
            value={dueAt}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'reminder-due-error' : undefined}
            onChange={(event) => setDueAt(event.target.value)}
          />
        </label>
        <label>
          Kind
          <select value={kind} onChange={(event) => setKind(event.target.value as Reminder['kind'])}>
            {reminderKinds.map((k) => (
              <option key={k} value={k}>
                {reminderKindLabel(k)}
              </option>
            ))}
          </select>
        </label>
        <label className="grow">
          Reminder title
          <input value={title} placeholder="e.g. Send the quote" onChange={(event) => setTitle(event.target.value)} />
        </label>
        <button type="submit">Add reminder</button>
        {error ? (
          <p id="reminder-due-error" className="field-error">
            {error}
          </p>
        ) : null}
      </form>
      {sorted.length === 0 ? <p className="muted">No reminders.</p> : null}
      <ul className="reminder-list compact" aria-label="Reminders on this lead">
        {sorted.map((reminder) => {
          const label = reminder.title || `${reminderKindLabel(reminder.kind)} reminder`;
          return (
            <li key={reminder.id} className={`reminder-item${reminder.done ? ' is-done' : ''}`} data-testid="lead-reminder">
              <label className="check">
                <input type="checkbox" checked={reminder.done} onChange={(event) => void data.setReminderDone(reminder.id, event.target.checked)} />
                <span className="visually-hidden">Done: </span>
                <span className="chip">{reminderKindLabel(reminder.kind)}</span>
                <span className="reminder-title">{label}</span>
              </label>
              <time className="muted" dateTime={new Date(reminder.dueAt).toISOString()}>
                {formatDateTime(reminder.dueAt)}
              </time>
              <button type="button" className="button-link danger-link" onClick={() => void data.deleteReminder(reminder.id)}>
                Delete<span className="visually-hidden"> reminder {label}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
