import { expect, test } from '@playwright/test';

test('npm run seed-demo’s request fills an empty database once, deterministically', async ({ page }) => {
  await page.goto('/?e2e=1&seed-demo=50&seed=3');
  await page.getByLabel('Your name').fill('Rana Haddad');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Loaded 50 demo leads')).toBeVisible();
  await expect(page.getByTestId('lead-row').first()).toBeVisible();
  const first = await page.evaluate(() => {
    const list = window.__leadCenterTest?.data.leadList;
    return { size: list?.size, lead: list?.get('demo-3-0')?.name };
  });
  expect(first.size).toBe(50);
  expect(first.lead).toBeTruthy();

  // The database is no longer empty: the same request adds nothing.
  await page.reload();
  await page.waitForFunction(() => window.__leadCenterTest?.data.leadList.ready === true);
  await expect(page.getByTestId('lead-row').first()).toBeVisible();
  expect(await page.evaluate(() => window.__leadCenterTest?.data.leadList.size)).toBe(50);
  expect(await page.evaluate(() => window.__leadCenterTest?.data.leadList.get('demo-3-0')?.name)).toBe(first.lead);
});
