import { platformConfigFromEnv } from './config';
import { demoPassword, demoUsers } from './demo/demoOrganisation';
import { startPlatform } from './server';

/** `npm run platform`: the reference platform on this machine, with the demo organisation. */
async function main(): Promise<void> {
  const config = platformConfigFromEnv();
  const started = await startPlatform(config);
  const database = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  const lines = [
    '',
    `Lead Center platform listening at ${started.url}`,
    `Database: ${database}`,
    '',
    `Demo users (password "${demoPassword}" — demo only):`,
    ...demoUsers.map((user) => `  ${user.role.padEnd(8)} ${user.email.padEnd(34)} ${user.name}`),
    '',
    'Connect the app: Settings → Connect, enter',
    `  ${started.url}`,
    '  and one of the emails above with the demo password.',
    'The marketplace (admin) calls POST /api/rfq and /api/track with its bearer token.',
    'Stop with Ctrl+C.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    started.platform.app.log.info({ event: 'shutdown', signal }, 'shutting down');
    // Streams end, in-flight requests finish, then the database closes; a stuck close is cut at 10 s.
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    started.close().then(
      () => process.exit(0),
      (error: unknown) => {
        started.platform.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`The platform could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
