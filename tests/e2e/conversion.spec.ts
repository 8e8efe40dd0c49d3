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

test('the mapping edited in Settings → Conversion decides where a custom field goes', async ({ page }) => {
  await openFreshApp(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('tab', { name: 'Conversion' }).click();
  await expect(page.getByRole('heading', { name: 'Conversion', level: 2 })).toBeVisible();
  const save = page.getByRole('button', { name: 'Save mapping' });
  await expect(save).toBeDisabled();

  // A new line starts blank: named as a problem, and the mapping cannot be saved until it is filled.
  await page.getByRole('button', { name: 'Add a line' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Line 15' }).first()).toBeVisible();
  await expect(save).toBeDisabled();
  await page.getByLabel('Line 15 lead field: custom field key', { exact: true }).fill('po');
  await page.getByLabel('Line 15 goes to', { exact: true }).selectOption('account');
  await page.getByLabel('Line 15 account field: custom field key', { exact: true }).fill('lastPo');
  await page.getByLabel("The lead's other custom fields go to").selectOption('skip');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await save.click();
  await expect(save).toBeDisabled();

  const leadId = await page.evaluate(async () => {
    const data = window.__leadCenterTest?.data;
    if (!data) throw new Error('test hooks missing');
    const lead = await data.createLead({ name: 'Lina Haddad', email: 'lina@desalco.com', group: 'qualified', company: { name: 'Desalco', size: null, annualRevenue: null, industry: '', website: '' }, customFields: { po: 'PO-77', note: 'call after Eid' } });
    return lead.id;
  });
  await go(page, `#/leads/${leadId}`);
  await page.getByTestId('conversion-section').getByRole('button', { name: 'Convert to contact…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Convert Lina Haddad to a contact' });
  const preview = dialog.getByTestId('convert-preview');
  await expect(preview.getByRole('row', { name: /po \(custom\) Account: lastPo \(custom\) PO-77 Copied/ })).toBeVisible();
  await expect(preview.getByText('note (custom)')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Convert', exact: true }).click();
  await expect(dialog).toBeHidden();

  await page.getByTestId('conversion-links').getByRole('link', { name: 'Desalco' }).click();
  await expect(page.getByRole('heading', { name: 'Desalco', level: 1 })).toBeVisible();
  await expect(page.locator('.inline-field', { hasText: 'lastPo' })).toContainText('PO-77');
  await expect(page.getByText('call after Eid')).toHaveCount(0);
});
