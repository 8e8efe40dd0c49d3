import { homedir } from 'node:os';
import { join } from 'node:path';

/** How the platform server is set up: from the environment, with defaults for a laptop. */
export interface PlatformConfig {
  host: string;
  port: number;
  /** postgres://… for a PostgreSQL server or cluster; null runs the embedded PGlite in dataDir. */
  databaseUrl: string | null;
  /** PGlite's data folder (only without databaseUrl). */
  dataDir: string;
  /** The address buyers reach the public pages at (questionnaire, unsubscribe, tracking links). */
  publicUrl: string;
  /** Lifetime of a login token. */
  tokenTtlMs: number;
  /** How many other sellers get a copy of an RFQ (3–5). */
  distributionCopies: number;
}

const day = 24 * 60 * 60 * 1000;

export function platformConfigFromEnv(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const host = env.PLATFORM_HOST ?? '127.0.0.1';
  const port = integer(env.PLATFORM_PORT, 8787, 0, 65_535, 'PLATFORM_PORT');
  const copies = integer(env.PLATFORM_DISTRIBUTION_COPIES, 3, 3, 5, 'PLATFORM_DISTRIBUTION_COPIES');
  const ttlDays = integer(env.PLATFORM_TOKEN_TTL_DAYS, 30, 1, 365, 'PLATFORM_TOKEN_TTL_DAYS');
  return {
    host,
    port,
    databaseUrl: env.DATABASE_URL?.trim() ? env.DATABASE_URL.trim() : null,
    dataDir: env.PLATFORM_DATA_DIR ?? join(homedir(), '.lead-center-platform'),
    publicUrl: (env.PLATFORM_PUBLIC_URL ?? `http://${host}:${port}`).replace(/\/+$/, ''),
    tokenTtlMs: ttlDays * day,
    distributionCopies: copies,
  };
}

function integer(raw: string | undefined, fallback: number, min: number, max: number, name: string): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  return value;
}
