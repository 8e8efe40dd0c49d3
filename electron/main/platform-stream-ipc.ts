import { ipcMain, type WebContents } from 'electron';
import { platformStreamCloseChannel, platformStreamEventChannel, platformStreamOpenChannel } from '../../core/desktop-api';
import { DesktopRequestError } from '../ipc/desktop-request-error';
import { isTrustedIpcSender } from '../security/ipc-sender';
import type { PlatformStreamHub } from '../services/platform/platformStreamHub';
import { senderOf } from './desktop-ipc';

/**
 * The platform streams over IPC: the page picks a stream id, asks main to open it, and gets
 * events on one channel tagged with that id. A page's streams close when it navigates away,
 * reloads, crashes or its window closes.
 */
export function registerPlatformStreamIpc(hub: PlatformStreamHub): void {
  const watched = new WeakSet<WebContents>();
  const watch = (contents: WebContents): void => {
    if (watched.has(contents)) return;
    watched.add(contents);
    const id = contents.id;
    contents.on('did-navigate', () => hub.closePage(id));
    contents.on('render-process-gone', () => hub.closePage(id));
    contents.once('destroyed', () => hub.closePage(id));
  };

  ipcMain.handle(platformStreamOpenChannel, (event, streamId: unknown, request: unknown) => {
    const sender = senderOf(event);
    if (!isTrustedIpcSender(sender)) {
      throw new DesktopRequestError('untrusted-sender', `Refused a platform stream: only the app's own page may open one (sender ${sender.frameUrl ?? 'unknown'})`);
    }
    const contents = event.sender;
    watch(contents);
    hub.open(contents.id, streamId, request, (message) => {
      if (!contents.isDestroyed()) contents.send(platformStreamEventChannel, message);
    });
    return { opened: true };
  });
  ipcMain.handle(platformStreamCloseChannel, (event, streamId: unknown) => ({ closed: hub.close(event.sender.id, streamId) }));
}
