import { Notification } from 'electron';
import type { NotificationPort } from '../services/notification-port';

export function createElectronNotificationPort(): NotificationPort {
  // Electron drops a Notification that gets garbage-collected, and its click handler with it;
  // keep each one referenced until it is clicked or closed.
  const live = new Set<Notification>();
  return {
    isSupported: () => Notification.isSupported(),
    show(content, onClick) {
      const notification = new Notification({ title: content.title, body: content.body });
      live.add(notification);
      const release = (): void => {
        live.delete(notification);
      };
      notification.on('click', () => {
        release();
        onClick?.();
      });
      notification.on('close', release);
      notification.on('failed', release);
      notification.show();
    },
  };
}
