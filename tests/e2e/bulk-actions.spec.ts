import { expect, test } from '@playwright/test';
import { openFreshApp, seedLeads } from './helpers';

test('bulk move to a group, then delete with undo', async ({ page }) => {
  await openFreshApp(page);
  await seedLeads(page, [
    { name: 'Alpha Anders', company: 'Nordic Hydro', country: 'NO' },
    { name: 'Bravo Brandt', company: 'Nordic Hydro', country: 'NO' },
    { name: 'Charlie Chen', company: 'Nordic Hydro', country: 'NO' },
    { name: 'Delta Diaz', company: 'Andes Solar', country: 'CL' },
    { name: 'Echo Eze', company: 'Lagos Grid', country: 'NG' },
  ]);
  await expect(page.getByText('5 of 5 leads')).toBeVisible();

  // Sort by name (click the header: ascending), then select a range with shift-click.
  const nameHeader = page.getByRole('columnheader', { name: 'Name' });
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  const rows = page.getByTestId('lead-row');
  await expect(rows.first()).toContainText('Alpha Anders');
  await page.getByRole('checkbox', { name: 'Select Alpha Anders' }).click();
  await page.getByRole('checkbox', { name: 'Select Charlie Chen' }).click({ modifiers: ['Shift'] });
  await expect(page.getByText('3 leads selected')).toBeVisible();

  await page.getByLabel('Group to move to').selectOption({ label: 'Qualified' });
  await page.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Moved 3 leads to Qualified');
  for (const name of ['Alpha Anders', 'Bravo Brandt', 'Charlie Chen']) {
    await expect(rows.filter({ hasText: name })).toContainText('Qualified');
  }
  await expect(rows.filter({ hasText: 'Delta Diaz' })).toContainText('Untouched');

  // Filter by the group, select all matching, delete; Undo brings them back.
  await page.getByRole('button', { name: 'Filter by group' }).click();
  await page.getByRole('checkbox', { name: 'Qualified' }).check();
  await page.keyboard.press('Escape');
  await expect(page.getByText('3 of 5 leads')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Select all matching leads' }).check();
  await expect(page.getByText('3 leads selected')).toBeVisible();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const toasts = page.getByRole('status', { name: 'Notifications' });
  await expect(toasts).toContainText('Deleted 3 leads');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByText('2 of 2 leads')).toBeVisible();

  await toasts.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('5 of 5 leads')).toBeVisible();
  await expect(rows.filter({ hasText: 'Bravo Brandt' })).toContainText('Qualified');
});
