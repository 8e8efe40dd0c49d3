/**
 * Runs sandboxed: it may only require 'electron', so the build bundles it into one file.
 * It exposes exactly the DesktopApi of core, one function per channel — never ipcRenderer
 * itself or a generic send, which would hand the page every IPC channel.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  ipcChannelName,
  openLeadEventChannel,
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
