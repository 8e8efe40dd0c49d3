import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openFreshApp, saveQualifyOnAnswersRule, seedLeads } from './helpers';

// The platform as its own process (npm run platform), as the app meets it in use; its own port
// so it never meets the Connect spec's platform.
const platformPort = Number(process.env.PLATFORM_E2E_BUYER_PORT ?? 5394);
const platformUrl = `http://127.0.0.1:${platformPort}`;
const password = 'demo-password';
let platform: ChildProcess;
let platformDir: string;

test.beforeAll(async () => {
  platformDir = mkdtempSync(join(tmpdir(), 'lead-center-platform-buyer-'));
  // node itself (not npx), so SIGTERM reaches the platform and its graceful shutdown.
  platform = spawn(process.execPath, ['--import', 'tsx', 'platform/main.ts'], {
    env: { ...process.env, PLATFORM_PORT: String(platformPort), PLATFORM_DATA_DIR: platformDir, PLATFORM_LOG_LEVEL: 'warn', PLATFORM_DISTRIBUTION_COPIES: '3' },
    stdio: 'ignore',
  });
  await expect.poll(async () => (await fetch(`${platformUrl}/health`).catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBe(200);
});
test.afterAll(async () => {
  const exited = new Promise((resolve) => platform.once('exit', resolve));
  platform.kill('SIGTERM');
  await exited;
  rmSync(platformDir, { recursive: true, force: true });
});

async function login(email: string): Promise<string> {
  const reply = await fetch(`${platformUrl}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  expect(reply.status).toBe(200);
  return ((await reply.json()) as { token: string }).token;
}

/** Opens the app on a fresh profile and connects it to the platform as this user (Settings → Connect). */
async function connectAs(page: Page, email: string, name: string): Promise<void> {
  await openFreshApp(page, `${name} (local)`);
  await page.getByRole('link', { name: 'Connect', exact: true }).click();
  await page.getByLabel('Platform address').fill(platformUrl);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByText(`Connected as ${name}`)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status', { name: 'Sync status' })).toHaveText('Up to date', { timeout: 30_000 });
  await page.waitForFunction(() => window.__leadCenterTest?.data.leadList.ready === true);
}

test('a buyer answers the questionnaire on the platform; the seller’s app shows the answers, the new score and the group', async ({ page, browser }) => {
  await connectAs(page, 'ravi@demo.powercozmo.com', 'Ravi Menon');
  // A platform account's role comes from the platform: shown, not editable here.
  await page.goto('/?e2e=1#/settings/approvals');
  await expect(page.getByText('Your role and team (team-gulf) come from your Power Cozmo account')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save role and reload' })).toHaveCount(0);
  // A rule that qualifies a buyer who answers with a high budget as the decision maker.
  await saveQualifyOnAnswersRule(page);
  const [leadId] = await seedLeads(page, [{ name: 'Amira Saleh', email: 'amira@gulfpower.ae', company: 'Gulf Power', country: 'AE' }]);
  await page.goto(`/?e2e=1#/leads/${leadId}`);
  const detail = page.getByRole('complementary', { name: 'Amira Saleh' });
  const score = detail.locator('.score-badge strong');
  await expect(detail.getByLabel('Group', { exact: true })).toHaveValue('untouched');
  const scoreBefore = Number(await score.textContent());

  const section = detail.getByRole('region', { name: 'Questionnaire' });
  await section.getByRole('button', { name: 'Send questionnaire' }).click();
  const line = section.getByTestId('dispatch-line');
  await expect(line).toContainText('Waiting for answers');
  const token = ((await line.locator('code').textContent()) ?? '').split('/q/')[1] ?? '';
  expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
  // The dispatch reaches the platform before the buyer can open it.
  await expect(page.getByRole('status', { name: 'Sync status' })).toHaveText('Up to date', { timeout: 20_000 });

  // The buyer, in another browser, at the link: the form asks what is missing.
  const buyerContext = await browser.newContext();
  const buyer = await buyerContext.newPage();
  await buyer.goto(`${platformUrl}/q/${token}`);
  await expect(buyer.getByLabel('Company name')).toHaveCount(0); // known: not asked again
  await buyer.getByRole('group', { name: 'Is there a budget for this purchase?' }).getByLabel('High Budget').check();
  await buyer.getByRole('group', { name: 'What is your role in the purchasing decision?' }).getByLabel('Decision Maker').check();
  await buyer.getByLabel('Which product or service do you need a quote for?').fill('Gas turbine <b>spare</b> parts');
  // A wrong value is refused on the page, with what was typed kept.
  await buyer.getByLabel('Quantity').fill('forty');
  await buyer.getByRole('button', { name: 'Send my answers' }).click();
  await expect(buyer.getByRole('alert')).toContainText('Quantity');
  await expect(buyer.getByLabel('Which product or service do you need a quote for?')).toHaveValue('Gas turbine <b>spare</b> parts');
  await buyer.getByLabel('Quantity').fill('40');
  await buyer.getByRole('button', { name: 'Send my answers' }).click();
  await expect(buyer.locator('body')).toContainText(/thank you/i);
  // One submission per link.
  await buyer.goto(`${platformUrl}/q/${token}`);
  await expect(buyer.locator('body')).toContainText('your answers have been sent');
  await expect(buyer.getByRole('button', { name: 'Send my answers' })).toHaveCount(0);
  await buyerContext.close();

  // The answers come down by replication: the lead is rescored and the rule moves it.
  await expect(line).toContainText('Answered', { timeout: 20_000 });
  await expect(detail.getByLabel('Group', { exact: true })).toHaveValue('qualified', { timeout: 20_000 });
  await expect(score).not.toHaveText(String(scoreBefore));
  expect(Number(await score.textContent())).toBeGreaterThan(scoreBefore);
  const lead = await page.evaluate(async (id) => window.__leadCenterTest?.data.getLead(id), leadId ?? '');
  expect(lead?.qualification.budget).toBe('high');
  expect(lead?.qualification.authority).toBe('decision_maker');
  expect(lead?.customFields.quote_product).toBe('Gas turbine <b>spare</b> parts');
  expect(lead?.customFields.quote_quantity).toBe(40);
  await expect(detail.getByText('Moved to Qualified')).toBeVisible();
});

test('an RFQ posted to the platform appears in the apps of the seller it addresses and of the sellers it is copied to', async ({ browser }) => {
  const marketplace = await login('marketplace@demo.powercozmo.com');
  const postRfq = async (buyerEmail: string) => {
    const reply = await fetch(`${platformUrl}/api/rfq`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${marketplace}` },
      body: JSON.stringify(rfq(buyerEmail)),
    });
    const body = (await reply.json()) as { directLeadId: string; copies: { sellerId: string; leadId: string }[] };
    expect(reply.status, JSON.stringify(body)).toBe(200);
    return body;
  };

  // The first RFQ says who gets copies (the choice is deterministic for a category).
  const first = await postRfq('first.buyer@desalco.sa');
  expect(first.copies).toHaveLength(3);
  const users = await demoUsersById();
  const direct = users.get('omar@demo.powercozmo.com');
  if (!direct) throw new Error('demo seller omar missing');
  const copied = first.copies.map((c) => {
    const user = [...users.values()].find((u) => u.id === c.sellerId);
    if (!user) throw new Error(`unknown seller ${c.sellerId}`);
    return user;
  });

  // Three sellers' apps, each in its own browser profile: the addressed seller and two who got copies.
  const apps: { page: Page; name: string; leadId: string }[] = [];
  for (const [index, seller] of [direct, copied[0], copied[1]].entries()) {
    if (!seller) throw new Error('seller missing');
    const context = await browser.newContext();
    const page = await context.newPage();
    await connectAs(page, seller.email, seller.name);
    apps.push({ page, name: seller.name, leadId: index === 0 ? first.directLeadId : (first.copies[index - 1]?.leadId ?? '') });
  }
  // The first RFQ arrived with the initial sync.
  for (const app of apps) await expect.poll(() => leadOf(app.page, app.leadId), { timeout: 20_000 }).toMatchObject({ email: 'first.buyer@desalco.sa' });

  // A second RFQ while the apps are open arrives live through the stream, in all three.
  const second = await postRfq('second.buyer@desalco.sa');
  const secondIds = [second.directLeadId, second.copies[0]?.leadId ?? '', second.copies[1]?.leadId ?? ''];
  for (const [index, app] of apps.entries()) {
    const id = secondIds[index] ?? '';
    await expect.poll(() => leadOf(app.page, id), { timeout: 20_000 }).toMatchObject({ email: 'second.buyer@desalco.sa', leadType: index === 0 ? 'direct' : 'platform' });
    // It shows in the list, with its quote request counted.
    await app.page.goto(`/?e2e=1#/leads/${id}`);
    await expect(app.page.getByRole('complementary', { name: 'Nadia Qahtani' })).toBeVisible();
    const lead = await leadOf(app.page, id);
    expect(lead?.counters.quoteRequests).toBe(1);
    await app.page.context().close();
  }
});

function rfq(buyerEmail: string) {
  return {
    id: `rfq-${buyerEmail.split('@')[0] ?? ''}`,
    sellerId: 'seller-omar',
    buyer: { name: 'Nadia Qahtani', email: buyerEmail, company: 'Desalco', country: 'SA', phone: '+966 11 234 5678' },
    product: 'High-pressure pumps for a desalination plant',
    category: 'pumps',
    quantity: '12',
    message: 'Please quote 12 high-pressure pumps, delivery to Jubail.',
  };
}

async function leadOf(page: Page, id: string) {
  return page.evaluate(async (leadId) => (await window.__leadCenterTest?.data.getLead(leadId)) ?? null, id);
}

/** The demo organisation's users as /auth/me names them, by email. */
async function demoUsersById(): Promise<Map<string, { id: string; email: string; name: string }>> {
  const emails = ['omar', 'lena', 'ravi', 'chen', 'sara', 'tom'].map((n) => `${n}@demo.powercozmo.com`);
  const users = new Map<string, { id: string; email: string; name: string }>();
  for (const email of emails) {
    const token = await login(email);
    const me = (await (await fetch(`${platformUrl}/auth/me`, { headers: { authorization: `Bearer ${token}` } })).json()) as { id: string; name: string };
    users.set(email, { id: me.id, email, name: me.name });
  }
  return users;
}
