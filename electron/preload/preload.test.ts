import { beforeEach, describe, expect, it, vi } from 'vitest';
import { desktopRequests, type DesktopApi } from '../../core/desktop-api';

// A fake of the two Electron objects the preload touches; the real module needs the binary.
const electron = vi.hoisted(() => {
  type Listener = (event: unknown, ...args: unknown[]) => void;
  const listeners = new Map<string, Set<Listener>>();
  const exposed = new Map<string, unknown>();
  return {
    exposed,
    listeners,
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ channel, args })),
    emit(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipc internals' }, ...args);
    },
    module: {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: (channel: string, ...args: unknown[]) => electron.invoke(channel, ...args),
        on(channel: string, listener: Listener) {
          if (!listeners.has(channel)) listeners.set(channel, new Set());
          listeners.get(channel)?.add(listener);
        },
        removeListener(channel: string, listener: Listener) {
          listeners.get(channel)?.delete(listener);
        },
      },
    },
  };
});
vi.mock('electron', () => electron.module);

async function loadApi(): Promise<DesktopApi> {
  vi.resetModules();
  electron.exposed.clear();
  await import('./preload');
  return electron.exposed.get('leadCenter') as DesktopApi;
}

describe('preload', () => {
  beforeEach(() => electron.invoke.mockClear());

  it('exposes exactly the DesktopApi under window.leadCenter', async () => {
    const api = await loadApi();
    expect([...electron.exposed.keys()]).toEqual(['leadCenter']);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(desktopRequests), 'onOpenLead', 'openPlatformStream'].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });

  it('invokes one named IPC channel per request', async () => {
    const api = await loadApi();
    await api.getAppInfo();
    await api.showNotification({ title: 'Call ACME', leadId: 'lead-1' });
    await api.openExternal('https://www.powercozmo.com/');
    expect(electron.invoke.mock.calls).toEqual([
      ['lead-center:getAppInfo'],
      ['lead-center:showNotification', { title: 'Call ACME', leadId: 'lead-1' }],
      ['lead-center:openExternal', 'https://www.powercozmo.com/'],
    ]);
  });

  it('passes the mail channels their one argument, secrets included, to IPC only', async () => {
    const api = await loadApi();
    const settings = {
      host: 'smtp.example.com',
      port: 465,
      security: 'tls' as const,
      fromAddress: 'sam@example.com',
      unsubscribeBaseUrl: 'https://example.com/u',
    };
    await api.saveMailSettings({ settings, password: 'pw' });
    await api.checkMailServer();
    await api.sendEmail({ messageId: '<e1@example.com>', to: [{ email: 'a@example.org' }], subject: 's', text: 't' });
    await api.draftWithAi({ messages: [{ role: 'user', content: 'hi' }] });
    await api.removeAttachment('att-1');
    expect(electron.invoke.mock.calls).toEqual([
      ['lead-center:saveMailSettings', { settings, password: 'pw' }],
      ['lead-center:checkMailServer'],
      ['lead-center:sendEmail', { messageId: '<e1@example.com>', to: [{ email: 'a@example.org' }], subject: 's', text: 't' }],
      ['lead-center:draftWithAi', { messages: [{ role: 'user', content: 'hi' }] }],
      ['lead-center:removeAttachment', 'att-1'],
    ]);
  });

  it('passes the platform channels to their named IPC channels', async () => {
    const api = await loadApi();
    await api.getPlatformConnection('user-omar');
    await api.connectPlatform({ url: 'https://platform.example.com', email: 'omar@example.com', password: 'pw' });
    await api.platformRequest({ userId: 'user-omar', method: 'POST', path: '/sync/leads/pull', body: {} });
    await api.disconnectPlatform('user-omar');
    expect(electron.invoke.mock.calls).toEqual([
      ['lead-center:getPlatformConnection', 'user-omar'],
      ['lead-center:connectPlatform', { url: 'https://platform.example.com', email: 'omar@example.com', password: 'pw' }],
      ['lead-center:platformRequest', { userId: 'user-omar', method: 'POST', path: '/sync/leads/pull', body: {} }],
      ['lead-center:disconnectPlatform', 'user-omar'],
    ]);
  });

  it('opens a platform stream with its own id, forwards only its events, and closes it', async () => {
    const api = await loadApi();
    const log: string[] = [];
    const close = api.openPlatformStream(
      { userId: 'user-omar', path: '/sync/leads/stream' },
      { onOpen: () => log.push('open'), onMessage: (data) => log.push(`message ${data}`), onError: (error) => log.push(`error ${error.message}`) },
    );
    const [channel, streamId, request] = electron.invoke.mock.calls[0] ?? [];
    expect(channel).toBe('lead-center:platform-stream-open');
    expect(streamId).toMatch(/^stream-[0-9a-f]{24}$/);
    expect(request).toEqual({ userId: 'user-omar', path: '/sync/leads/stream' });
    electron.emit('lead-center:platform-stream-event', { streamId, kind: 'open' });
    electron.emit('lead-center:platform-stream-event', { streamId: 'stream-someone-else', kind: 'message', data: 'not mine' });
    electron.emit('lead-center:platform-stream-event', { streamId, kind: 'message', data: '{"documents":[]}' });
    close();
    electron.emit('lead-center:platform-stream-event', { streamId, kind: 'message', data: 'after close' });
    expect(log).toEqual(['open', 'message {"documents":[]}']);
    expect(electron.invoke.mock.calls[1]).toEqual(['lead-center:platform-stream-close', streamId]);
    expect(electron.listeners.get('lead-center:platform-stream-event')?.size).toBe(0);
  });

  it('ends a platform stream on its error event, once', async () => {
    const api = await loadApi();
    const log: string[] = [];
    api.openPlatformStream({ userId: 'user-omar', path: '/sync/leads/stream' }, { onOpen: () => log.push('open'), onMessage: () => log.push('message'), onError: (error) => log.push(error.message) });
    const streamId = electron.invoke.mock.calls[0]?.[1];
    electron.emit('lead-center:platform-stream-event', { streamId, kind: 'error', message: 'The platform closed the stream' });
    electron.emit('lead-center:platform-stream-event', { streamId, kind: 'open' });
    expect(log).toEqual(['The platform closed the stream']);
  });

  it('forwards only lead ids to onOpenLead listeners, until unsubscribed', async () => {
    const api = await loadApi();
    const received: unknown[] = [];
    const unsubscribe = api.onOpenLead((...args) => received.push(args));
    electron.emit('lead-center:open-lead', 'lead-9');
    electron.emit('lead-center:open-lead', { not: 'an id' });
    unsubscribe();
    electron.emit('lead-center:open-lead', 'lead-10');
    expect(received).toEqual([['lead-9']]);
    expect(electron.listeners.get('lead-center:open-lead')?.size).toBe(0);
  });
});
