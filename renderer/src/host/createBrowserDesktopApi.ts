import {
  externalUrl,
  type AppInfo,
  type DesktopApi,
  type DesktopArgs,
  type DesktopChannel,
  type DesktopResults,
  type NotificationRequest,
} from '../../../core/desktop-api';

/**
 * Calls the local services host: POST /api/desktop/<channel> {args:[...]} → {result} or {error}.
 * A refusal becomes an Error carrying the host's own message, ready to show to the user.
 */
async function callHost<K extends DesktopChannel>(channel: K, args: DesktopArgs<K>): Promise<DesktopResults[K]> {
  let response: Response;
  try {
    response = await fetch(`/api/desktop/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ args }),
    });
  } catch {
    throw new Error('The local services host cannot be reached; is it still running?');
  }
  const payload = (await response.json().catch(() => null)) as
    | { result: DesktopResults[K] }
    | { error: { code: string; message: string } }
    | null;
  if (!response.ok || !payload || !('result' in payload)) {
    const message = payload && 'error' in payload && typeof payload.error.message === 'string' ? payload.error.message : '';
    throw new Error(message || `The local services host refused ${channel} (HTTP ${response.status})`);
  }
  return payload.result;
}

/**
 * DesktopApi for a plain browser (tests, tablets): services go to the local host over HTTP,
 * notifications use the web Notification API, and a notification click opens its lead.
 */
export function createBrowserDesktopApi(): DesktopApi {
  const openLeadListeners = new Set<(leadId: string) => void>();

  async function showNotification(request: NotificationRequest): Promise<{ shown: boolean }> {
    if (typeof Notification === 'undefined') return { shown: false };
    let permission = Notification.permission;
    if (permission === 'default') permission = await Notification.requestPermission();
    if (permission !== 'granted') return { shown: false };
    const notification = new Notification(request.title, { body: request.body ?? '', tag: request.leadId });
    const leadId = request.leadId;
    if (leadId) {
      notification.onclick = () => {
        window.focus();
        for (const listener of openLeadListeners) listener(leadId);
        notification.close();
      };
    }
    return { shown: true };
  }

  return {
    async getAppInfo(): Promise<AppInfo> {
      try {
        return await callHost('getAppInfo', []);
      } catch {
        return { name: 'Lead Center', version: 'dev', host: 'browser', dataLocation: 'this browser (IndexedDB)' };
      }
    },
    async openExternal(url) {
      // The host validates and may open it itself; when it declines, a validated https:/mailto:
      // link opens in a new browser tab without access to this page.
      const checked = externalUrl.safeParse(url);
      if (!checked.success) return { opened: false };
      const result = await callHost('openExternal', [checked.data]).catch(() => ({ opened: false }));
      if (result.opened) return result;
      return { opened: window.open(checked.data, '_blank', 'noopener,noreferrer') !== null };
    },
    showNotification: (request) => showNotification(request as NotificationRequest),
    // Mail is the host's: SMTP, the send journal, secrets and attachment files live in Node.
    getMailSettings: () => callHost('getMailSettings', []),
    saveMailSettings: (request) => callHost('saveMailSettings', [request]),
    checkMailServer: () => callHost('checkMailServer', []),
    sendEmail: (mail) => callHost('sendEmail', [mail]),
    deliveryStatus: (messageId) => callHost('deliveryStatus', [messageId]),
    getAiSettings: () => callHost('getAiSettings', []),
    saveAiSettings: (request) => callHost('saveAiSettings', [request]),
    draftWithAi: (request) => callHost('draftWithAi', [request]),
    listAttachments: () => callHost('listAttachments', []),
    addAttachment: (file) => callHost('addAttachment', [file]),
    removeAttachment: (id) => callHost('removeAttachment', [id]),
    onOpenLead(listener) {
      openLeadListeners.add(listener);
      return () => openLeadListeners.delete(listener);
    },
  };
}
