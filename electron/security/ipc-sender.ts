import { isTrustedAppUrl } from './app-origin';

/** What main knows about the frame that sent an IPC message. */
export interface IpcSender {
  /** The sending frame's URL; undefined when the frame is gone or navigated away. */
  frameUrl: string | undefined;
  /** True for the window's top frame; iframes never get the desktop API. */
  isTopFrame: boolean;
}

/** Only the app's own top frame may call the desktop API (the renderer is untrusted input). */
export function isTrustedIpcSender(sender: IpcSender): boolean {
  return sender.isTopFrame && isTrustedAppUrl(sender.frameUrl);
}
