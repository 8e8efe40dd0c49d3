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
  return (await callHostPath(`/api/desktop/${channel}`, args)) as DesktopResults[K];
}

async function callHostPath(path: string, args: readonly unknown[]): Promise<unknown> {
  const channel = path.slice(path.lastIndexOf('/') + 1);
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ args }),
    });
  } catch {
    throw new Error('The local services host cannot be reached; is it still running?');
  }
  const payload = (await response.json().catch(() => null)) as
    | { result: unknown }
    | { error: { code: string; message: string } }
    | null;
  if (!response.ok || !payload || !('result' in payload)) {
    const message = payload && 'error' in payload && typeof payload.error.message === 'string' ? payload.error.message : '';
    throw new Error(message || `The local services host refused ${channel} (HTTP ${response.status})`);
  }
  return payload.result;
}

interface PlatformStreamChannel {
  /** Resolves with the channel id once the host has opened it. */
  id: Promise<string>;
  streams: Map<string, PlatformStreamHandlers>;
  close(): void;
}

const randomId = (): string => Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The page's platform streams through the services host, all on one event channel: a browser
 * keeps at most six connections per host, and ten collections' streams would take them all
 * (pages and requests would then wait behind them). The channel closes when its last stream
 * does; if it breaks, every stream on it gets onError (the replication reconnects).
 */
function createPlatformStreams(): (request: PlatformStreamRequest, handlers: PlatformStreamHandlers) => () => void {
  let channel: PlatformStreamChannel | null = null;

  function openChannel(): PlatformStreamChannel {
    const controller = new AbortController();
    const streams = new Map<string, PlatformStreamHandlers>();
    let resolveId: (id: string) => void = () => undefined;
    let rejectId: (error: Error) => void = () => undefined;
    const id = new Promise<string>((resolve, reject) => {
      resolveId = resolve;
      rejectId = reject;
    });
    id.catch(() => undefined);
    const opened: PlatformStreamChannel = {
      id,
      streams,
      close: () => {
        if (channel === opened) channel = null;
        controller.abort();
      },
    };
    const fail = (message: string): void => {
      if (channel === opened) channel = null;
      rejectId(new Error(message));
      const waiting = [...streams.values()];
      streams.clear();
      for (const handlers of waiting) handlers.onError(new Error(message));
    };
    const reader = createServerSentEventReader((event) => {
      if (event.event === 'channel') {
        resolveId(event.data);
        return;
      }
      let message: { streamId?: unknown; kind?: unknown; data?: unknown; message?: unknown };
      try {
        message = JSON.parse(event.data) as typeof message;
      } catch {
        return;
      }
      const handlers = typeof message.streamId === 'string' ? streams.get(message.streamId) : undefined;
      if (handlers === undefined || typeof message.streamId !== 'string') return;
      if (message.kind === 'open') handlers.onOpen();
      else if (message.kind === 'message' && typeof message.data === 'string') handlers.onMessage(message.data);
      else if (message.kind === 'error') {
        streams.delete(message.streamId);
        handlers.onError(new Error(typeof message.message === 'string' ? message.message : 'The platform stream failed'));
      }
    });
    void (async () => {
      let response: Response;
      try {
        response = await fetch(platformStreamHttpPath, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
          body: JSON.stringify({ args: [] }),
          signal: controller.signal,
        });
      } catch {
        fail('The local services host cannot be reached; is it still running?');
        return;
      }
      if (!response.ok || response.body === null) {
        fail(`The local services host refused the platform streams (HTTP ${response.status})`);
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
        // Aborted (the last stream closed) or the host went away.
      }
      fail('The connection to the local services host ended');
    })();
    return opened;
  }

  return (request, handlers) => {
    const current = channel ?? openChannel();
    channel = current;
    const streamId = `stream-${randomId()}`;
    let closed = false;
    current.streams.set(streamId, handlers);
    const forget = (): void => {
      current.streams.delete(streamId);
      if (current.streams.size === 0) current.close();
    };
    current.id
      .then(async (channelId) => {
        if (closed) return;
        await callHostPath(`${platformStreamHttpPath}/open`, [channelId, streamId, request]);
      })
      .catch((error: unknown) => {
        if (closed || !current.streams.has(streamId)) return;
        forget();
        handlers.onError(error instanceof Error ? error : new Error(String(error)));
      });
    return () => {
      if (closed) return;
      closed = true;
      const wasOpen = current.streams.has(streamId);
      forget();
      if (wasOpen && current.streams.size > 0) {
        void current.id.then((channelId) => callHostPath(`${platformStreamHttpPath}/close`, [channelId, streamId])).catch(() => undefined);
      }
    };
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
    openPlatformStream: createPlatformStreams(),
    onOpenLead(listener) {
      openLeadListeners.add(listener);
      return () => openLeadListeners.delete(listener);
    },
  };
}
