import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlatformStreamHandlers } from '../../../core/desktop-api';
import { createFileSecretStore, secretsFileName } from '../mail/secretStore';
import { platformStandInToken, platformStandInUser, startPlatformStandIn as startStandIn, type PlatformStandIn as StandIn } from '../../../tests/fixtures/platformStandIn';
import { createPlatformService, PlatformConnectError, platformConnectionsFileName, type PlatformService } from './platformService';

const omar = platformStandInUser;
const tokenOf = platformStandInToken;

/** A server that answers everything with a page that is not the platform. */
async function startNotAPlatform(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<html>hello</html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 3000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function recordingHandlers() {
  const log: string[] = [];
  const handlers: PlatformStreamHandlers = {
    onOpen: () => log.push('open'),
    onMessage: (data) => log.push(`message ${data}`),
    onError: (error) => log.push(`error ${error.message}`),
  };
  return { log, handlers };
}

let dir: string;
let platform: StandIn;
let service: PlatformService;
let now = 1_000_000;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lc-platform-'));
  platform = await startStandIn();
  now = 1_000_000;
  service = createPlatformService({ dataDir: dir, secrets: createFileSecretStore(dir), clock: () => now, requestTimeoutMs: 2000, streamIdleMs: 500 });
});
afterEach(async () => {
  service.close();
  await platform.close();
  await rm(dir, { recursive: true, force: true });
});

const connectOmar = () => service.connect({ url: `${platform.url}/`, email: omar.email, password: 'demo-password' });

describe('platform service: connecting', () => {
  it('logs in, keeps the token in the secret store only, and never shows it', async () => {
    const view = await connectOmar();
    expect(view).toEqual({ state: 'connected', url: platform.url, user: omar, expiresAt: 2_000_000_000_000, secretStorage: expect.any(String), message: null });
    expect(JSON.stringify(view)).not.toContain(tokenOf);
    expect(await readFile(path.join(dir, platformConnectionsFileName), 'utf8')).not.toContain(tokenOf);
    expect(await readFile(path.join(dir, secretsFileName), 'utf8')).toContain(tokenOf);
    // Sessions are per platform user: another profile (or none) is not connected.
    expect((await service.connection(omar.id)).state).toBe('connected');
    expect(await service.connection(null)).toMatchObject({ state: 'not_connected', url: platform.url, user: null });
    expect((await service.connection('user-lena')).state).toBe('not_connected');
  });

  it('survives a restart of the host: the session is read back from disk', async () => {
    await connectOmar();
    const again = createPlatformService({ dataDir: dir, secrets: createFileSecretStore(dir), clock: () => now });
    expect((await again.connection(omar.id)).state).toBe('connected');
    expect(await again.request({ userId: omar.id, method: 'GET', path: '/auth/me' })).toEqual({ ok: true, status: 200, body: omar });
  });

  it('says so plainly for a wrong password, an unreachable address and a server that is not a platform', async () => {
    await expect(service.connect({ url: platform.url, email: omar.email, password: 'nope' })).rejects.toThrow(/Wrong email or password/);
    const closed = await startNotAPlatform();
    const closedUrl = closed.url;
    await closed.close();
    await expect(service.connect({ url: closedUrl, email: omar.email, password: 'x' })).rejects.toThrow(/Could not reach the platform at .*ECONNREFUSED/);
    const other = await startNotAPlatform();
    try {
      const refusal = service.connect({ url: other.url, email: omar.email, password: 'x' });
      await expect(refusal).rejects.toBeInstanceOf(PlatformConnectError);
      await expect(refusal).rejects.toThrow(/does not answer like a Lead Center platform/);
    } finally {
      await other.close();
    }
    expect((await service.connection(omar.id)).state).toBe('not_connected');
  });

  it('refuses plain http except on this computer, and bad input, before any network', async () => {
    await expect(service.connect({ url: 'http://platform.example.com', email: omar.email, password: 'x' })).rejects.toThrow(/https/);
    await expect(service.connect({ url: platform.url, email: '', password: 'x' })).rejects.toThrow();
    expect(platform.seen).toEqual([]);
  });

  it('disconnects: logs out at the platform with the token, then forgets it', async () => {
    await connectOmar();
    const view = await service.disconnect(omar.id);
    expect(view).toMatchObject({ state: 'not_connected', user: null });
    expect(platform.seen.at(-1)).toMatchObject({ method: 'POST', path: '/auth/logout', authorization: `Bearer ${tokenOf}` });
    expect(platform.tokens.size).toBe(0);
    expect(await readFile(path.join(dir, secretsFileName), 'utf8')).not.toContain(tokenOf);
    expect(await service.request({ userId: omar.id, method: 'GET', path: '/auth/me' })).toMatchObject({ ok: false, reason: 'not_connected' });
  });

  it('disconnects even when the platform cannot be reached', async () => {
    await connectOmar();
    await platform.close();
    await expect(service.disconnect(omar.id)).resolves.toMatchObject({ state: 'not_connected' });
    expect(await readFile(path.join(dir, secretsFileName), 'utf8')).not.toContain(tokenOf);
  });
});

describe('platform service: requests', () => {
  it('adds the bearer to a sync request and gives back status and JSON', async () => {
    await connectOmar();
    const reply = await service.request({ userId: omar.id, method: 'POST', path: '/sync/leads/pull', body: { checkpoint: { sequence: 4 }, batchSize: 10 } });
    expect(reply).toEqual({ ok: true, status: 200, body: { documents: [], checkpoint: { sequence: 4 } } });
    expect(platform.seen.at(-1)).toMatchObject({ path: '/sync/leads/pull', authorization: `Bearer ${tokenOf}`, body: '{"checkpoint":{"sequence":4},"batchSize":10}' });
  });

  it('only lets the page reach the sync API and /auth/me', async () => {
    await connectOmar();
    for (const request of [
      { userId: omar.id, method: 'POST', path: '/admin/users/x/revoke-tokens' },
      { userId: omar.id, method: 'POST', path: '/sync/secrets/pull' },
      { userId: omar.id, method: 'POST', path: '/sync/leads/pull?x=1' },
      { userId: omar.id, method: 'POST', path: '/sync/leads/../../auth/logout' },
      { userId: omar.id, method: 'GET', path: '/sync/leads/push' },
      { userId: omar.id, method: 'POST', path: '/api/rfq' },
    ] as const) {
      await expect(service.request(request)).rejects.toThrow();
    }
    expect(platform.seen.map((s) => s.path)).toEqual(['/auth/login']);
  });

  it('marks the connection as needing a new login when the platform answers 401 (revoked token)', async () => {
    await connectOmar();
    platform.tokens.clear();
    const reply = await service.request({ userId: omar.id, method: 'POST', path: '/sync/leads/pull', body: {} });
    expect(reply).toMatchObject({ ok: true, status: 401 });
    expect(await service.connection(omar.id)).toMatchObject({ state: 'needs_login', user: omar, message: expect.stringMatching(/connect again/) });
    expect(await service.request({ userId: omar.id, method: 'GET', path: '/auth/me' })).toMatchObject({ ok: false, reason: 'not_connected' });
    // A new login clears it.
    await connectOmar();
    expect((await service.connection(omar.id)).state).toBe('connected');
  });

  it('treats an expired login as needing a new one without asking the platform', async () => {
    await connectOmar();
    now = 2_000_000_000_001;
    expect(await service.connection(omar.id)).toMatchObject({ state: 'needs_login', message: expect.stringMatching(/expired/) });
    const before = platform.seen.length;
    expect(await service.request({ userId: omar.id, method: 'GET', path: '/auth/me' })).toMatchObject({ ok: false, reason: 'not_connected' });
    expect(platform.seen.length).toBe(before);
  });

  it('answers unreachable (not an HTTP status) when the platform is down', async () => {
    await connectOmar();
    await platform.close();
    const reply = await service.request({ userId: omar.id, method: 'GET', path: '/auth/me' });
    expect(reply).toMatchObject({ ok: false, reason: 'unreachable', message: expect.stringMatching(/cannot be reached/) });
    expect((await service.connection(omar.id)).state).toBe('connected');
  });
});

describe('platform service: streams', () => {
  it('opens with the bearer, passes each data line, ignores keep-alives, and stops on close', async () => {
    await connectOmar();
    const { log, handlers } = recordingHandlers();
    const close = service.stream({ userId: omar.id, path: '/sync/leads/stream' }, handlers);
    await until(() => log.includes('open') && platform.openStreams() === 1, 'the stream to open');
    expect(platform.seen.at(-1)).toMatchObject({ method: 'GET', path: '/sync/leads/stream', authorization: `Bearer ${tokenOf}` });
    platform.send('data: {"documents":[],"checkpoint":{"sequence":1}}\n\n: keep-alive\n\ndata: {"documents":[],');
    platform.send('"checkpoint":{"sequence":2}}\n\n');
    await until(() => log.length === 3, 'two messages');
    expect(log).toEqual(['open', 'message {"documents":[],"checkpoint":{"sequence":1}}', 'message {"documents":[],"checkpoint":{"sequence":2}}']);
    close();
    await until(() => platform.openStreams() === 0, 'the platform to see the stream close');
    platform.send('data: late\n\n');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(log).toHaveLength(3);
  });

  it('reports an error when the platform ends the stream or goes away', async () => {
    await connectOmar();
    const { log, handlers } = recordingHandlers();
    service.stream({ userId: omar.id, path: '/sync/leads/stream' }, handlers);
    await until(() => log.includes('open'), 'open');
    await platform.close();
    await until(() => log.length === 2, 'the error');
    expect(log[1]).toMatch(/^error The platform (closed the stream|stream \/sync\/leads\/stream broke)/);
  });

  it('gives up on a stream that goes quiet (no keep-alive) so the caller reconnects', async () => {
    await connectOmar();
    const { log, handlers } = recordingHandlers();
    service.stream({ userId: omar.id, path: '/sync/leads/stream' }, handlers);
    await until(() => log.length === 2, 'the idle error');
    expect(log).toEqual(['open', expect.stringMatching(/went quiet/)]);
  });

  it('reports a revoked token as an error and asks for a new login', async () => {
    await connectOmar();
    platform.tokens.clear();
    const { log, handlers } = recordingHandlers();
    service.stream({ userId: omar.id, path: '/sync/leads/stream' }, handlers);
    await until(() => log.length === 1, 'the error');
    expect(log[0]).toMatch(/session has ended/);
    expect((await service.connection(omar.id)).state).toBe('needs_login');
  });

  it('errors without a session, and refuses a path that is not a sync stream', async () => {
    const { log, handlers } = recordingHandlers();
    service.stream({ userId: omar.id, path: '/sync/leads/stream' }, handlers);
    await until(() => log.length === 1, 'the error');
    expect(log[0]).toMatch(/not connected/);
    const bad = recordingHandlers();
    service.stream({ userId: omar.id, path: '/auth/me' }, bad.handlers);
    await until(() => bad.log.length === 1, 'the refusal');
    expect(bad.log[0]).toMatch(/not a sync stream path/);
  });
});
