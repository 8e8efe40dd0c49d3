import {
  externalUrl,
  type AppInfo,
  type DesktopApi,
  type DesktopArgs,
  type DesktopChannel,
  type DesktopResults,
  type NotificationRequest,
} from '../../../core/desktop-api';

/** Calls the local services host: POST /api/desktop/<channel> {args:[...]} → {result} or {error}. */
async function callHost<K extends DesktopChannel>(channel: K, args: DesktopArgs<K>): Promise<DesktopResults[K]> {
  const response = await fetch(`/api/desktop/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ args }),
  });
  const payload = (await response.json().catch(() => null)) as
    | { result: DesktopResults[K] }
    | { error: { code: string; message: string } }
    | null;
  if (!response.ok || !payload || !('result' in payload)) {
    const reason = payload && 'error' in payload ? payload.error.message : `HTTP ${response.status}`;
    throw new Error(`The local services host refused ${channel}: ${reason}`);
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
    onOpenLead(listener) {
      openLeadListeners.add(listener);
      return () => openLeadListeners.delete(listener);
    },
  };
}
