import { z } from 'zod';
import { platformStreamId, platformStreamRequest, type PlatformStreamEvent } from '../../../core/desktop-api';
import { DesktopRequestError } from '../../ipc/desktop-request-error';
import type { PlatformService } from './platformService';

/** Ten collections, reconnects overlapping: far more than this is a page gone wrong. */
export const maxStreamsPerPage = 40;

/** Electron: the webContents id; browser mode: the id of the page's event channel. */
export type PageKey = number | string;

/**
 * The platform streams a page has open, by page (Electron: the webContents id). Each stream's
 * events go to its page tagged with the page's own stream id; all of a page's streams close
 * when it goes (window closed, reloaded, crashed) so no stream outlives its reader.
 */
export interface PlatformStreamHub {
  /** Validates the raw id and request (untrusted input) and opens the stream. */
  open(pageId: PageKey, rawStreamId: unknown, rawRequest: unknown, send: (event: PlatformStreamEvent) => void): void;
  close(pageId: PageKey, rawStreamId: unknown): boolean;
  closePage(pageId: PageKey): number;
  openCount(): number;
}

export function createPlatformStreamHub(platform: Pick<PlatformService, 'stream'>): PlatformStreamHub {
  const pages = new Map<PageKey, Map<string, () => void>>();

  function parse<S extends z.ZodType>(schema: S, raw: unknown, what: string): z.output<S> {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new DesktopRequestError('invalid-arguments', `Invalid ${what}: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  }

  return {
    open(pageId, rawStreamId, rawRequest, send) {
      const streamId = parse(platformStreamId, rawStreamId, 'stream id');
      const request = parse(platformStreamRequest, rawRequest, 'stream request');
      const streams = pages.get(pageId) ?? new Map<string, () => void>();
      if (streams.has(streamId)) throw new DesktopRequestError('invalid-arguments', `Stream ${streamId} is already open`);
      if (streams.size >= maxStreamsPerPage) throw new DesktopRequestError('refused', `A page may keep at most ${maxStreamsPerPage} platform streams open`);
      pages.set(pageId, streams);
      const forget = (): void => {
        streams.delete(streamId);
        if (streams.size === 0 && pages.get(pageId) === streams) pages.delete(pageId);
      };
      const close = platform.stream(request, {
        onOpen: () => send({ streamId, kind: 'open' }),
        onMessage: (data) => send({ streamId, kind: 'message', data }),
        onError: (error) => {
          forget();
          send({ streamId, kind: 'error', message: error.message });
        },
      });
      streams.set(streamId, close);
    },
    close(pageId, rawStreamId) {
      const streamId = platformStreamId.safeParse(rawStreamId);
      const streams = pages.get(pageId);
      const close = streamId.success ? streams?.get(streamId.data) : undefined;
      if (close === undefined || streams === undefined || !streamId.success) return false;
      streams.delete(streamId.data);
      if (streams.size === 0) pages.delete(pageId);
      close();
      return true;
    },
    closePage(pageId) {
      const streams = pages.get(pageId);
      if (streams === undefined) return 0;
      pages.delete(pageId);
      for (const close of streams.values()) close();
      return streams.size;
    },
    openCount: () => [...pages.values()].reduce((sum, streams) => sum + streams.size, 0),
  };
}
