import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../security/content-security-policy';
import { startServicesHost, type ServicesHost } from './services-host';
import { mailChannelsNotUnderTest } from '../../tests/fixtures/mailChannelsNotUnderTest';
import { platformChannelsNotUnderTest } from '../../tests/fixtures/platformChannelsNotUnderTest';
import { platformStandInToken, platformStandInUser, startPlatformStandIn } from '../../tests/fixtures/platformStandIn';

let root: string;
let outside: string;
let host: ServicesHost;
let origin: string;
let dataDir: string;

beforeAll(async () => {
  const base = await mkdtemp(path.join(tmpdir(), 'lead-center-host-'));
  root = path.join(base, 'renderer');
  outside = path.join(base, 'secret.txt');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Lead Center</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'export {};');
  await writeFile(outside, 'do not serve');
  dataDir = path.join(base, 'data');
  host = await startServicesHost({ port: 0, rootDir: root, appName: 'Lead Center', appVersion: '1.2.3', dataDir });
  origin = new URL(host.url).origin;
});

afterAll(async () => {
  await host.close();
  await rm(path.dirname(root), { recursive: true, force: true });
});


function callApi(channel: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${origin}/api/desktop/${channel}`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** node:http, because fetch normalises paths and will not send a forged Host header. */
function rawGet(pathname: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const { port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path: pathname, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('services host: static files', () => {
  it('listens on loopback and serves index.html with the CSP header', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(host.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(await response.text()).toContain('<title>Lead Center</title>');
  });

  it('serves assets and answers 404 for missing files', async () => {
    const asset = await fetch(`${origin}/assets/app.js`);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${origin}/assets/missing.js`)).status).toBe(404);
  });

  it.each(['/../secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt', '/..%5csecret.txt'])(
    'never serves a file outside the root for %s',
    async (pathname) => {
      const response = await rawGet(pathname);
      expect(response.body).not.toContain('do not serve');
      expect(response.status).toBeGreaterThanOrEqual(400);
    },
  );

  it('refuses a Host that is not its own (DNS rebinding)', async () => {
    const { port } = new URL(origin);
    expect((await rawGet('/', { host: `evil.example:${port}` })).status).toBe(403);
    expect((await rawGet('/', { host: `localhost:${port}` })).status).toBe(200);
  });
});

describe('services host: desktop API', () => {
  it('answers getAppInfo as the browser host', async () => {
    const response = await callApi('getAppInfo', { args: [] });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      result: {
        name: 'Lead Center',
        version: '1.2.3',
        host: 'browser',
        dataLocation: `this browser's site data for ${origin}`,
      },
    });
  });

  it('records notifications without raising them', async () => {
    const response = await callApi('showNotification', { args: [{ title: 'Call ACME', leadId: 'lead-7' }] });
    expect(await response.json()).toEqual({ result: { shown: false } });
    expect(host.notifications()).toContainEqual({ title: 'Call ACME', body: '', leadId: 'lead-7' });
  });

  it('declines openExternal, leaving links to the browser', async () => {
    const response = await callApi('openExternal', { args: ['https://www.powercozmo.com/'] });
    expect(await response.json()).toEqual({ result: { opened: false } });
  });

  it.each([
    ['cross-origin', { origin: 'https://evil.example' }],
    ['look-alike origin', { origin: 'http://127.0.0.1.evil.example' }],
    ['null origin', { origin: 'null' }],
  ])('refuses a %s request with 403', async (_label, headers) => {
    const response = await callApi('getAppInfo', { args: [] }, headers);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'cross-origin' } });
  });

  it('refuses a request without an Origin header', async () => {
    const response = await fetch(`${origin}/api/desktop/getAppInfo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"args":[]}',
    });
    expect(response.status).toBe(403);
  });

  it('refuses invalid arguments with 400 and says why', async () => {
    const response = await callApi('openExternal', { args: ['file:///etc/passwd'] });
    expect(response.status).toBe(400);
    const payload = (await response.json()) as { error: { code: string; message: string } };
    expect(payload.error.code).toBe('invalid-arguments');
    expect(payload.error.message).toContain('only https: and mailto: links');
    expect((await callApi('showNotification', {})).status).toBe(400);
    expect((await callApi('showNotification', [{ title: 'x' }])).status).toBe(400);
  });

  it('refuses unknown channels with 404', async () => {
    for (const channel of ['sendMail', '__proto__', 'constructor']) {
      const response = await callApi(channel, { args: [] });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: 'unknown-channel' } });
    }
  });

  it('refuses bad JSON, other content types, other methods and huge bodies', async () => {
    expect((await callApi('getAppInfo', '{not json')).status).toBe(400);
    expect((await callApi('getAppInfo', '{"args":[]}', { 'content-type': 'text/plain' })).status).toBe(415);
    const get = await fetch(`${origin}/api/desktop/getAppInfo`, { headers: { origin } });
    expect(get.status).toBe(405);
    const huge = await callApi('showNotification', { args: [{ title: 'x', body: 'y'.repeat(2 * 1024 * 1024) }] });
    expect(huge.status).toBe(413);
  });
});

describe('services host: mail', () => {
  const settings = {
    host: 'smtp.example.com',
    port: 587,
    security: 'starttls',
    user: 'sam',
    fromAddress: 'sam@example.com',
    unsubscribeBaseUrl: 'https://example.com/unsubscribe',
  };

  it('saves SMTP settings in its data folder, the password only in the 0600 secrets file', async () => {
    const saved = await callApi('saveMailSettings', { args: [{ settings, password: 'correct horse battery' }] });
    expect(saved.status).toBe(200);
    const text = await saved.text();
    expect(text).not.toContain('correct horse battery');
    const view = (JSON.parse(text) as { result: { settings: unknown; passwordSaved: boolean; secretStorage: string } }).result;
    expect(view).toMatchObject({ settings: { ...settings, fromName: '', unsubscribeMailbox: '' }, passwordSaved: true });
    expect(view.secretStorage).toMatch(/only your user account can read \(not encrypted\)/);

    const again = (await (await callApi('getMailSettings', { args: [] })).json()) as { result: unknown };
    expect(again.result).toEqual(view);
    expect(await readFile(path.join(dataDir, 'mail-settings.json'), 'utf8')).not.toContain('correct horse battery');
    expect((await stat(path.join(dataDir, 'secrets.json'))).mode & 0o777).toBe(0o600);
  });

  it('refuses SMTP settings that fail the schema with 400', async () => {
    const response = await callApi('saveMailSettings', { args: [{ settings: { ...settings, unsubscribeBaseUrl: 'http://example.com' } }] });
    expect(response.status).toBe(400);
  });

  it('takes an attachment body above the 1 MB limit, and refuses a file over 10 MB with its reason', async () => {
    const small = Buffer.alloc(3 * 1024 * 1024, 7).toString('base64');
    const added = await callApi('addAttachment', { args: [{ fileName: 'catalogue.pdf', contentType: 'application/pdf', dataBase64: small }] });
    expect(added.status).toBe(200);
    const { result } = (await added.json()) as { result: { id: string; size: number } };
    expect(result.size).toBe(3 * 1024 * 1024);
    const listed = (await (await callApi('listAttachments', { args: [] })).json()) as { result: { id: string }[] };
    expect(listed.result.map((file) => file.id)).toContain(result.id);

    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 7).toString('base64');
    const refused = await callApi('addAttachment', { args: [{ fileName: 'huge.bin', dataBase64: big }] });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ error: { code: 'refused', message: expect.stringContaining('larger than 10 MB') } });
  });

  it('keeps the 1 MB limit on every other channel, also on look-alike names', async () => {
    const body = { args: [{ messages: [{ role: 'user', content: 'y'.repeat(2 * 1024 * 1024) }] }] };
    expect((await callApi('draftWithAi', body)).status).toBe(413);
    expect((await callApi('__proto__', body)).status).toBe(413);
  });
});

describe('services host: the platform', () => {
  /** Reads the host's event stream until `enough` says so; returns the text read. */
  async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, enough: (text: string) => boolean, sofar = ''): Promise<string> {
    const decoder = new TextDecoder();
    let text = sofar;
    while (!enough(text)) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
    }
    return text;
  }

  async function openChannel(): Promise<{ id: string; reader: ReadableStreamDefaultReader<Uint8Array>; controller: AbortController; text: string }> {
    const controller = new AbortController();
    const response = await fetch(`${origin}/api/platform-stream`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: '{"args":[]}', signal: controller.signal });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body?.getReader();
    if (reader === undefined) throw new Error('no body');
    const text = await readUntil(reader, (t) => /event: channel\ndata: \S+\n\n/.test(t));
    const id = /event: channel\ndata: (\S+)\n\n/.exec(text)?.[1] ?? '';
    return { id, reader, controller, text };
  }

  it('connects, serves sync requests with the token it keeps, and streams the platform’s events on the page’s one channel', async () => {
    const platform = await startPlatformStandIn();
    try {
      const connected = (await (await callApi('connectPlatform', { args: [{ url: platform.url, email: platformStandInUser.email, password: 'demo-password' }] })).json()) as { result: unknown };
      expect(connected.result).toMatchObject({ state: 'connected', user: platformStandInUser });
      expect(JSON.stringify(connected)).not.toContain(platformStandInToken);

      const pulled = (await (await callApi('platformRequest', { args: [{ userId: platformStandInUser.id, method: 'POST', path: '/sync/leads/pull', body: { checkpoint: null } }] })).json()) as { result: unknown };
      expect(pulled.result).toEqual({ ok: true, status: 200, body: { documents: [], checkpoint: null } });
      expect(platform.seen.at(-1)?.authorization).toBe(`Bearer ${platformStandInToken}`);

      const channel = await openChannel();
      const open = await fetch(`${origin}/api/platform-stream/open`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ args: [channel.id, 'stream-0001', { userId: platformStandInUser.id, path: '/sync/leads/stream' }] }),
      });
      expect(await open.json()).toEqual({ result: { opened: true } });
      const sending = setInterval(() => platform.send('data: {"documents":[],"checkpoint":{"sequence":7}}\n\n'), 20);
      const text = await readUntil(channel.reader, (t) => t.includes('sequence'), channel.text);
      clearInterval(sending);
      expect(text).toContain(`data: ${JSON.stringify({ streamId: 'stream-0001', kind: 'open' })}\n\n`);
      expect(text).toContain(`data: ${JSON.stringify({ streamId: 'stream-0001', kind: 'message', data: '{"documents":[],"checkpoint":{"sequence":7}}' })}\n\n`);
      channel.controller.abort();
      // The page went: the host stops reading the platform.
      const deadline = Date.now() + 3000;
      while (platform.openStreams() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(platform.openStreams()).toBe(0);
    } finally {
      await platform.close();
    }
  });

  it('sends a stream’s error on the channel when there is no session', async () => {
    const channel = await openChannel();
    await fetch(`${origin}/api/platform-stream/open`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify({ args: [channel.id, 'stream-0002', { userId: 'user-nobody', path: '/sync/leads/stream' }] }),
    });
    const text = await readUntil(channel.reader, (t) => t.includes('"kind":"error"'), channel.text);
    expect(text).toContain('This device is not connected to the platform as that user');
    channel.controller.abort();
  });

  it('refuses a channel to another origin, by GET, an unknown channel, and a path that is not a sync stream', async () => {
    const foreign = await fetch(`${origin}/api/platform-stream`, { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'application/json' }, body: '{"args":[]}' });
    expect(foreign.status).toBe(403);
    expect((await fetch(`${origin}/api/platform-stream`, { headers: { origin } })).status).toBe(405);
    const open = (args: unknown[]) =>
      fetch(`${origin}/api/platform-stream/open`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ args }) });
    const unknown = await open(['x'.repeat(24), 'stream-0001', { userId: 'user-omar', path: '/sync/leads/stream' }]);
    expect(unknown.status).toBe(400);
    const channel = await openChannel();
    const wrongPath = await open([channel.id, 'stream-0001', { userId: 'user-omar', path: '/auth/logout' }]);
    expect(wrongPath.status).toBe(400);
    expect(await wrongPath.json()).toMatchObject({ error: { code: 'invalid-arguments' } });
    channel.controller.abort();
  });
});

describe('services host: adding a service', () => {
  it('takes replacement services, so a new channel needs only its service', async () => {
    const custom = await startServicesHost({
      port: 0,
      rootDir: root,
      createServices: (context) => ({
        getAppInfo: async () => ({ name: 'Custom', version: '9', host: 'browser', dataLocation: context.origin }),
        showNotification: async () => ({ shown: true }),
        openExternal: async () => ({ opened: true }),
        ...mailChannelsNotUnderTest(),
    ...platformChannelsNotUnderTest(),
      }),
    });
    try {
      const customOrigin = new URL(custom.url).origin;
      const response = await fetch(`${customOrigin}/api/desktop/showNotification`, {
        method: 'POST',
        headers: { origin: customOrigin, 'content-type': 'application/json' },
        body: JSON.stringify({ args: [{ title: 'hello' }] }),
      });
      expect(await response.json()).toEqual({ result: { shown: true } });
    } finally {
      await custom.close();
    }
  });

  it('explains a port that is taken', async () => {
    const port = Number(new URL(origin).port);
    await expect(startServicesHost({ port, rootDir: root })).rejects.toThrow(/LEAD_CENTER_PORT/);
  });
});
