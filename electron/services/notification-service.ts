import type { NotificationRequest } from '../../core/desktop-api';
import type { NotificationPort } from './notification-port';

export interface NotificationLimit {
  count: number;
  perMs: number;
}

/**
 * Caps how many notifications reach the OS in a window of time: after a laptop wakes, a
 * scheduler catching up on overdue reminders must not bury the desktop in toasts. The
 * reminders themselves stay in the app; only the extra toasts are skipped.
 */
export const defaultNotificationLimit: NotificationLimit = { count: 5, perMs: 60_000 };

export interface NotificationService {
  showNotification(request: NotificationRequest): Promise<{ shown: boolean }>;
}

export function createNotificationService(options: {
  port: NotificationPort;
  /** Called with the lead id when a notification that names a lead is clicked. */
  openLead: (leadId: string) => void;
  now: () => number;
  limit?: NotificationLimit;
}): NotificationService {
  const { port, openLead, now, limit = defaultNotificationLimit } = options;
  let recent: number[] = [];

  return {
    async showNotification(request) {
      if (!port.isSupported()) return { shown: false };
      const at = now();
      recent = recent.filter((shownAt) => at - shownAt < limit.perMs);
      if (recent.length >= limit.count) return { shown: false };
      recent.push(at);
      const { leadId } = request;
      port.show({ title: request.title, body: request.body }, leadId === undefined ? undefined : () => openLead(leadId));
      return { shown: true };
    },
  };
}
