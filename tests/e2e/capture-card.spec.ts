import { expect, test } from '@playwright/test';
import { openFreshApp, startCaptureSession } from './helpers';

const vcard = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Suleiman;Karim;;;',
  'FN:Karim Suleiman',
  'ORG:Levant Power Systems',
  'TITLE:Chief Engineer',
  'EMAIL;TYPE=WORK:karim@levantpower.com',
  'TEL;TYPE=CELL:+962 79 555 0101',
  'ADR;TYPE=WORK:;;1 King Hussein St;Amman;;11118;Jordan',
  'END:VCARD',
].join('\r\n');

test('pasting a vCard anywhere in the capture form fills it, offline', async ({ page, context }) => {
  await openFreshApp(page);
  await context.setOffline(true);
  await expect(page.getByRole('status', { name: 'Sync status' })).toHaveText('Offline — everything is saved on this device');

  await startCaptureSession(page, 'Jordan Energy Forum');
  // A badge scanner types or pastes into whichever field has focus.
  await page.getByLabel('Job title').focus();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, vcard);

  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Karim Suleiman');
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue('karim@levantpower.com');
  await expect(page.getByLabel('Phone')).toHaveValue('+962 79 555 0101');
  await expect(page.getByLabel('Company')).toHaveValue('Levant Power Systems');
  await expect(page.getByLabel('Job title')).toHaveValue('Chief Engineer');
  await expect(page.getByLabel('Country')).toHaveValue(/JO|Jordan/);
  await expect(page.getByTestId('capture-status')).toHaveText('Filled from the vCard.');

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('capture-status')).toHaveText('Saved Karim Suleiman. Ready for the next lead.');
  await expect(page.getByTestId('capture-session')).toContainText('1 lead captured');

  // An invalid email is explained at the field, and nothing is saved.
  await page.keyboard.type('Nadia Saleh');
  await page.keyboard.press('Tab');
  await page.keyboard.type('nadia@@example');
  await page.keyboard.press('Enter');
  const email = page.getByLabel('Email', { exact: true });
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  const describedBy = await email.getAttribute('aria-describedby');
  await expect(page.locator(`[id="${describedBy}"]`)).not.toBeEmpty();
  await expect(email).toBeFocused();
  await expect(page.getByTestId('capture-session')).toContainText('1 lead captured');
});
