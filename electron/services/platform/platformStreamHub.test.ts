import { describe, expect, it } from 'vitest';
import type { PlatformStreamEvent, PlatformStreamHandlers } from '../../../core/desktop-api';
import { DesktopRequestError } from '../../ipc/desktop-request-error';
import { createPlatformStreamHub, maxStreamsPerPage } from './platformStreamHub';

/** A platform service whose streams the test drives by hand. */
function fakePlatform() {
  const opened: { path: string; handlers: PlatformStreamHandlers; closed: boolean }[] = [];
  return {
    opened,
    stream(request: { userId: string; path: string }, handlers: PlatformStreamHandlers) {
      const entry = { path: request.path, handlers, closed: false };
      opened.push(entry);
      return () => {
        entry.closed = true;
      };
    },
  };
}

const request = { userId: 'user-omar', path: '/sync/leads/stream' };

describe('platform stream hub', () => {
  it('tags each event with the page’s stream id', () => {
    const platform = fakePlatform();
    const hub = createPlatformStreamHub(platform);
    const events: PlatformStreamEvent[] = [];
    hub.open(1, 'stream-0001', request, (event) => events.push(event));
    platform.opened[0]?.handlers.onOpen();
    platform.opened[0]?.handlers.onMessage('{"documents":[]}');
    platform.opened[0]?.handlers.onError(new Error('gone'));
    expect(events).toEqual([
      { streamId: 'stream-0001', kind: 'open' },
      { streamId: 'stream-0001', kind: 'message', data: '{"documents":[]}' },
      { streamId: 'stream-0001', kind: 'error', message: 'gone' },
    ]);
    expect(hub.openCount()).toBe(0);
  });

  it('closes one stream on request and all of a page’s streams when the page goes', () => {
    const platform = fakePlatform();
    const hub = createPlatformStreamHub(platform);
    hub.open(1, 'stream-0001', request, () => undefined);
    hub.open(1, 'stream-0002', { ...request, path: '/sync/events/stream' }, () => undefined);
    hub.open(2, 'stream-0001', request, () => undefined);
    expect(hub.close(1, 'stream-0001')).toBe(true);
    expect(hub.close(1, 'stream-0001')).toBe(false);
    expect(platform.opened.map((s) => s.closed)).toEqual([true, false, false]);
    expect(hub.closePage(1)).toBe(1);
    expect(platform.opened.map((s) => s.closed)).toEqual([true, true, false]);
    expect(hub.openCount()).toBe(1);
  });

  it('refuses bad ids, paths other than a sync stream, a reused id, and too many streams', () => {
    const hub = createPlatformStreamHub(fakePlatform());
    const refused = (run: () => void): DesktopRequestError => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(DesktopRequestError);
        return error as DesktopRequestError;
      }
      throw new Error('expected a refusal');
    };
    expect(refused(() => hub.open(1, 'x', request, () => undefined)).code).toBe('invalid-arguments');
    expect(refused(() => hub.open(1, 'stream-0001', { ...request, path: '/auth/logout' }, () => undefined)).code).toBe('invalid-arguments');
    expect(refused(() => hub.open(1, 'stream-0001', { path: '/sync/leads/stream' }, () => undefined)).code).toBe('invalid-arguments');
    hub.open(1, 'stream-0001', request, () => undefined);
    expect(refused(() => hub.open(1, 'stream-0001', request, () => undefined)).message).toMatch(/already open/);
    for (let i = 2; i <= maxStreamsPerPage; i += 1) hub.open(1, `stream-${String(i).padStart(4, '0')}`, request, () => undefined);
    expect(refused(() => hub.open(1, 'stream-9999', request, () => undefined)).code).toBe('refused');
  });
});
