import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlatformUser } from '../../core/sync/protocol';
import type { DocumentStore } from '../store/documentStore';
import { StreamHub } from './streamHub';

const seller: PlatformUser = { id: 'seller-omar', email: 'omar@example.com', name: 'Omar', role: 'seller', teamId: 'team-gulf' };

/** Only subscribe() is used by the hub. */
function storeWithoutListeners(): DocumentStore {
  return { subscribe: () => () => undefined } as unknown as DocumentStore;
}

let server: Server | null = null;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

/** A real HTTP server whose one route hands the response to the hub, and a client reading the first bytes. */
async function openThroughServer(hub: StreamHub): Promise<{ status: number; body: string; ended: boolean }> {
  server = createServer((_request, response) => hub.open({ user: seller, collection: 'leads', response, stillSignedIn: async () => true }));
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/sync/leads/stream' }, (response: IncomingMessage) => {
      let body = '';
      let settled = false;
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
        // An open stream never ends by itself: answer once the greeting arrived.
        if (!settled && body.includes(': connected')) {
          settled = true;
          resolve({ status: response.statusCode ?? 0, body, ended: false });
          req.destroy();
        }
      });
      response.on('end', () => {
        if (!settled) resolve({ status: response.statusCode ?? 0, body, ended: true });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('StreamHub', () => {
  it('keeps an opened stream open and counts it', async () => {
    const hub = new StreamHub(storeWithoutListeners(), 60_000);
    const opened = await openThroughServer(hub);
    expect(opened).toMatchObject({ status: 200, ended: false });
    expect(hub.size).toBe(1);
    hub.stop();
    expect(hub.size).toBe(0);
  });

  it('refuses a stream that opens after shutdown began, so the server can close', async () => {
    const hub = new StreamHub(storeWithoutListeners(), 60_000);
    hub.stop();
    const refused = await openThroughServer(hub);
    expect(refused.status).toBe(503);
    expect(refused.ended).toBe(true);
    expect(JSON.parse(refused.body)).toMatchObject({ error: 'shutting_down' });
    expect(hub.size).toBe(0);
  });
});
