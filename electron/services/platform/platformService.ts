import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
  platformConnectRequest,
  platformHostRequest,
  platformStreamRequest,
  type PlatformConnectionView,
  type PlatformHostReply,
  type PlatformStreamHandlers,
} from '../../../core/desktop-api';
import { createServerSentEventReader } from '../../../core/sync/serverSentEvents';
import { loginResponse, platformError, platformUser } from '../../../core/sync/protocol';
import { readTextIfExists, writeFileAtomic } from '../mail/atomicFile';
import type { SecretName, SecretStore } from '../mail/secretStore';

/**
 * The app's side of the platform, in the host (Electron main or the browser-mode services host):
 * logs in, keeps each platform user's bearer token in the secret store, and makes the sync
 * requests and streams for the page, adding the token. The token never goes back to the page.
 * Sessions are keyed by platform user id: one browser-mode host may serve several sellers.
 */
export interface PlatformService {
  /** The session of that platform user on this device (not_connected for null or an unknown id). */
  connection(userId: string | null): Promise<PlatformConnectionView>;
  /** Logs in; throws PlatformConnectError with a sentence for the person on any failure. */
  connect(request: z.input<typeof platformConnectRequest>): Promise<PlatformConnectionView>;
  /** Logs out at the platform (best effort) and forgets the token. */
  disconnect(userId: string): Promise<PlatformConnectionView>;
  request(request: z.input<typeof platformHostRequest>): Promise<PlatformHostReply>;
  /** Opens `path`'s server-sent events with the user's token; returns close (no callbacks after it). */
  stream(request: z.input<typeof platformStreamRequest>, handlers: PlatformStreamHandlers): () => void;
  /** Closes every open stream (the host is stopping). */
  close(): void;
}

/** A login that did not succeed, in words for the person (wrong password, unreachable, not a platform). */
export class PlatformConnectError extends Error {
  override readonly name = 'PlatformConnectError';
}

export interface PlatformServiceOptions {
  /** platform-connections.json lives here (who is connected, never the token). */
  dataDir: string;
  secrets: SecretStore;
  fetch?: typeof fetch;
  /** Epoch ms; Date.now by default. */
  clock?: () => number;
  /** Login and sync requests (a first pull of 1,000 leads is a few MB). */
  requestTimeoutMs?: number;
  /** A stream with no byte (not even the 15-second keep-alive) for this long is treated as dead. */
  streamIdleMs?: number;
}

export const platformConnectionsFileName = 'platform-connections.json';

const storedSession = z.object({
  url: z.string(),
  user: platformUser,
  expiresAt: z.number(),
  needsLogin: z.boolean(),
  message: z.string().nullable(),
});
type StoredSession = z.infer<typeof storedSession>;
const connectionsFile = z.object({
  version: z.literal(1),
  lastUrl: z.string().nullable(),
  sessions: z.record(z.string(), storedSession),
});
type ConnectionsFile = z.infer<typeof connectionsFile>;

const tokenName = (userId: string): SecretName => `platform-token:${userId}`;
const sessionEndedMessage = 'Your platform session has ended (signed out or revoked); connect again in Settings → Connect.';

function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    return code ? `${code}: ${cause.message}` : cause.message;
  }
  return error.message;
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export function createPlatformService(options: PlatformServiceOptions): PlatformService {
  const fetchImpl = options.fetch ?? fetch;
  const clock = options.clock ?? Date.now;
  const timeoutMs = options.requestTimeoutMs ?? 30_000;
  const streamIdleMs = options.streamIdleMs ?? 45_000;
  const file = path.join(options.dataDir, platformConnectionsFileName);
  const openStreams = new Set<() => void>();
  let cache: ConnectionsFile | null = null;
  let writing: Promise<unknown> = Promise.resolve();

  async function load(): Promise<ConnectionsFile> {
    if (cache !== null) return cache;
    const text = await readTextIfExists(file);
    let parsed: ConnectionsFile = { version: 1, lastUrl: null, sessions: {} };
    if (text !== null) {
      try {
        const checked = connectionsFile.safeParse(JSON.parse(text));
        if (checked.success) parsed = checked.data;
        else console.warn(`${file} is damaged and was ignored; connect to the platform again`);
      } catch {
        console.warn(`${file} is not JSON and was ignored; connect to the platform again`);
      }
    }
    cache ??= parsed;
    return cache;
  }

  /** Changes the file one at a time (two tabs may connect at once in browser mode). */
  function update(change: (contents: ConnectionsFile) => void): Promise<void> {
    const next = writing.then(async () => {
      const contents = await load();
      change(contents);
      await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
      await writeFileAtomic(file, `${JSON.stringify(contents, null, 2)}\n`, 0o600);
    });
    writing = next.catch(() => undefined);
    return next;
  }

  function view(contents: ConnectionsFile, userId: string | null): PlatformConnectionView {
    const session = userId === null ? undefined : contents.sessions[userId];
    const secretStorage = options.secrets.description;
    if (session === undefined) {
      return { state: 'not_connected', url: contents.lastUrl, user: null, expiresAt: null, secretStorage, message: null };
    }
    const expired = session.expiresAt <= clock();
    return {
      state: session.needsLogin || expired ? 'needs_login' : 'connected',
      url: session.url,
      user: session.user,
      expiresAt: session.expiresAt,
      secretStorage,
      message: session.needsLogin ? session.message : expired ? `Your platform login expired on ${new Date(session.expiresAt).toISOString()}; connect again.` : null,
    };
  }

  /** A 401 means the token is expired, revoked or unknown: keep who it was, ask for a new login. */
  async function loginEnded(userId: string, message: string): Promise<void> {
    await options.secrets.set(tokenName(userId), null);
    await update((contents) => {
      const session = contents.sessions[userId];
      if (session !== undefined) contents.sessions[userId] = { ...session, needsLogin: true, message };
    });
  }

  /** The session's URL and token, or why there is none. */
  async function credentials(userId: string): Promise<{ url: string; token: string } | { message: string }> {
    const current = view(await load(), userId);
    if (current.state === 'not_connected' || current.url === null) return { message: 'This device is not connected to the platform as that user; connect in Settings → Connect.' };
    if (current.state === 'needs_login') return { message: current.message ?? sessionEndedMessage };
    const token = await options.secrets.get(tokenName(userId));
    if (token === null) {
      // Encrypted under another key, or the secrets file was lost: as if signed out.
      await loginEnded(userId, 'The saved platform login could not be read on this device; connect again.');
      return { message: 'The saved platform login could not be read on this device; connect again.' };
    }
    return { url: current.url, token };
  }

  async function connect(raw: z.input<typeof platformConnectRequest>): Promise<PlatformConnectionView> {
    const request = platformConnectRequest.parse(raw);
    let response: Response;
    try {
      response = await fetchImpl(`${request.url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ email: request.email, password: request.password }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      if (isTimeout(error)) throw new PlatformConnectError(`The platform at ${request.url} did not answer within ${Math.round(timeoutMs / 1000)} seconds.`);
      throw new PlatformConnectError(`Could not reach the platform at ${request.url} (${causeOf(error)}). Check the address and your network.`);
    }
    const body = await bodyOf(response).catch(() => null);
    const refusal = platformError.safeParse(body);
    if (response.status === 401) {
      throw new PlatformConnectError(refusal.success ? `Wrong email or password: ${refusal.data.message}` : 'Wrong email or password.');
    }
    if (!response.ok) {
      if (refusal.success) throw new PlatformConnectError(`The platform refused the login: ${refusal.data.message} (HTTP ${response.status}).`);
      throw new PlatformConnectError(`${request.url} does not answer like a Lead Center platform (HTTP ${response.status} to /auth/login).`);
    }
    const login = loginResponse.safeParse(body);
    if (!login.success) throw new PlatformConnectError(`${request.url} does not answer like a Lead Center platform (its login answer has an unexpected shape).`);
    const { token, expiresAt, user } = login.data;
    await options.secrets.set(tokenName(user.id), token);
    await update((contents) => {
      contents.lastUrl = request.url;
      contents.sessions[user.id] = { url: request.url, user, expiresAt, needsLogin: false, message: null };
    });
    return view(await load(), user.id);
  }

  async function disconnect(userId: string): Promise<PlatformConnectionView> {
    const session: StoredSession | undefined = (await load()).sessions[userId];
    const token = await options.secrets.get(tokenName(userId));
    if (session !== undefined && token !== null) {
      // Best effort: the token is forgotten here whether or not the platform hears about it.
      await fetchImpl(`${session.url}/auth/logout`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(Math.min(timeoutMs, 5000)),
      })
        .then((response) => response.body?.cancel())
        .catch(() => undefined);
    }
    await options.secrets.set(tokenName(userId), null);
    await update((contents) => {
      delete contents.sessions[userId];
    });
    return view(await load(), null);
  }

  async function request(raw: z.input<typeof platformHostRequest>): Promise<PlatformHostReply> {
    const parsed = platformHostRequest.parse(raw);
    const found = await credentials(parsed.userId);
    if ('message' in found) return { ok: false, reason: 'not_connected', message: found.message };
    let response: Response;
    let body: unknown;
    try {
      response = await fetchImpl(`${found.url}${parsed.path}`, {
        method: parsed.method,
        headers: {
          authorization: `Bearer ${found.token}`,
          accept: 'application/json',
          ...(parsed.method === 'POST' ? { 'content-type': 'application/json' } : {}),
        },
        body: parsed.method === 'POST' ? JSON.stringify(parsed.body ?? {}) : undefined,
        signal: AbortSignal.timeout(timeoutMs),
      });
      body = await bodyOf(response);
    } catch (error) {
      const message = isTimeout(error)
        ? `The platform at ${found.url} did not answer within ${Math.round(timeoutMs / 1000)} seconds.`
        : `The platform at ${found.url} cannot be reached (${causeOf(error)}).`;
      return { ok: false, reason: 'unreachable', message };
    }
    if (response.status === 401) await loginEnded(parsed.userId, sessionEndedMessage);
    return { ok: true, status: response.status, body };
  }

  async function runStream(
    raw: z.input<typeof platformStreamRequest>,
    handlers: PlatformStreamHandlers,
    controller: AbortController,
    isClosed: () => boolean,
  ): Promise<void> {
    const parsed = platformStreamRequest.parse(raw);
    const found = await credentials(parsed.userId);
    if ('message' in found) throw new Error(found.message);
    let idle: ReturnType<typeof setTimeout> | undefined;
    let quiet = false;
    const watch = (): void => {
      clearTimeout(idle);
      idle = setTimeout(() => {
        quiet = true;
        controller.abort();
      }, streamIdleMs);
    };
    try {
      watch();
      let response: Response;
      try {
        response = await fetchImpl(`${found.url}${parsed.path}`, {
          headers: { authorization: `Bearer ${found.token}`, accept: 'text/event-stream' },
          signal: controller.signal,
        });
      } catch (error) {
        if (quiet) throw new Error(`The platform at ${found.url} did not open the stream within ${Math.round(streamIdleMs / 1000)} seconds.`, { cause: error });
        throw new Error(`The platform at ${found.url} cannot be reached (${causeOf(error)}).`, { cause: error });
      }
      if (response.status === 401) {
        await response.body?.cancel();
        await loginEnded(parsed.userId, sessionEndedMessage);
        throw new Error(sessionEndedMessage);
      }
      const type = response.headers.get('content-type') ?? '';
      if (!response.ok || !type.startsWith('text/event-stream') || response.body === null) {
        const refusal = platformError.safeParse(await bodyOf(response).catch(() => null));
        throw new Error(`The platform refused the stream ${parsed.path}: ${refusal.success ? refusal.data.message : `HTTP ${response.status}`}`);
      }
      if (isClosed()) return;
      handlers.onOpen();
      const reader = createServerSentEventReader((event) => {
        if (event.event === 'message' && !isClosed()) handlers.onMessage(event.data);
      });
      const decoder = new TextDecoder();
      const bytes = response.body.getReader();
      try {
        for (;;) {
          const chunk = await bytes.read();
          if (chunk.done) break;
          watch();
          reader.push(decoder.decode(chunk.value, { stream: true }));
        }
      } catch (error) {
        if (quiet) throw new Error(`The platform stream ${parsed.path} went quiet for ${Math.round(streamIdleMs / 1000)} seconds.`, { cause: error });
        throw new Error(`The platform stream ${parsed.path} broke (${causeOf(error)}).`, { cause: error });
      }
      throw new Error(`The platform closed the stream ${parsed.path}.`);
    } finally {
      clearTimeout(idle);
    }
  }

  function stream(raw: z.input<typeof platformStreamRequest>, handlers: PlatformStreamHandlers): () => void {
    const controller = new AbortController();
    let closed = false;
    const close = (): void => {
      if (closed) return;
      closed = true;
      openStreams.delete(close);
      controller.abort();
    };
    openStreams.add(close);
    runStream(raw, handlers, controller, () => closed)
      .catch((error: unknown) => {
        if (!closed) handlers.onError(error instanceof Error ? error : new Error(String(error)));
      })
      .finally(close);
    return close;
  }

  return {
    connection: async (userId) => view(await load(), userId),
    connect,
    disconnect,
    request,
    stream,
    close() {
      for (const close of [...openStreams]) close();
    },
  };
}

