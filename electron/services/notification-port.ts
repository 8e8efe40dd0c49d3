/** What an OS notification shows; the lead to open stays with the caller's click handler. */
export interface OsNotification {
  title: string;
  body: string;
}

/**
 * The operating system's notification centre. Electron's implementation lives in
 * electron/main; tests use a fake.
 */
export interface NotificationPort {
  isSupported(): boolean;
  show(notification: OsNotification, onClick: (() => void) | undefined): void;
}
