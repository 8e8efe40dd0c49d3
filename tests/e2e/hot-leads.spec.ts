import { expect, test } from '@playwright/test';
import { openFreshApp, seedLeads } from './helpers';

test('a quote request makes a lead HOT in the list, the navigation badge and the hot leads alert list', async ({ page }) => {
  await openFreshApp(page);
  const [hotId] = await seedLeads(page, [
    { name: 'Fatima Al-Sayed', email: 'f.alsayed@gulfwater.ae', company: 'Gulf Water', country: 'AE' },
    { name: 'Piotr Nowak', email: 'p.nowak@energa.pl', company: 'Energa', country: 'PL' },
  ]);
  const row = page.getByTestId('lead-row').filter({ hasText: 'Fatima Al-Sayed' });
  await expect(row).toBeVisible();
  const scoreBefore = Number(((await row.getByTestId('score-badge').textContent()) ?? '').trim());

  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByTestId('hot-count')).toHaveCount(0);
  // Full rescoring passes compute in a Web Worker, not on the page.
  await expect.poll(() => page.workers().map((w) => w.url())).toContainEqual(expect.stringContaining('rescoreWorker'));

  // What the platform or a logged call would record: a quote request, then a meeting request.
  await page.evaluate(async (id) => {
    const data = window.__leadCenterTest?.data;
    if (!data) throw new Error('test hooks missing');
    await data.recordLeadEvent(id, { type: 'quote_request', data: { product: 'RO membranes' } });
  }, hotId as string);

  // The stored score and level: the list row, not a live recomputation.
  // Engagement "Hot" then urgency 8–10, the row's last cells before the activity time.
  await expect(row).toContainText(/Hot(8|9|10)/);
  await expect.poll(async () => Number(((await row.getByTestId('score-badge').textContent()) ?? '').trim())).toBeGreaterThan(scoreBefore);
  await expect(nav.getByTestId('hot-count')).toHaveText(/1/);

  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { name: 'Hot leads' })).toBeVisible();
  await expect(page.getByTestId('hot-lead-count')).toHaveText('1 hot lead, most urgent first');
  const alert = page.getByTestId('hot-lead');
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText('Fatima Al-Sayed');
  await expect(alert).toContainText(/quot/i);
  await expect(alert.getByLabel(/Urgency (8|9|10) of 10/)).toBeVisible();

  // Opening it from the alert list shows the lead.
  await alert.getByRole('link', { name: /Fatima Al-Sayed/ }).click();
  await expect(page.getByRole('complementary', { name: 'Fatima Al-Sayed' })).toBeVisible();
});

test('the hot leads list says so when there are none', async ({ page }) => {
  await openFreshApp(page);
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('hot-lead-count')).toHaveText('No hot leads');
  await expect(page.getByText(/No lead is HOT right now/)).toBeVisible();
});
