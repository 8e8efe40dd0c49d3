import { expect, test, type Page } from '@playwright/test';
import { openFreshApp, seedLeads } from './helpers';

async function openCriteria(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  const general = page.getByRole('tab', { name: 'General' });
  await general.focus();
  // General → Connect → Scoring criteria, by keyboard.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('tab', { name: 'Connect' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('tab', { name: 'Scoring criteria' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Scoring criteria' })).toBeVisible();
}

async function maximum(page: Page): Promise<number> {
  const text = (await page.getByTestId('max-weighted').textContent()) ?? '';
  const value = Number(text.replace(/,/g, ''));
  expect(Number.isFinite(value), `maximum "${text}" is a number`).toBe(true);
  return value;
}

test('changing a criterion weight shows the new maximum, saves, rescores, and defaults can be restored with undo', async ({ page }) => {
  await openFreshApp(page);
  await seedLeads(page, [
    { name: 'Jonas Weber', email: 'j.weber@rheinpumpen.de', company: 'Rhein Pumpen', country: 'DE' },
    { name: 'Ana Souza', company: 'Brasil Eolica', country: 'BR' },
  ]);
  await openCriteria(page);

  const before = await maximum(page);
  const weight = page.getByLabel('Weight for Contacts');
  await expect(weight).toHaveValue('4');

  // A weight outside 1–5 is refused beside the field; Escape puts the old value back.
  await weight.fill('7');
  await expect(page.getByText('use a whole number from 1 to 5')).toBeVisible();
  await weight.press('Escape');
  await expect(weight).toHaveValue('4');
  await expect(page.getByText('All changes saved')).toBeVisible();

  await weight.fill('5');
  await weight.press('Enter');
  await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
  // Unsaved edits survive leaving the page, and the section says it has some.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leads', exact: true }).click();
  await openCriteria(page);
  await expect(page.getByRole('tab', { name: 'Scoring criteria (unsaved changes)' })).toBeVisible();
  await expect(page.getByLabel('Weight for Contacts')).toHaveValue('5');
  // Contacts has 5 max points: one more weight step adds 5 to the maximum.
  await expect.poll(() => maximum(page)).toBe(before + 5);

  await page.getByRole('button', { name: 'Save scoring criteria' }).click();
  await expect(page.getByText('All changes saved')).toBeVisible();
  await expect(page.getByText(/Scores updated: \d+ leads? changed/)).toBeVisible();
  expect(await maximum(page)).toBe(before + 5);

  // The saved model survives a reload, and the address keeps the section.
  await expect(page).toHaveURL(/#\/settings\/criteria$/);
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Scoring criteria' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Weight for Contacts')).toHaveValue('5');

  await page.getByRole('button', { name: 'Restore defaults…' }).click();
  await page.getByRole('button', { name: 'Yes, restore defaults' }).click();
  await expect(page.getByLabel('Weight for Contacts')).toHaveValue('4');
  expect(await maximum(page)).toBe(before);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Weight for Contacts')).toHaveValue('5');
});

test('criteria are grouped G1–G5, sortable within groups, and list choices are editable', async ({ page }) => {
  await openFreshApp(page);
  await openCriteria(page);

  const table = page.locator('table.criteria-table');
  for (const group of ['G1', 'G2', 'G3', 'G4', 'G5']) {
    await expect(table.getByRole('columnheader', { name: new RegExp(`^${group} ·.*of the maximum`) })).toBeVisible();
  }
  const g1Names = () => table.locator('tbody').first().locator('tr:not(.criteria-group-row) th[scope="row"] > span').allTextContents();
  const weightHeader = table.getByRole('columnheader', { name: 'Weight', exact: true });
  await weightHeader.getByRole('button').click();
  await expect(weightHeader).toHaveAttribute('aria-sort', 'ascending');
  // G1's weights sorted ascending: Lead Source (2) first, Primary Email Address (5) last.
  expect((await g1Names())[0]).toBe('Lead Source');
  expect((await g1Names()).at(-1)).toBe('Primary Email Address');

  await expect(page.getByText('No target regions yet')).toBeVisible();
  await page.getByLabel('Add to target regions').selectOption({ label: 'United Arab Emirates (AE)' });
  await page.getByRole('button', { name: 'Add' }).first().click();
  await expect(page.getByRole('list', { name: 'Target regions' })).toContainText('United Arab Emirates (AE)');

  // Temperature bands must keep descending.
  await page.getByLabel('Warm from score').fill('75');
  await expect(page.getByText('Temperature bands: each band must start below the one above it.')).toBeVisible();
  await page.getByRole('button', { name: 'Save scoring criteria' }).click();
  await expect(page.getByText('Some settings need fixing before they can be saved')).toBeVisible();
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByLabel('Warm from score')).toHaveValue('50');
  await expect(page.getByText('No target regions yet')).toBeVisible();
});
