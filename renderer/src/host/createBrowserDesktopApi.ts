import { createServerSentEventReader } from '../../../core/sync/serverSentEvents';
import {
  externalUrl,
  platformStreamHttpPath,
  type PlatformStreamHandlers,
  type PlatformStreamRequest,
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
 * The platform's events for one user and path, through the services host (POST, then a
 * text/event-stream it writes: "event: open", the platform's "data:" lines, "event: error").
 * Every failure ends in onError once; close() ends it silently.
 */
function openPlatformStream(request: PlatformStreamRequest, handlers: PlatformStreamHandlers): () => void {
  const controller = new AbortController();
  let done = false;
  const fail = (message: string): void => {
    if (done) return;
    done = true;
    controller.abort();
    handlers.onError(new Error(message));
  };
  const reader = createServerSentEventReader((event) => {
    if (done) return;
    if (event.event === 'open') handlers.onOpen();
    else if (event.event === 'error') fail(event.data || 'The platform stream failed');
    else handlers.onMessage(event.data);
  });
  void (async () => {
    let response: Response;
    try {
      response = await fetch(platformStreamHttpPath, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ args: [request] }),
        signal: controller.signal,
      });
    } catch {
      fail('The local services host cannot be reached; is it still running?');
      return;
    }
    if (!response.ok || response.body === null) {
      const payload = (await response.json().catch(() => null)) as { error?: { message?: unknown } } | null;
      const message = typeof payload?.error?.message === 'string' ? payload.error.message : '';
      fail(message || `The local services host refused the platform stream (HTTP ${response.status})`);
      return;
    }
    const bytes = response.body.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const chunk = await bytes.read();
        if (chunk.done) break;
        reader.push(decoder.decode(chunk.value, { stream: true }));
      }
    } catch {
      // Aborted by close(), or the host went away: fail() below says so unless closed.
    }
    fail('The platform stream ended');
  })();
  return () => {
    done = true;
    controller.abort();
  };
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
    // The platform token stays in the host; the page names the platform user it acts for.
    getPlatformConnection: (userId) => callHost('getPlatformConnection', [userId]),
    connectPlatform: (request) => callHost('connectPlatform', [request]),
    disconnectPlatform: (userId) => callHost('disconnectPlatform', [userId]),
    platformRequest: (request) => callHost('platformRequest', [request]),
    openPlatformStream,
    onOpenLead(listener) {
      openLeadListeners.add(listener);
      return () => openLeadListeners.delete(listener);
    },
  };
}
