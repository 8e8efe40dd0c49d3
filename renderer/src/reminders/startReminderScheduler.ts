import { firstValueFrom } from 'rxjs';
import type { DesktopApi } from '../../../core/desktop-api';
import type { LeadCenterData } from '../../data/contract';
import { reminderKindLabel } from './reminderKindLabel';
import { selectRemindersToNotify } from './selectRemindersToNotify';

export const reminderCheckIntervalMs = 30_000;

interface ReminderSchedulerOptions {
  data: LeadCenterData;
  desktopApi: DesktopApi;
  now?: () => number;
  intervalMs?: number;
}

/**
 * Every 30 s (and at once) raises a notification for each open reminder that fell due and was
 * not notified yet, then marks it notified. Returns a stop function.
 */
export function startReminderScheduler({
  data,
  desktopApi,
  now = () => Date.now(),
  intervalMs = reminderCheckIntervalMs,
}: ReminderSchedulerOptions): { stop: () => void; checkNow: () => Promise<void> } {
  let running: Promise<void> | null = null;
  let stopped = false;

  async function check(): Promise<void> {
    const at = now();
    const due = await firstValueFrom(data.observeDueReminders(at));
    for (const reminder of selectRemindersToNotify(due, at)) {
      if (stopped) return;
      const lead = data.leadList.get(reminder.leadId);
      const who = lead ? [lead.name, lead.company].filter(Boolean).join(', ') : '';
      const title = reminder.title || `${reminderKindLabel(reminder.kind)} reminder`;
      try {
        await desktopApi.showNotification({
          title: title.slice(0, 200),
          body: [reminderKindLabel(reminder.kind), who].filter(Boolean).join(' · '),
          leadId: reminder.leadId,
        });
      } catch (error) {
        console.warn('Could not show a reminder notification', error);
      }
      // Marked even when the OS refused: the in-app due list still shows it, and a refused
      // permission would otherwise retry every 30 s forever.
      await data.markReminderNotified(reminder.id);
    }
  }

  function checkNow(): Promise<void> {
    running ??= check()
      .catch((error: unknown) => console.error('Reminder check failed', error))
      .finally(() => {
        running = null;
      });
    return running;
  }

  void checkNow();
  const timer = window.setInterval(() => void checkNow(), intervalMs);
  return {
    stop() {
      stopped = true;
      window.clearInterval(timer);
    },
    checkNow,
  };
}
