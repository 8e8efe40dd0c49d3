import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { platformConfigFromEnv } from './config';

describe('platformConfigFromEnv', () => {
  it('has laptop defaults', () => {
    expect(platformConfigFromEnv({})).toEqual({
      host: '127.0.0.1',
      port: 8787,
      databaseUrl: null,
      dataDir: join(homedir(), '.lead-center-platform'),
      publicUrl: 'http://127.0.0.1:8787',
      tokenTtlMs: 30 * 24 * 60 * 60 * 1000,
      distributionCopies: 3,
    });
  });

  it('reads every variable', () => {
    const config = platformConfigFromEnv({
      PLATFORM_HOST: '0.0.0.0',
      PLATFORM_PORT: '9000',
      DATABASE_URL: ' postgres://lc@db/lead ',
      PLATFORM_DATA_DIR: '/srv/platform',
      PLATFORM_PUBLIC_URL: 'https://leads.example.com///',
      PLATFORM_TOKEN_TTL_DAYS: '7',
      PLATFORM_DISTRIBUTION_COPIES: '5',
    });
    expect(config).toEqual({
      host: '0.0.0.0',
      port: 9000,
      databaseUrl: 'postgres://lc@db/lead',
      dataDir: '/srv/platform',
      publicUrl: 'https://leads.example.com',
      tokenTtlMs: 7 * 24 * 60 * 60 * 1000,
      distributionCopies: 5,
    });
  });

  it('treats blank values as unset', () => {
    expect(platformConfigFromEnv({ PLATFORM_PORT: ' ', DATABASE_URL: '   ' })).toMatchObject({ port: 8787, databaseUrl: null });
  });

  it('refuses numbers out of range or not whole, naming the variable', () => {
    expect(() => platformConfigFromEnv({ PLATFORM_PORT: '70000' })).toThrow(/PLATFORM_PORT/);
    expect(() => platformConfigFromEnv({ PLATFORM_PORT: 'eighty' })).toThrow(/PLATFORM_PORT/);
    expect(() => platformConfigFromEnv({ PLATFORM_DISTRIBUTION_COPIES: '2' })).toThrow(/3 to 5/);
    expect(() => platformConfigFromEnv({ PLATFORM_DISTRIBUTION_COPIES: '6' })).toThrow(/PLATFORM_DISTRIBUTION_COPIES/);
    expect(() => platformConfigFromEnv({ PLATFORM_TOKEN_TTL_DAYS: '0' })).toThrow(/PLATFORM_TOKEN_TTL_DAYS/);
    expect(() => platformConfigFromEnv({ PLATFORM_TOKEN_TTL_DAYS: '1.5' })).toThrow(/whole number/);
  });

  it('accepts port 0 (any free port) and the edges of each range', () => {
    expect(platformConfigFromEnv({ PLATFORM_PORT: '0', PLATFORM_DISTRIBUTION_COPIES: '3', PLATFORM_TOKEN_TTL_DAYS: '365' })).toMatchObject({ port: 0, distributionCopies: 3, tokenTtlMs: 365 * 24 * 60 * 60 * 1000 });
  });
});
