/**
 * Runs sandboxed: it may only require 'electron', so the build bundles it into one file.
 * It exposes exactly the DesktopApi of core, one function per channel — never ipcRenderer
 * itself or a generic send, which would hand the page every IPC channel.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  ipcChannelName,
  openLeadEventChannel,
  platformStreamCloseChannel,
  platformStreamEventChannel,
  platformStreamOpenChannel,
  type DesktopApi,
  type DesktopArgs,
  type DesktopChannel,
  type DesktopResults,
} from '../../core/desktop-api';

function invoke<K extends DesktopChannel>(channel: K, ...args: DesktopArgs<K>): Promise<DesktopResults[K]> {
  return ipcRenderer.invoke(ipcChannelName(channel), ...args) as Promise<DesktopResults[K]>;
}

const api = {
  getAppInfo: () => invoke('getAppInfo'),
  showNotification: (request) => invoke('showNotification', request),
  openExternal: (url) => invoke('openExternal', url),
  getMailSettings: () => invoke('getMailSettings'),
  saveMailSettings: (request) => invoke('saveMailSettings', request),
  checkMailServer: () => invoke('checkMailServer'),
  sendEmail: (mail) => invoke('sendEmail', mail),
  deliveryStatus: (messageId) => invoke('deliveryStatus', messageId),
  getAiSettings: () => invoke('getAiSettings'),
  saveAiSettings: (request) => invoke('saveAiSettings', request),
  draftWithAi: (request) => invoke('draftWithAi', request),
  listAttachments: () => invoke('listAttachments'),
  addAttachment: (file) => invoke('addAttachment', file),
  removeAttachment: (id) => invoke('removeAttachment', id),
  getPlatformConnection: (userId) => invoke('getPlatformConnection', userId),
  connectPlatform: (request) => invoke('connectPlatform', request),
  disconnectPlatform: (userId) => invoke('disconnectPlatform', userId),
  platformRequest: (request) => invoke('platformRequest', request),
  openPlatformStream(request, handlers) {
    // The page names the stream, so it listens before main can answer; only this stream's
    // fields cross into the page, never the IPC event.
    const streamId = `stream-${Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('')}`;
    let closed = false;
    const forward = (_event: IpcRendererEvent, message: unknown): void => {
      if (closed || typeof message !== 'object' || message === null) return;
      const event = message as { streamId?: unknown; kind?: unknown; data?: unknown; message?: unknown };
      if (event.streamId !== streamId) return;
      if (event.kind === 'open') handlers.onOpen();
      else if (event.kind === 'message' && typeof event.data === 'string') handlers.onMessage(event.data);
      else if (event.kind === 'error') {
        stop();
        handlers.onError(new Error(typeof event.message === 'string' ? event.message : 'The platform stream failed'));
      }
    };
    const stop = (): void => {
      closed = true;
      ipcRenderer.removeListener(platformStreamEventChannel, forward);
    };
    ipcRenderer.on(platformStreamEventChannel, forward);
    ipcRenderer.invoke(platformStreamOpenChannel, streamId, request).catch((error: unknown) => {
      if (closed) return;
      stop();
      handlers.onError(error instanceof Error ? error : new Error(String(error)));
    });
    return () => {
      if (closed) return;
      stop();
      void ipcRenderer.invoke(platformStreamCloseChannel, streamId).catch(() => undefined);
    };
  },
  onOpenLead(listener) {
    // Only the lead id crosses into the page, not the IPC event (it carries `sender`).
    const forward = (_event: IpcRendererEvent, leadId: unknown): void => {
      if (typeof leadId === 'string') listener(leadId);
    };
    ipcRenderer.on(openLeadEventChannel, forward);
    return () => {
      ipcRenderer.removeListener(openLeadEventChannel, forward);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('leadCenter', api);
