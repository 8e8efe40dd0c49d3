import { expect, test } from '@playwright/test';
import { openFreshApp, startCaptureSession } from './helpers';

test('a half-typed lead survives a reload of the capture view', async ({ page }) => {
  await openFreshApp(page);
  await startCaptureSession(page, 'Water Expo');

  await page.keyboard.type('Lina Haddad');
  await page.keyboard.press('Tab');
  await page.keyboard.type('lina@aquatech.jo');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('AquaTech');
  // Reload at once: the draft is flushed on unload, not only after the debounce.
  await page.reload();

  await expect(page.getByRole('heading', { name: 'Quick capture' })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Lina Haddad');
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue('lina@aquatech.jo');
  await expect(page.getByLabel('Company')).toHaveValue('AquaTech');
  await expect(page.getByText('Restored the lead you were typing before.')).toBeVisible();

  // Saving it clears the draft: the next reload shows an empty form.
  await page.getByLabel('Name', { exact: true }).press('Enter');
  await expect(page.getByTestId('capture-status')).toHaveText('Saved Lina Haddad. Ready for the next lead.');
  await expect(page.getByTestId('capture-session')).toContainText('1 lead captured');
  await page.reload();
  await expect(page.getByTestId('capture-session')).toContainText('1 lead captured');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('');
  await expect(page.getByText('Restored the lead you were typing before.')).toHaveCount(0);
});
