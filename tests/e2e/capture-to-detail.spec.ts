import { expect, test } from '@playwright/test';
import { openFreshApp, startCaptureSession, typeLead } from './helpers';

test('three leads captured with the keyboard, found, enriched, and still there after a reload', async ({ page }) => {
  await openFreshApp(page);
  await startCaptureSession(page, 'ADIPEC 2025');

  const leads = [
    { name: 'Fatima Al Mansoori', email: 'fatima@gulfsolar.ae', phone: '+971 50 123 4567', company: 'Gulf Solar', jobTitle: 'Procurement Manager', country: 'UAE' },
    { name: 'Jonas Weber', email: 'j.weber@rheinpumpen.de', company: 'Rhein Pumpen', country: 'Germany' },
    { name: 'Priya Nair', phone: '+91 98450 12345', company: 'Kerala Water Works', country: 'India' },
  ];
  const status = page.getByTestId('capture-status');
  for (const lead of leads) {
    await typeLead(page, lead);
    await page.keyboard.press('Enter');
    await expect(status).toHaveText(`Saved ${lead.name}. Ready for the next lead.`);
    await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('');
  }
  await expect(page.getByTestId('capture-session')).toContainText('3 leads captured');
  await expect(page.getByRole('list', { name: 'Recently captured leads' }).getByRole('listitem')).toHaveCount(3);

  // Search from anywhere with Ctrl+K, then open the lead with the keyboard.
  await page.keyboard.press('Control+k');
  await expect(page.getByLabel('Search leads')).toBeFocused();
  await page.keyboard.type('weber');
  await expect(page.getByTestId('lead-row')).toHaveCount(1);
  await expect(page.getByText('1 of 3 leads')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('grid', { name: 'Leads' })).toBeFocused();
  await page.keyboard.press('Enter');
  const detail = page.getByRole('complementary', { name: 'Jonas Weber' });
  await expect(detail).toBeVisible();
  await expect(detail.getByRole('button', { name: /Edit Country: Germany/ })).toBeVisible();
  await expect(detail.getByText('Events', { exact: false }).first()).toBeVisible();

  // A note (Ctrl+Enter), a tag and a reminder.
  await detail.getByLabel('New note').fill('Wants a quote for 40 booster pumps, delivery Q3.');
  await detail.getByLabel('New note').press('Control+Enter');
  await expect(detail.getByTestId('note')).toContainText('40 booster pumps');
  await expect(detail.getByTestId('note')).toContainText('Rana Haddad');

  await detail.getByLabel('Add tag').fill('pumps');
  await detail.getByLabel('Add tag').press('Enter');
  await expect(detail.getByRole('list', { name: 'Tags on this lead' })).toContainText('pumps');

  await detail.getByLabel('Reminder title').fill('Send the pump quote');
  await detail.getByLabel('Kind').selectOption('email');
  await detail.getByRole('button', { name: 'Add reminder' }).click();
  await expect(detail.getByTestId('lead-reminder')).toContainText('Send the pump quote');

  // Inline edit with validation: a bad email is refused with a message, a good one is saved.
  await detail.getByRole('button', { name: /Edit Job title/ }).click();
  await page.keyboard.type('Head of Purchasing');
  await page.keyboard.press('Enter');
  await expect(detail.getByRole('button', { name: /Edit Job title: Head of Purchasing/ })).toBeVisible();

  await page.reload();
  const reloaded = page.getByRole('complementary', { name: 'Jonas Weber' });
  await expect(reloaded).toBeVisible();
  await expect(reloaded.getByTestId('note')).toContainText('40 booster pumps');
  await expect(reloaded.getByRole('list', { name: 'Tags on this lead' })).toContainText('pumps');
  await expect(reloaded.getByTestId('lead-reminder')).toContainText('Send the pump quote');
  await expect(reloaded.getByRole('button', { name: /Edit Job title: Head of Purchasing/ })).toBeVisible();
  await expect(reloaded.getByRole('list', { name: 'Activity timeline' })).toContainText('Lead created');

  // Escape closes the lead; the list keeps all three.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await page.getByLabel('Search leads').fill('');
  await expect(page.getByText('3 of 3 leads')).toBeVisible();
});
