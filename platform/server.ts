import type { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerAuthRoutes } from './auth/authRoutes';
import { createUserDirectory, type UserDirectory } from './auth/userDirectory';
import type { PlatformConfig } from './config';
import { openDatabase, type Database } from './db/database';
import { migrate } from './db/migrate';
import { createDemoOrganisation } from './demo/demoOrganisation';
import { installErrorHandlers } from './http/errorHandler';
import { trackConnections } from './http/connectionTracker';
import { registerHealthRoutes } from './http/healthRoutes';
import { redactUrl } from './http/redactUrl';
import { registerSyncRoutes } from './replication/syncRoutes';
import { StreamHub } from './replication/streamHub';
import { createDocumentStore, type DocumentStore } from './store/documentStore';
import { registerMarketplaceRoutes } from './distribution/marketplaceRoutes';
import { registerPublicRoutes } from './pages/publicRoutes';
import { registerTrackingRoutes } from './tracking/trackingRoutes';

export interface BuildPlatformOptions {
  config: PlatformConfig;
  /** An open database to use (not closed by close()); otherwise one is opened from the config. */
  database?: Database;
  /** PostgreSQL schema to work in when the platform opens its own database (tests). */
  schema?: string;
  /** Structured logs: level (default 'info', env PLATFORM_LOG_LEVEL) and where to write them (stdout). */
  log?: { level?: string; stream?: Writable };
  /** How often streams get a keep-alive comment (15 s). */
  keepAliveMs?: number;
  /** Creates the demo organisation when there are no users yet (default true). */
  demo?: boolean;
  /** The clock for token expiry and the public side (tests); Date.now by default. */
  now?: () => number;
}

export interface Platform {
  app: FastifyInstance;
  store: DocumentStore;
  users: UserDirectory;
  db: Database;
  streams: StreamHub;
  /** Ends the streams, stops the HTTP server (in-flight requests finish) and closes the database it opened. */
  close(): Promise<void>;
}

const defaultBodyLimit = 1024 * 1024;

export async function buildPlatform(options: BuildPlatformOptions): Promise<Platform> {
  const { config } = options;
  const ownsDatabase = !options.database;
  const db = options.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, ...(options.schema ? { schema: options.schema } : {}) }));
  try {
    await migrate(db);
    const users = createUserDirectory(db, { tokenTtlMs: config.tokenTtlMs, ...(options.now ? { now: options.now } : {}) });
    if (options.demo !== false && (await users.countUsers()) === 0) await createDemoOrganisation(users);
    const store = createDocumentStore(db);
    const streams = new StreamHub(store, options.keepAliveMs ?? 15_000);

    const app = Fastify({
      bodyLimit: defaultBodyLimit,
      logger: {
        level: options.log?.level ?? process.env.PLATFORM_LOG_LEVEL ?? 'info',
        ...(options.log?.stream ? { stream: options.log.stream } : {}),
        // Tokens and passwords never reach the log: headers are not logged, and in case they are, hidden.
        redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'password', 'token', '*.password', '*.token'], censor: '[hidden]' },
        serializers: {
          req: (request: { method: string; url: string; ip?: string }) => ({ method: request.method, url: redactUrl(request.url), remoteAddress: request.ip }),
        },
      },
    });
    app.decorateRequest('platformUser', null);
    installErrorHandlers(app);
    registerHealthRoutes(app, db);
    registerAuthRoutes(app, users);
    registerSyncRoutes(app, { store, users, streams });
    const publicDeps = { store, config, db, log: app.log, users, ...(options.now ? { now: options.now } : {}) };
    registerMarketplaceRoutes(app, publicDeps);
    registerTrackingRoutes(app, publicDeps);
    registerPublicRoutes(app, publicDeps);
    // Streams never end by themselves and spare connections never send a request: end both first so
    // closing the server waits only for requests in flight.
    const connections = trackConnections(app.server);
    app.addHook('preClose', async () => {
      streams.stop();
      connections.closeUnused();
    });

    let closed = false;
    return {
      app,
      store,
      users,
      db,
      streams,
      async close() {
        if (closed) return;
        closed = true;
        streams.stop();
        await app.close();
        if (ownsDatabase) await db.close();
      },
    };
  } catch (error) {
    if (ownsDatabase) await db.close().catch(() => undefined);
    throw error;
  }
}

export interface StartedPlatform {
  url: string;
  port: number;
  platform: Platform;
  close(): Promise<void>;
}

/** Builds the platform and listens on config.host:config.port (0 = any free port). */
export async function startPlatform(config: PlatformConfig, options: Omit<BuildPlatformOptions, 'config'> = {}): Promise<StartedPlatform> {
  const platform = await buildPlatform({ ...options, config });
  try {
    await platform.app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await platform.close();
    throw error;
  }
  const address = platform.app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return { url: `http://${host}:${port}`, port, platform, close: () => platform.close() };
}
