import { expect, test, type Page } from '@playwright/test';
import { openFreshApp } from './helpers';

/** Moves within the app (no reload). */
async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((to) => {
    window.location.hash = to;
  }, hash);
}

/** Two qualified leads of one company; the first is converted through the data handle (setup). */
async function seedCompany(page: Page): Promise<{ first: string; second: string; accountId: string }> {
  return page.evaluate(async () => {
    const data = window.__leadCenterTest?.data;
    if (!data) throw new Error('test hooks missing: open the app with ?e2e=1');
    const company = { size: null, annualRevenue: null, industry: 'Energy', website: '' };
    const first = await data.createLead({ name: 'Ana Ruiz', email: 'ana@gulfturbines.ae', group: 'qualified', company: { ...company, name: 'Gulf Turbines L.L.C.' } });
    const second = await data.createLead({
      name: 'Omar Said',
      email: 'omar@gulfturbines.ae',
      jobTitle: 'Procurement lead',
      group: 'qualified',
      company: { ...company, name: 'Gulf Turbines', industry: 'Power generation', website: 'https://gulfturbines.ae' },
    });
    const converted = await data.conversion.convert(first.id, { contact: { mode: 'new' }, account: { mode: 'new' } });
    return { first: first.id, second: second.id, accountId: converted.accountId ?? '' };
  });
}

test('a qualified lead converts into an existing account, shows what it became, the account lists both contacts and their history, and Undo takes it back', async ({ page }) => {
  await openFreshApp(page);
  const { second, accountId } = await seedCompany(page);
  expect(accountId).not.toBe('');

  await go(page, `#/leads/${second}`);
  await expect(page.getByRole('heading', { name: 'Omar Said', level: 2 })).toBeVisible();
  const section = page.getByTestId('conversion-section');
  await section.getByRole('button', { name: 'Convert to contact…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Convert Omar Said to a contact' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('convert-ready')).toContainText('group Qualified');
  // Found by the e-mail domain and the company name without its legal form, and chosen.
  const existing = dialog.getByRole('radio', { name: /Existing: Gulf Turbines L\.L\.C\./ });
  await expect(existing).toBeChecked();
  await expect(dialog.getByText("Same domain gulfturbines.ae (lead's website, Ana Ruiz's email)")).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'New contact' })).toBeChecked();
  // The preview: the account's industry is kept, its empty website filled.
  const preview = dialog.getByTestId('convert-preview');
  await expect(preview.getByRole('row', { name: /Account: Website .* Fills the empty field/ })).toBeVisible();
  const industry = preview.getByRole('row', { name: /Account: Industry/ });
  await expect(industry).toContainText('Power generation');
  await expect(industry).toContainText('Energy');
  await expect(industry.getByLabel('Overwrite')).not.toBeChecked();

  // Keyboard: the Convert button is reached and pressed without the mouse.
  const convert = dialog.getByRole('button', { name: 'Convert', exact: true });
  await expect(convert).toBeEnabled();
  await convert.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // The lead stays, in Customer, linked to its contact and account.
  await expect(page.getByLabel('Group', { exact: true })).toHaveValue('customer');
  const links = page.getByTestId('conversion-links');
  await expect(links).toContainText('Became contact Omar Said at account Gulf Turbines L.L.C.');
  await expect(page.getByRole('list', { name: 'Activity timeline' })).toContainText('Converted to a contact at an account');

  // The account page: both contacts and the history of both leads; the website was filled.
  await links.getByRole('link', { name: 'Gulf Turbines L.L.C.' }).click();
  await expect(page.getByRole('heading', { name: 'Gulf Turbines L.L.C.', level: 1 })).toBeVisible();
  const contacts = page.getByTestId('account-contacts');
  await expect(contacts.getByRole('link')).toHaveText(['Ana Ruiz', 'Omar Said']);
  await expect(page.getByText('https://gulfturbines.ae')).toBeVisible();
  const history = page.getByTestId('history');
  await expect(history.locator('li', { hasText: 'Ana Ruiz: Converted to a contact at an account' })).toHaveCount(1);
  await expect(history.locator('li', { hasText: 'Omar Said: Converted to a contact at an account' })).toHaveCount(1);
  await expect(history.locator('li', { hasText: 'Lead created' })).toHaveCount(2);

  // The contact page links back to its account and its lead.
  await contacts.getByRole('link', { name: 'Omar Said' }).click();
  await expect(page.getByRole('heading', { name: 'Omar Said', level: 1 })).toBeVisible();
  await expect(page.getByText('Procurement lead')).toBeVisible();

  // Undo from the lead page: back in Qualified, the contact gone, the account's website empty again.
  await go(page, `#/leads/${second}`);
  await page.getByTestId('conversion-section').getByRole('button', { name: 'Undo conversion' }).click();
  await expect(page.getByLabel('Group', { exact: true })).toHaveValue('qualified');
  await expect(page.getByTestId('conversion-section').getByRole('button', { name: 'Convert to contact…' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Activity timeline' })).toContainText('Conversion undone');

  await go(page, `#/accounts`);
  await expect(page.getByRole('row', { name: /Gulf Turbines L\.L\.C\. Energy — 1/ })).toBeVisible();
  await page.getByRole('link', { name: 'Gulf Turbines L.L.C.' }).click();
  await expect(page.getByTestId('account-contacts').getByRole('link')).toHaveText(['Ana Ruiz']);
});
