import { expect, test } from '@playwright/test';
import { openFreshApp, startCaptureSession, typeLead } from './helpers';

test('a lead with an email already captured is flagged, and saved only on request', async ({ page }) => {
  await openFreshApp(page);
  await startCaptureSession(page);

  await typeLead(page, { name: 'Omar Khalil', email: 'omar@desalco.com', company: 'Desalco' });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('capture-status')).toHaveText('Saved Omar Khalil. Ready for the next lead.');

  // Same email, typed differently: flagged while typing, before any save.
  await typeLead(page, { name: 'O. Khalil', email: 'OMAR@desalco.com' });
  const warning = page.getByTestId('duplicate-warning');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('Omar Khalil');
  await expect(warning.getByRole('button', { name: 'Open existing' })).toBeVisible();
  await expect(warning.getByRole('button', { name: /Save anyway/ })).toBeVisible();

  // Enter does not save a flagged duplicate, not even twice.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue('OMAR@desalco.com');
  await expect(page.getByTestId('capture-session')).toContainText('1 lead captured');

  // Open existing shows the lead already captured; the typed one waits as a draft.
  await warning.getByRole('button', { name: 'Open existing' }).click();
  await expect(page.getByRole('complementary', { name: 'Omar Khalil' })).toBeVisible();
  await page.getByRole('link', { name: 'Capture' }).click();
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue('OMAR@desalco.com');
  await expect(page.getByTestId('duplicate-warning')).toBeVisible();

  // Ctrl+Enter is the explicit "Save anyway".
  await page.getByLabel('Name', { exact: true }).focus();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('capture-status')).toHaveText(/^Saved .*Khalil\. Ready for the next lead\.$/);
  await expect(page.getByTestId('capture-session')).toContainText('2 leads captured');
  await expect(page.getByTestId('duplicate-warning')).toHaveCount(0);
});
