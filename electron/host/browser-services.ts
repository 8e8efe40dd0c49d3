import type { NotificationRequest } from '../../core/desktop-api';
import type { DesktopServices } from '../ipc/desktop-handlers';
import { browserAppInfo } from '../services/app-info';

/** Enough history for a test or a debugging session to look at, without growing forever. */
const keptNotifications = 100;

export interface BrowserServicesContext {
  appName: string;
  appVersion: string;
  /** The host's own origin, where the browser keeps the app's data. */
  origin: string;
}

export interface BrowserServices {
  services: DesktopServices;
  /** Notifications the page asked for, oldest first. */
  notifications: () => readonly NotificationRequest[];
}

/**
 * DesktopApi's services as the browser-mode host provides them. The page's browser adapter
 * raises notifications itself and opens links with window.open, so those two only record or
 * decline here. Services added to DesktopApi later (mailer, …) are added to this object; the
 * compiler lists the missing ones.
 */
export function createBrowserServices(context: BrowserServicesContext): BrowserServices {
  const notifications: NotificationRequest[] = [];
  const services: DesktopServices = {
    getAppInfo: async () => browserAppInfo({ name: context.appName, version: context.appVersion, origin: context.origin }),
    showNotification: async (request) => {
      notifications.push(request);
      if (notifications.length > keptNotifications) notifications.shift();
      return { shown: false };
    },
    openExternal: async () => ({ opened: false }),
  };
  return { services, notifications: () => [...notifications] };
}
