import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/database';
import { migrate } from '../../platform/db/migrate';
import { registerHealthRoutes } from '../../platform/http/healthRoutes';
import { installErrorHandlers } from '../../platform/http/errorHandler';
import { openTestStream, platformLead, startTestPlatform, type TestPlatform } from '../fixtures/platformServer';

class LogCapture extends Writable {
  lines: string[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  entries(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

describe('platform server', () => {
  let platform: TestPlatform;
  const log = new LogCapture();
  beforeAll(async () => {
    platform = await startTestPlatform({ logStream: log, keepAliveMs: 150 });
  });
  afterAll(async () => platform?.close());

  it('answers /health with the database kind', async () => {
    const reply = await platform.call('GET', '/health');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ status: 'ok', database: platform.databaseKind });
  });

  it('records its migrations and applies each once', async () => {
    const { rows } = await platform.platform.db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
    expect(rows.map((row) => row.name)).toContain('001_initial.sql');
    expect(await migrate(platform.platform.db)).toEqual([]);
  });

  it('answers unknown addresses with a JSON 404', async () => {
    const reply = await platform.call('GET', '/nothing/here');
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ error: 'not_found' });
  });

  it('logs requests as JSON without passwords or tokens', async () => {
    const login = await platform.login('omar@demo.powercozmo.com');
    await platform.call('POST', '/sync/leads/pull', { token: login.token, body: {} });
    await platform.call('POST', '/auth/login', { body: { email: 'omar@demo.powercozmo.com', password: 'wrong-password' } });
    await platform.call('GET', '/q/secret-questionnaire-token-123');
    const text = log.lines.join('\n');
    expect(text).not.toContain(login.token);
    expect(text).not.toContain('demo-password');
    expect(text).not.toContain('wrong-password');
    expect(text).not.toContain('secret-questionnaire-token-123');
    const entries = log.entries();
    expect(entries.some((entry) => entry.event === 'login' && entry.userId === 'seller-omar')).toBe(true);
    expect(entries.some((entry) => entry.event === 'login_failed')).toBe(true);
    expect(entries.some((entry) => (entry.req as { url?: string } | undefined)?.url === '/sync/leads/pull')).toBe(true);
  });

  it('keeps streams alive and ends one whose token was revoked', async () => {
    const login = await platform.login('lena@demo.powercozmo.com');
    const stream = await openTestStream(platform.url, 'leads', login.token);
    expect(stream.status).toBe(200);
    await stream.waitForComment((comment) => comment === 'keep-alive');
    await platform.call('POST', '/auth/logout', { token: login.token });
    await stream.ended;
    expect(platform.platform.streams.size).toBe(0);
  });

  it('sends platform-side writes to the owner’s stream after they commit', async () => {
    const login = await platform.login('omar@demo.powercozmo.com');
    const stream = await openTestStream(platform.url, 'leads', login.token);
    await stream.waitForComment((comment) => comment === 'connected');
    const lead = platformLead({ id: login.user.id, teamId: login.user.teamId }, 'srv-platform-lead', { leadType: 'platform' });
    await platform.store.platformWrite(async (tx) => {
      await tx.write('leads', lead);
      // Read-your-writes inside the transaction, lookups by email case-insensitively.
      expect(await tx.read(login.user.id, 'leads', lead.id)).toEqual(lead);
      expect(await tx.findBy('leads', 'email', String(lead.email).toUpperCase(), login.user.id)).toEqual([lead]);
      expect(await tx.findBy('leads', 'email', String(lead.email), 'seller-lena')).toEqual([]);
    });
    const message = await stream.waitFor((m) => m.documents.some((doc) => doc.id === lead.id));
    expect(message.documents).toEqual([lead]);
    // A failed platform write commits nothing and tells no stream.
    await expect(
      platform.store.platformWrite(async (tx) => {
        await tx.write('leads', { ...lead, id: 'srv-rolled-back' });
        await tx.write('leads', { ...lead, id: 'srv-invalid', score: 1000 });
      }),
    ).rejects.toThrow(/does not fit leads/);
    const pulled = await platform.call('POST', '/sync/leads/pull', { token: login.token, body: { checkpoint: message.checkpoint } });
    expect(pulled.body).toEqual({ documents: [], checkpoint: message.checkpoint });
    stream.close();
  });

  it('closes gracefully: streams end, the port stops answering, restart brings it back', async () => {
    const login = await platform.login('sara@demo.powercozmo.com');
    const stream = await openTestStream(platform.url, 'emails', login.token);
    await stream.waitForComment((comment) => comment === 'connected');
    const started = Date.now();
    await platform.platform.close();
    await stream.ended;
    // Nothing waits on the open stream or on the client's spare connections.
    expect(Date.now() - started).toBeLessThan(1_500);
    await expect(fetch(`${platform.url}/health`)).rejects.toThrow();
    await platform.restart();
    expect((await platform.call('GET', '/health')).status).toBe(200);
    expect((await platform.call('GET', '/auth/me', { token: login.token })).status).toBe(200);
  });
});

describe('/health without a database', () => {
  it('answers 503 unavailable when the database does not answer', async () => {
    const broken: Database = {
      kind: 'pglite',
      query: () => Promise.reject(new Error('database is closed')),
      transaction: () => Promise.reject(new Error('database is closed')),
      close: () => Promise.resolve(),
    };
    const app = Fastify({ logger: false });
    installErrorHandlers(app);
    registerHealthRoutes(app, broken);
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const reply = await fetch(`http://127.0.0.1:${port}/health`);
      expect(reply.status).toBe(503);
      expect(await reply.json()).toEqual({ status: 'unavailable' });
    } finally {
      await app.close();
    }
  });
});
