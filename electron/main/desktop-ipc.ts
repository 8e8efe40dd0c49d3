import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { desktopRequests, ipcChannelName, type DesktopChannel } from '../../core/desktop-api';
import type { DesktopHandlers } from '../ipc/desktop-handlers';
import { handleDesktopRequest } from '../ipc/handle-desktop-request';
import type { IpcSender } from '../security/ipc-sender';

export function senderOf(event: IpcMainInvokeEvent): IpcSender {
  try {
    const frame = event.senderFrame;
    if (frame === null || frame.isDestroyed()) return { frameUrl: undefined, isTopFrame: false };
    return { frameUrl: frame.url, isTopFrame: frame.parent === null };
  } catch {
    // A frame disposed mid-request throws on access; treat it as no sender.
    return { frameUrl: undefined, isTopFrame: false };
  }
}

/** One ipcMain.handle per channel, never a generic pass-through. */
export function registerDesktopIpc(handlers: DesktopHandlers): void {
  for (const channel of Object.keys(desktopRequests) as DesktopChannel[]) {
    ipcMain.handle(ipcChannelName(channel), (event, ...args: unknown[]) =>
      handleDesktopRequest(channel, senderOf(event), args, handlers),
    );
  }
}
