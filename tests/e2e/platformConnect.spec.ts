import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openFreshApp, seedLeads } from './helpers';

// The platform runs as its own process (npm run platform): Playwright's loader cannot import the
// core models' JSON, and a separate process is what the app meets in use anyway.
const platformPort = Number(process.env.PLATFORM_E2E_PORT ?? 5393);
const platformUrl = `http://127.0.0.1:${platformPort}`;
let platform: ChildProcess;
let platformDir: string;

test.beforeAll(async () => {
  platformDir = mkdtempSync(join(tmpdir(), 'lead-center-platform-e2e-'));
  platform = spawn('npx', ['tsx', 'platform/main.ts'], {
    env: { ...process.env, PLATFORM_PORT: String(platformPort), PLATFORM_DATA_DIR: platformDir, PLATFORM_LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  });
  await expect
    .poll(async () => (await fetch(`${platformUrl}/health`).catch(() => null))?.status ?? 0, { timeout: 60_000 })
    .toBe(200);
});
test.afterAll(() => {
  // npx starts tsx starts node: stop the whole group it leads.
  if (platform.pid !== undefined) process.kill(-platform.pid, 'SIGTERM');
  rmSync(platformDir, { recursive: true, force: true });
});

/** The ids of Omar's leads on the platform, read with his own login. */
async function platformLeadIds(): Promise<string[]> {
  const login = (await (await fetch(`${platformUrl}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'omar@demo.powercozmo.com', password: 'demo-password' }) })).json()) as { token: string };
  const pulled = await fetch(`${platformUrl}/sync/leads/pull`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${login.token}` }, body: JSON.stringify({ checkpoint: null }) });
  const body = (await pulled.json()) as { documents: { id: string }[] };
  return body.documents.map((d) => d.id);
}

test('Settings → Connect: wrong password said plainly, connect switches to the platform user, the lead replicates, Disconnect brings the local profile back', async ({ page }) => {
  await openFreshApp(page, 'Rana Local');
  await seedLeads(page, [{ name: 'Local Only Lead', email: 'local@example.com' }]);
  const status = page.getByRole('status', { name: 'Sync status' });
  await expect(status).toHaveText('Saved on this device — not connected');

  await page.getByRole('link', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Connect to Power Cozmo' })).toBeVisible();
  await page.getByLabel('Platform address').fill(platformUrl);
  await page.getByLabel('Email').fill('omar@demo.powercozmo.com');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Wrong email or password');

  await page.getByLabel('Password').fill('demo-password');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  // The page reloads as the platform user, on Settings → Connect.
  await expect(page.getByText('Connected as Omar Farouk')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.connect-facts')).toContainText('team-gulf');
  await expect(page.locator('.connect-facts')).toContainText('Seller');
  // A stream that failed while the platform warmed up reconnects with backoff (capped at ~30 s).
  await expect(status).toHaveText('Up to date', { timeout: 45_000 });

  // The platform user's own database: the local-only lead is not there, and a new lead goes up.
  await page.waitForFunction(() => window.__leadCenterTest?.data.leadList.ready === true);
  const localLeadsHere = () => page.evaluate(() => window.__leadCenterTest?.data.findPossibleDuplicates({ email: 'local@example.com' }).length);
  expect(await localLeadsHere()).toBe(0);
  const [leadId] = await seedLeads(page, [{ name: 'Replicated Lead', email: 'buyer@example.com', company: 'Gulf Solar' }]);
  await expect.poll(platformLeadIds, { timeout: 20_000 }).toContain(leadId);

  // Disconnect: back to the local profile with its lead.
  await page.getByRole('button', { name: 'Disconnect' }).click();
  await expect(status).toHaveText('Saved on this device — not connected', { timeout: 20_000 });
  await page.waitForFunction(() => window.__leadCenterTest?.data.leadList.ready === true);
  expect(await page.evaluate(() => window.__leadCenterTest?.data.seller.userName)).toBe('Rana Local');
  expect(await localLeadsHere()).toBe(1);
});
