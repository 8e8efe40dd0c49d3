import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { platformStreamChannelId, platformStreamHttpPath, type NotificationRequest } from '../../core/desktop-api';
import { createDesktopHandlers, type DesktopServices } from '../ipc/desktop-handlers';
import { DesktopRequestError, type DesktopRequestErrorCode } from '../ipc/desktop-request-error';
import { dispatchDesktopRequest } from '../ipc/handle-desktop-request';
import { resolveStaticPath } from '../security/static-path';
import { createPlatformStreamHub } from '../services/platform/platformStreamHub';
import { securityHeaders, serveStaticFile, type StaticFileResponse } from '../services/static-files';
import { createBrowserServices, type BrowserServicesContext } from './browser-services';

/**
 * The local services host for browser mode (DESIGN.md): serves the renderer build and the
 * desktop services to a page on the same origin, bound to loopback only.
 *
 *   GET  /<path>                 renderer files from rootDir (same CSP and traversal rules as app://)
 *   POST /api/desktop/<channel>  body {"args": [...]} → 200 {"result": …}
 *                                or 4xx/5xx {"error": {"code", "message"}}
 *   POST /api/platform-stream         → 200 text/event-stream: "event: channel" + its id, then
 *                                       one "data: <PlatformStreamEvent JSON>" per stream event
 *   POST /api/platform-stream/open    {"args": [channelId, streamId, {userId, path}]} → {"result": {"opened": true}}
 *   POST /api/platform-stream/close   {"args": [channelId, streamId]} → {"result": {"closed": boolean}}
 */
export const desktopApiPrefix = '/api/desktop/';
const maxBodyBytes = 1024 * 1024;
/** A 10 MB attachment arrives as base64 in JSON: about 13.4 MB. Only that channel gets the room. */
const maxAttachmentBodyBytes = 15 * 1024 * 1024;
const loopbackHost = '127.0.0.1';

export interface ServicesHostOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** The renderer build, normally dist/renderer. */
  rootDir: string;
  appName?: string;
  appVersion?: string;
  /** The host's data folder (browser-data-dir.ts); without one, a temporary folder (tests). */
  dataDir?: string;
  /** Replaces the browser services, e.g. to add one under test. */
  createServices?: (context: BrowserServicesContext) => DesktopServices;
}

export interface ServicesHost {
  url: string;
  close(): Promise<void>;
  /** What showNotification received (the browser-mode default services only). */
  notifications(): readonly NotificationRequest[];
}

const errorStatus: Record<DesktopRequestErrorCode, number> = {
  'untrusted-sender': 403,
  'unknown-channel': 404,
  'invalid-arguments': 400,
  refused: 422,
};

class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(response: ServerResponse, status: number, payload: unknown): void {
  const body = JSON.stringify(payload);
  response.writeHead(status, {
    ...securityHeaders(),
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
  });
  response.end(body);
}

function sendStatic(response: ServerResponse, file: StaticFileResponse): void {
  response.writeHead(file.status, file.headers);
  response.end(file.body);
}

async function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new HttpRefusal(415, 'unsupported-media-type', 'Send the request body as application/json');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.byteLength;
    if (size > limit) {
      throw new HttpRefusal(413, 'body-too-large', `The request body is larger than ${Math.round(limit / (1024 * 1024))} MB`);
    }
    chunks.push(buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpRefusal(400, 'invalid-json', 'The request body is not valid JSON');
  }
}

function argsOf(body: unknown): unknown {
  return typeof body === 'object' && body !== null && 'args' in body ? body.args : undefined;
}

export async function startServicesHost(options: ServicesHostOptions): Promise<ServicesHost> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${options.port} on ${loopbackHost} is in use; set LEAD_CENTER_PORT to a free port`)
          : error,
      );
    };
    server.once('error', onError);
    server.listen(options.port, loopbackHost, () => {
      server.off('error', onError);
      resolve();
    });
  });

  const { port } = server.address() as AddressInfo;
  const origin = `http://${loopbackHost}:${port}`;
  // Names the page may be reached by. Anything else in Host is a DNS-rebinding attempt.
  const ownHosts = new Set([`${loopbackHost}:${port}`, `localhost:${port}`]);
  const context: BrowserServicesContext = {
    appName: options.appName ?? 'Lead Center',
    appVersion: options.appVersion ?? '0.0.0',
    origin,
    dataDir: options.dataDir,
  };
  const browser = createBrowserServices(context);
  const handlers = createDesktopHandlers(options.createServices?.(context) ?? browser.services);

  async function answerApi(request: IncomingMessage, response: ServerResponse, pathname: string, host: string): Promise<void> {
    // Same origin only: a page elsewhere must not drive local services through this host.
    if (request.headers.origin !== `http://${host}`) {
      throw new HttpRefusal(403, 'cross-origin', 'Only the app page served by this host may call its services');
    }
    if (request.method !== 'POST') {
      response.setHeader('allow', 'POST');
      throw new HttpRefusal(405, 'method-not-allowed', 'Desktop services are called with POST');
    }
    // Not percent-decoded: channel names are plain identifiers, anything else is unknown.
    const channel = pathname.slice(desktopApiPrefix.length);
    // A push to the platform may be up to 8 MB (maxPushBytes) too.
    const body = await readJsonBody(request, channel === 'addAttachment' || channel === 'platformRequest' ? maxAttachmentBodyBytes : maxBodyBytes);
    const result = await dispatchDesktopRequest(channel, argsOf(body), handlers);
    sendJson(response, 200, { result });
  }

  // The page's platform streams, by event channel (one connection per page, however many streams).
  const platformStreams = createPlatformStreamHub(browser.platform);
  const channels = new Map<string, ServerResponse>();

  /** The platform's server-sent events for the page, through the host (which adds the token). */
  async function answerPlatformStream(request: IncomingMessage, response: ServerResponse, pathname: string, host: string): Promise<void> {
    if (request.headers.origin !== `http://${host}`) {
      throw new HttpRefusal(403, 'cross-origin', 'Only the app page served by this host may call its services');
    }
    if (request.method !== 'POST') {
      response.setHeader('allow', 'POST');
      throw new HttpRefusal(405, 'method-not-allowed', 'Platform streams are opened with POST');
    }
    const body = await readJsonBody(request, maxBodyBytes);
    const args = argsOf(body);
    const list: unknown[] = Array.isArray(args) ? args : [];
    const channel = platformStreamChannelId.safeParse(list[0]);
    if (pathname === `${platformStreamHttpPath}/open` || pathname === `${platformStreamHttpPath}/close`) {
      if (!channel.success || !channels.has(channel.data)) throw new DesktopRequestError('invalid-arguments', 'Unknown platform stream channel; open a new one');
      if (pathname.endsWith('/close')) {
        sendJson(response, 200, { result: { closed: platformStreams.close(channel.data, list[1]) } });
        return;
      }
      const events = channels.get(channel.data);
      platformStreams.open(channel.data, list[1], list[2], (event) => {
        if (events !== undefined && !events.writableEnded) events.write(`data: ${JSON.stringify(event)}\n\n`);
      });
      sendJson(response, 200, { result: { opened: true } });
      return;
    }
    if (pathname !== platformStreamHttpPath) throw new DesktopRequestError('unknown-channel', `Unknown platform stream call ${pathname}`);
    const id = randomBytes(18).toString('base64url');
    channels.set(id, response);
    response.writeHead(200, { ...securityHeaders(), 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' });
    response.write(`event: channel\ndata: ${id}\n\n`);
    // The page went (closed, reloaded, aborted): its streams stop reading the platform.
    response.on('close', () => {
      channels.delete(id);
      platformStreams.closePage(id);
    });
  }

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host ?? '';
    if (!ownHosts.has(host)) {
      throw new HttpRefusal(403, 'wrong-host', `This host answers only to ${origin}`);
    }
    let pathname: string;
    try {
      pathname = new URL(request.url ?? '/', origin).pathname;
    } catch {
      throw new HttpRefusal(400, 'bad-url', 'The request URL could not be parsed');
    }
    if (pathname === platformStreamHttpPath || pathname.startsWith(`${platformStreamHttpPath}/`)) {
      await answerPlatformStream(request, response, pathname, host);
      return;
    }
    if (pathname.startsWith(desktopApiPrefix)) {
      await answerApi(request, response, pathname, host);
      return;
    }
    sendStatic(response, await serveStaticFile(request.method ?? 'GET', resolveStaticPath(pathname, options.rootDir)));
  }

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    answer(request, response).catch((error: unknown) => {
      if (error instanceof HttpRefusal) {
        // The rest of an oversized body is still on the wire: close rather than reuse the socket.
        if (error.status === 413) response.setHeader('connection', 'close');
        sendJson(response, error.status, { error: { code: error.code, message: error.message } });
      } else if (error instanceof DesktopRequestError) {
        sendJson(response, errorStatus[error.code], { error: { code: error.code, message: error.message } });
      } else {
        console.error('services host:', error);
        if (!response.headersSent) {
          sendJson(response, 500, { error: { code: 'internal', message: 'The services host failed; see its log' } });
        } else {
          response.destroy();
        }
      }
    });
  });

  return {
    url: `${origin}/`,
    notifications: browser.notifications,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await browser.close();
    },
  };
}
