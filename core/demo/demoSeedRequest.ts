import { fail, succeed, type Result } from '../model/result';

/** Asking the app to fill an empty database with demo leads (`npm run seed-demo`). */
export interface DemoSeedRequest {
  count: number;
  seed: number;
}

export const maxDemoLeads = 100_000;
export const defaultDemoSeed = 1;

const wholeNumber = /^\d{1,9}$/;

/**
 * Reads the request from raw strings, as they come from a command line or a URL query.
 * Returns null when no demo data was asked for.
 */
export function parseDemoSeedRequest(raw: { leads?: string | null; seed?: string | null }): Result<DemoSeedRequest> | null {
  const leads = raw.leads?.trim();
  if (leads === undefined || leads === '') return null;
  if (!wholeNumber.test(leads)) return fail(`--leads must be a whole number from 1 to ${maxDemoLeads.toLocaleString('en')}, not "${leads}"`);
  const count = Number(leads);
  if (count < 1 || count > maxDemoLeads) return fail(`--leads must be from 1 to ${maxDemoLeads.toLocaleString('en')}, not ${count}`);
  const seedText = raw.seed?.trim() ?? '';
  if (seedText === '') return succeed({ count, seed: defaultDemoSeed });
  if (!wholeNumber.test(seedText)) return fail(`--seed must be a whole number, not "${seedText}"`);
  return succeed({ count, seed: Number(seedText) });
}

/** Reads `--leads N`, `--leads=N`, `--seed S` and `--seed=S` from command-line arguments. */
export function demoSeedArgs(argv: readonly string[]): { leads?: string; seed?: string } {
  const found: { leads?: string; seed?: string } = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    for (const name of ['leads', 'seed'] as const) {
      if (arg === `--${name}`) found[name] = argv[i + 1] ?? '';
      else if (arg.startsWith(`--${name}=`)) found[name] = arg.slice(name.length + 3);
    }
  }
  return found;
}
