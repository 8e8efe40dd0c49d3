import { useMemo } from 'react';
import { navigate } from '../../app/navigate';
import { useLeadCenter } from '../../app/useLeadCenter';
import { formatDateTime } from '../../ui/formatDateTime';
import { formatRelativeTime } from '../../ui/formatRelativeTime';
import { useNow } from '../../ui/useNow';
import { useObservable } from '../../ui/useObservable';
import { useToastStore } from '../../ui/useToastStore';
import { reminderKindLabel } from '../reminderKindLabel';
import type { Reminder } from '../../../../core/model/reminder';

const none: Reminder[] = [];

/** "Due and overdue": open reminders due by now, soonest first, refreshed every 30 s. */
export function DueRemindersPage() {
  const { data } = useLeadCenter();
  const now = useNow(30_000);
  const source = useMemo(() => data.observeDueReminders(now), [data, now]);
  const reminders = useObservable(source, none);
  const showToast = useToastStore((state) => state.showToast);

  return (
    <section className="page" aria-labelledby="reminders-heading">
      <header className="page-header">
        <h1 id="reminders-heading">Due and overdue</h1>
        <p className="muted">{reminders.length === 0 ? 'Nothing due' : `${reminders.length} due`}</p>
      </header>
      {reminders.length === 0 ? (
        <div className="empty-state">
          <p>You are all caught up. Reminders you set on a lead appear here when they fall due.</p>
        </div>
      ) : (
        <ul className="reminder-list" aria-label="Due reminders">
          {reminders.map((reminder) => {
            const lead = data.leadList.get(reminder.leadId);
            const who = lead ? lead.name || lead.email || lead.company : 'Deleted lead';
            const overdue = reminder.dueAt < now - 60_000;
            return (
              <li key={reminder.id} className={`reminder-item${overdue ? ' is-overdue' : ''}`} data-testid="due-reminder">
                <span className="chip">{reminderKindLabel(reminder.kind)}</span>
                <div className="reminder-main">
                  <strong>{reminder.title || `${reminderKindLabel(reminder.kind)} reminder`}</strong>
                  <span className="muted">
                    <time dateTime={new Date(reminder.dueAt).toISOString()} title={formatDateTime(reminder.dueAt)}>
                      {overdue ? 'Overdue, ' : 'Due '}
                      {formatRelativeTime(reminder.dueAt, now)}
                    </time>
                    {' · '}
                    {lead ? (
                      <a href={`#/leads/${encodeURIComponent(reminder.leadId)}`} onClick={(event) => {
                        event.preventDefault();
                        navigate({ name: 'lead', leadId: reminder.leadId });
                      }}>
                        {who}
                      </a>
                    ) : (
                      who
                    )}
                  </span>
                </div>
                <button
                  type="button"
                  onClick={() =>
                    void data
                      .setReminderDone(reminder.id, true)
                      .then(() => showToast({ message: `Done: ${reminder.title || reminderKindLabel(reminder.kind)}` }))
                  }
                >
                  Mark done<span className="visually-hidden">: {reminder.title || reminderKindLabel(reminder.kind)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
