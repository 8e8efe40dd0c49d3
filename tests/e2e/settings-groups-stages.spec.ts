import { expect, test, type Page } from '@playwright/test';
import { openFreshApp, seedLeads } from './helpers';

async function openSettingsSection(page: Page, section: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('tab', { name: section }).click();
  await expect(page.getByRole('tab', { name: section })).toHaveAttribute('aria-selected', 'true');
}

async function openLead(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leads', exact: true }).click();
  await page.getByTestId('lead-row').filter({ hasText: name }).click();
  const detail = page.getByRole('complementary', { name });
  await expect(detail).toBeVisible();
  return detail;
}

async function groupOf(page: Page, id: string): Promise<string | undefined> {
  return page.evaluate(async (leadId) => (await window.__leadCenterTest?.data.getLead(leadId))?.group, id);
}

test('an own group is offered in the lead detail, and removing it first moves its leads', async ({ page }) => {
  await openFreshApp(page);
  const [jonasId] = await seedLeads(page, [{ name: 'Jonas Weber', email: 'j.weber@rheinpumpen.de', company: 'Rhein Pumpen', country: 'DE' }]);
  if (jonasId === undefined) throw new Error('seeding failed');
  await openSettingsSection(page, 'Groups');

  await expect(page.getByRole('row', { name: /Spam\/Blocked\/Deleted/ })).toContainText('Never emailed');
  await page.getByLabel('Name of the Nurturing group').fill('Warming up');
  await page.getByLabel('New group name').fill('Trade show 2026');
  await page.getByLabel('New group description').fill('Met at Middle East Energy');
  await page.getByRole('checkbox', { name: 'Never email leads in this group' }).check();
  await page.getByRole('button', { name: 'Add group' }).click();
  await expect(page.getByTestId('own-group-trade_show_2026').getByLabel('Group name')).toHaveValue('Trade show 2026');

  // Two groups with one name are refused beside the names.
  await page.getByLabel('New group name').fill('warming up');
  await page.getByRole('button', { name: 'Add group' }).click();
  await expect(page.getByText('two groups have the same name')).toBeVisible();
  await page.getByLabel('New group name').fill('');

  await page.getByRole('button', { name: 'Save groups' }).click();
  await expect(page.getByText('All changes saved')).toBeVisible();

  const detail = await openLead(page, 'Jonas Weber');
  const groupSelect = detail.locator('#lead-group');
  await expect(groupSelect.getByRole('option', { name: 'Trade show 2026' })).toHaveCount(1);
  await expect(groupSelect.getByRole('option', { name: 'Warming up' })).toHaveCount(1);
  await groupSelect.selectOption({ label: 'Trade show 2026' });
  await expect.poll(() => groupOf(page, jonasId)).toBe('trade_show_2026');

  await openSettingsSection(page, 'Groups');
  // Restoring the defaults would strand the lead in a group that no longer exists: refused.
  await page.getByRole('button', { name: 'Restore defaults…' }).click();
  await page.getByRole('button', { name: 'Yes, restore defaults' }).click();
  await expect(page.getByText('Leads are in “Trade show 2026”; remove those groups first')).toBeVisible();
  await expect(page.getByTestId('own-group-trade_show_2026')).toHaveCount(1);

  await page.getByRole('button', { name: 'Remove group Trade show 2026' }).click();
  const removal = page.getByRole('group', { name: 'Remove group Trade show 2026' });
  await expect(removal).toContainText('1 lead is in “Trade show 2026”');
  await removal.getByLabel('Move its leads to').selectOption({ label: 'Qualified' });
  await removal.getByRole('button', { name: 'Move leads and remove group' }).click();
  await expect(page.getByTestId('own-group-trade_show_2026')).toHaveCount(0);
  await expect.poll(() => groupOf(page, jonasId)).toBe('qualified');
  await page.getByRole('button', { name: 'Save groups' }).click();
  await expect(page.getByText('All changes saved')).toBeVisible();

  const after = await openLead(page, 'Jonas Weber');
  await expect(after.locator('#lead-group').getByRole('option', { name: 'Trade show 2026' })).toHaveCount(0);
});

test('a renamed stage and a changed event map are saved and shown in the lead detail', async ({ page }) => {
  await openFreshApp(page);
  await seedLeads(page, [{ name: 'Ana Souza', company: 'Brasil Eolica', country: 'BR' }]);
  await openSettingsSection(page, 'Customer stages');

  await expect(page.getByText('only forward')).toBeVisible();
  await expect(page.getByLabel('Stage after Quote request')).toHaveValue('intentional_leads');
  await page.getByLabel('Name of the Primary Leads stage').fill('Engaged');
  await page.getByLabel('Stage after Phone call').selectOption({ label: 'Engaged' });
  await page.getByLabel('Stage after Email opened').selectOption({ label: 'Engaged' });
  await expect(page.getByLabel('Stage after Email opened')).toHaveValue('primary_leads');
  await page.getByRole('button', { name: 'Save customer stages' }).click();
  await expect(page.getByText('All changes saved')).toBeVisible();

  const stored = await page.evaluate(() => window.__leadCenterTest?.data.getConfig<{ names: Record<string, string>; advancingEvents: Record<string, string[]> }>('stages', 'default'));
  expect(stored?.names.primary_leads).toBe('Engaged');
  expect(stored?.advancingEvents.primary_leads).toEqual(expect.arrayContaining(['email_click', 'chat', 'download', 'call', 'email_open']));
  expect(stored?.advancingEvents.initial_contact).toEqual(['email_sent', 'page_view']);

  const detail = await openLead(page, 'Ana Souza');
  await expect(detail.locator('#lead-stage').getByRole('option', { name: 'Engaged' })).toHaveCount(1);
});

test('qualification options: add with a derived value, rank, reorder and relabel without changing stored values', async ({ page }) => {
  await openFreshApp(page);
  await openSettingsSection(page, 'Qualification options');

  const budget = page.getByRole('region', { name: 'Budget' });
  await budget.getByLabel('New budget option').fill('Very High Budget');
  await budget.getByLabel('New budget option').press('Enter');
  await expect(budget.getByText('very_high_budget')).toBeVisible();
  await budget.getByLabel('Rank of Very High Budget').selectOption('4');
  for (let i = 0; i < 4; i++) await budget.getByRole('button', { name: 'Move Very High Budget up' }).click();
  await expect(budget.getByRole('button', { name: 'Move Very High Budget up' })).toBeDisabled();
  await budget.getByLabel('Budget option 2 label').fill('Big Budget');

  // A duplicate label is refused beside the new-option field.
  await budget.getByLabel('New budget option').fill('big budget');
  await budget.getByRole('button', { name: 'Add option' }).click();
  await expect(budget.getByText('each option label appears once')).toBeVisible();

  await page.getByRole('button', { name: 'Save qualification options' }).click();
  await expect(page.getByText('All changes saved')).toBeVisible();
  const stored = await page.evaluate(() =>
    window.__leadCenterTest?.data.getConfig<{ budget: { value: string; label: string; rank: number | null }[] }>('qualification-options', 'default'),
  );
  expect(stored?.budget.slice(0, 2)).toEqual([
    { value: 'very_high_budget', label: 'Very High Budget', rank: 4 },
    { value: 'high', label: 'Big Budget', rank: 3 },
  ]);
});
