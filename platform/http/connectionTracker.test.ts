import { Agent, createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { trackConnections } from './connectionTracker';

let server: Server | null = null;
let agent: Agent | null = null;
afterEach(() => {
  agent?.destroy();
  server?.closeAllConnections();
  server = null;
  agent = null;
});

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, agent: agent ?? undefined }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('trackConnections', () => {
  it('lets an answer in flight finish at shutdown, then ends its kept-alive connection instead of waiting out the keep-alive timeout', async () => {
    let finishSlow: () => void = () => undefined;
    server = createServer((request, response) => {
      if (request.url === '/slow') finishSlow = () => response.end('slow done');
      else response.end('quick');
    });
    // Far longer than the test may take: close() must not wait for it.
    server.keepAliveTimeout = 60_000;
    const connections = trackConnections(server);
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as AddressInfo;
    agent = new Agent({ keepAlive: true, maxSockets: 4 });

    expect(await get(port, '/quick')).toEqual({ status: 200, body: 'quick' });
    const slow = get(port, '/slow');
    await new Promise((r) => setTimeout(r, 50));

    const startedAt = performance.now();
    connections.closeUnused();
    const closed = new Promise<void>((resolve) => server?.close(() => resolve()));
    finishSlow();
    expect(await slow).toEqual({ status: 200, body: 'slow done' });
    await closed;
    expect(performance.now() - startedAt).toBeLessThan(5000);
  });
});
