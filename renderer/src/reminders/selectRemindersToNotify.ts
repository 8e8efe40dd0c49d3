import type { Reminder } from '../../../core/model/reminder';

/**
 * Which reminders to raise a notification for now: open, never notified, and due at or before
 * `now`. Soonest first, so a backlog after a long offline period surfaces in order. `limit`
 * keeps a backlog from flooding the desktop with notifications at once.
 */
export function selectRemindersToNotify(reminders: readonly Reminder[], now: number, limit = 5): Reminder[] {
  return reminders
    .filter((reminder) => !reminder.done && reminder.notifiedAt === null && reminder.dueAt <= now)
    .sort((a, b) => a.dueAt - b.dueAt || a.id.localeCompare(b.id))
    .slice(0, Math.max(0, limit));
}
