import { z } from 'zod';

/**
 * The one seam between the UI and its host. Declared once here; the Electron preload and the
 * browser adapter both implement it, so the renderer never knows which host it runs in.
 * Every request's arguments have a schema: the Electron main process validates them again
 * (the renderer is untrusted), and the local services host validates them over HTTP.
 */
export const notificationRequest = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().max(1000).default(''),
  /** Lead to open when the notification is clicked. */
  leadId: z.string().max(64).optional(),
});
export type NotificationRequest = z.infer<typeof notificationRequest>;

export const appInfo = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  /** Where the local database lives, in words a user can find. */
  dataLocation: z.string(),
});
export type AppInfo = z.infer<typeof appInfo>;

/**
 * Only web pages and mail links may leave the app, never file: or custom schemes. core has no
 * URL class (no DOM, no Node), so this checks the shape; the shell parses it again with URL.
 */
const httpsLink = /^https:\/\/[^\s/?#@\\]+(?:[/?#][^\s]*)?$/i;
const mailtoLink = /^mailto:[^\s]+$/i;
export const externalUrl = z
  .string()
  .max(2048)
  .refine((value) => httpsLink.test(value) || mailtoLink.test(value), 'only https: and mailto: links can be opened');

/** Request channels: argument schemas, one entry per channel. */
export const desktopRequests = {
  getAppInfo: z.tuple([]),
  showNotification: z.tuple([notificationRequest]),
  openExternal: z.tuple([externalUrl]),
} as const;

export type DesktopChannel = keyof typeof desktopRequests;

export interface DesktopResults {
  getAppInfo: AppInfo;
  showNotification: { shown: boolean };
  openExternal: { opened: boolean };
}

export type DesktopArgs<K extends DesktopChannel> = z.input<(typeof desktopRequests)[K]>;

export type DesktopApi = {
  [K in DesktopChannel]: (...args: DesktopArgs<K>) => Promise<DesktopResults[K]>;
} & {
  /** Clicks on a notification that names a lead; returns an unsubscribe function. */
  onOpenLead(listener: (leadId: string) => void): () => void;
};

/** IPC channel name for a request; one name per channel, never a generic pass-through. */
export const ipcChannelName = (channel: DesktopChannel): string => `lead-center:${channel}`;
export const openLeadEventChannel = 'lead-center:open-lead';
