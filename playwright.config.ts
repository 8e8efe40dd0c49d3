import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.LEAD_CENTER_PORT ?? 5174);

// The host keeps mail settings, the send journal, attachments and secrets in a data folder: a
// fresh one per run, so no test sees another run's SMTP settings or journal. Set in the
// environment so the test workers (which load this file again) reuse it.
const dataDir = process.env.LEAD_CENTER_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'lead-center-e2e-'));
process.env.LEAD_CENTER_DATA_DIR = dataDir;

// End-to-end tests run the browser build in Debian's Chromium against the local services host
// (dist/host/host.mjs), which serves dist/renderer and answers /api/desktop/*. Build first:
// `node scripts/build.mjs`.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  // No retries: a flaky test is a bug to fix, not to hide.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1400, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium (Playwright's own browser download is not used); CHROMIUM_PATH overrides.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: 'node dist/host/host.mjs',
    url: `http://127.0.0.1:${port}/`,
    env: { LEAD_CENTER_PORT: String(port), LEAD_CENTER_DATA_DIR: dataDir },
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
