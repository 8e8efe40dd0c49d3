import { describe, expect, it } from 'vitest';
import { demoSeedArgs, parseDemoSeedRequest } from './demoSeedRequest';

describe('parseDemoSeedRequest', () => {
  it('is null when no demo data is asked for', () => {
    expect(parseDemoSeedRequest({})).toBeNull();
    expect(parseDemoSeedRequest({ leads: '  ', seed: '4' })).toBeNull();
  });

  it('reads a count and a seed, defaulting the seed', () => {
    expect(parseDemoSeedRequest({ leads: '100000', seed: '7' })).toEqual({ ok: true, value: { count: 100_000, seed: 7 } });
    expect(parseDemoSeedRequest({ leads: '25' })).toEqual({ ok: true, value: { count: 25, seed: 1 } });
  });

  it.each(['0', '100001', '-5', '1e3', 'ten', '2.5'])('refuses %j leads with a clear message', (leads) => {
    const result = parseDemoSeedRequest({ leads });
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.error).toMatch(/--leads must be/);
  });

  it('refuses a seed that is not a whole number', () => {
    expect(parseDemoSeedRequest({ leads: '10', seed: 'abc' })).toEqual({ ok: false, error: '--seed must be a whole number, not "abc"' });
  });
});

describe('demoSeedArgs', () => {
  it('reads both spellings of the flags', () => {
    expect(demoSeedArgs(['--leads', '500', '--seed=9'])).toEqual({ leads: '500', seed: '9' });
    expect(demoSeedArgs(['electron', '.', '--leads=12'])).toEqual({ leads: '12' });
    expect(demoSeedArgs(['--leads'])).toEqual({ leads: '' });
    expect(demoSeedArgs([])).toEqual({});
  });
});
