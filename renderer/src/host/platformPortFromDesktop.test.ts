import { describe, expect, it } from 'vitest';
import type { DesktopApi, PlatformHostReply, PlatformStreamHandlers } from '../../../core/desktop-api';
import { PlatformUnreachableError } from '../../data/sync/platformPort';
import { platformPortFromDesktop } from './platformPortFromDesktop';

function fakeDesktop(reply: PlatformHostReply | Error) {
  const calls: unknown[] = [];
  const api: Pick<DesktopApi, 'platformRequest' | 'openPlatformStream'> = {
    platformRequest: async (request) => {
      calls.push(request);
      if (reply instanceof Error) throw reply;
      return reply;
    },
    openPlatformStream: (request, handlers: PlatformStreamHandlers) => {
      calls.push(request);
      handlers.onOpen();
      return () => calls.push('closed');
    },
  };
  return { api, calls };
}

describe('platformPortFromDesktop', () => {
  it('names the platform user on every request and gives back the platform’s status and body', async () => {
    const { api, calls } = fakeDesktop({ ok: true, status: 409, body: { conflicts: [] } });
    const port = platformPortFromDesktop(api, 'user-omar');
    await expect(port.request({ method: 'POST', path: '/sync/leads/push', body: { rows: [] } })).resolves.toEqual({ status: 409, body: { conflicts: [] } });
    expect(calls).toEqual([{ userId: 'user-omar', method: 'POST', path: '/sync/leads/push', body: { rows: [] } }]);
  });

  it('turns "never reached the platform" and a silent host into PlatformUnreachableError', async () => {
    const down = platformPortFromDesktop(fakeDesktop({ ok: false, reason: 'unreachable', message: 'ECONNREFUSED' }).api, 'u');
    await expect(down.request({ method: 'GET', path: '/auth/me' })).rejects.toBeInstanceOf(PlatformUnreachableError);
    const hostGone = platformPortFromDesktop(fakeDesktop(new Error('The local services host cannot be reached')).api, 'u');
    await expect(hostGone.request({ method: 'GET', path: '/auth/me' })).rejects.toThrow(PlatformUnreachableError);
  });

  it('answers a missing or ended session as the platform’s 401 with the host’s sentence', async () => {
    const port = platformPortFromDesktop(fakeDesktop({ ok: false, reason: 'not_connected', message: 'connect again' }).api, 'u');
    await expect(port.request({ method: 'POST', path: '/sync/leads/pull' })).resolves.toEqual({ status: 401, body: { error: 'unauthorized', message: 'connect again' } });
  });

  it('opens streams for the same user and hands back close', () => {
    const { api, calls } = fakeDesktop({ ok: true, status: 200, body: null });
    const opened: string[] = [];
    const close = platformPortFromDesktop(api, 'user-omar').stream('/sync/events/stream', { onOpen: () => opened.push('open'), onMessage: () => undefined, onError: () => undefined });
    close();
    expect(opened).toEqual(['open']);
    expect(calls).toEqual([{ userId: 'user-omar', path: '/sync/events/stream' }, 'closed']);
  });
});
