import { expect, test } from '@playwright/test';
import { openFreshApp, seedLeads } from './helpers';

test('a saved view keeps filters, sort and columns, and survives a reload', async ({ page }) => {
  await openFreshApp(page);
  await seedLeads(page, [
    { name: 'Ana Souza', company: 'Brasil Eolica', country: 'BR' },
    { name: 'Bruno Lima', company: 'Rio Turbinas', country: 'BR' },
    { name: 'Carla Mendes', company: 'Lisboa Solar', country: 'PT' },
  ]);
  await expect(page.getByText('3 of 3 leads')).toBeVisible();

  await page.getByRole('button', { name: 'Filter by country' }).click();
  await page.getByRole('checkbox', { name: 'Brazil (BR)' }).check();
  await page.keyboard.press('Escape');
  await page.getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
  await page.getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  await page.getByRole('button', { name: 'Choose columns' }).click();
  await page.getByRole('checkbox', { name: 'Tags' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('columnheader', { name: 'Tags' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Save view' }).click();
  await page.getByLabel('View name').fill('Brazil');
  await page.getByLabel('View name').press('Enter');
  await expect(page.getByLabel('Saved view')).toHaveValue(/view-/);

  await page.getByLabel('Saved view').selectOption({ label: 'All leads' });
  await expect(page.getByText('3 of 3 leads')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Tags' })).toBeVisible();

  await page.reload();
  await page.getByLabel('Saved view').selectOption({ label: 'Brazil' });
  await expect(page.getByText('2 of 3 leads')).toBeVisible();
  await expect(page.getByTestId('lead-row').first()).toContainText('Bruno Lima');
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('columnheader', { name: 'Tags' })).toHaveCount(0);
});
