/**
 * Entry of dist/host/host.mjs (`npm run web`): serves dist/renderer and the desktop services on
 * http://127.0.0.1:$LEAD_CENTER_PORT (default 5174) until SIGINT or SIGTERM.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserDataDir } from './browser-data-dir';
import { startServicesHost } from './services-host';

const defaultPort = 5174;

function portFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return defaultPort;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`LEAD_CENTER_PORT must be a port number from 0 to 65535, not "${value}"`);
  }
  return port;
}

function readPackage(file: string): { name: string; version: string } {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null) {
      const fields = parsed as Record<string, unknown>;
      const name = typeof fields.productName === 'string' ? fields.productName : 'Lead Center';
      const version = typeof fields.version === 'string' ? fields.version : '0.0.0';
      return { name, version };
    }
  } catch {
    // Fall through: the name and version are informational only.
  }
  return { name: 'Lead Center', version: '0.0.0' };
}

async function main(): Promise<void> {
  // This file runs from dist/host/, next to dist/renderer/ and below the project root.
  const here = path.dirname(fileURLToPath(import.meta.url));
  const rootDir = path.resolve(here, '..', 'renderer');
  if (!existsSync(path.join(rootDir, 'index.html'))) {
    console.warn(`No renderer build in ${rootDir}; run "npm run build" first. Serving anyway.`);
  }
  const info = readPackage(path.resolve(here, '..', '..', 'package.json'));
  const dataDir = browserDataDir(process.env, homedir());
  const host = await startServicesHost({
    port: portFromEnv(process.env.LEAD_CENTER_PORT),
    rootDir,
    appName: info.name,
    appVersion: info.version,
    dataDir,
  });
  console.log(`${info.name} (browser mode) is running at ${host.url}`);
  console.log(`Mail settings, send journal and attachments: ${dataDir}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the services host`);
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
