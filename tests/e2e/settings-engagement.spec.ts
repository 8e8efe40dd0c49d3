import { expect, test, type Page } from '@playwright/test';
import { openFreshApp } from './helpers';

interface StoredEngagement {
  silence: { shortDays: number; longDays: number };
  urgency: Record<string, { min: number; max: number }>;
  followUp: Record<string, { action: string; afterDays: number; label: string }[]>;
}

async function openEngagement(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('tab', { name: 'Engagement levels' }).click();
  await expect(page.getByRole('tab', { name: 'Engagement levels' })).toHaveAttribute('aria-selected', 'true');
}

const storedEngagement = (page: Page) => page.evaluate(() => window.__leadCenterTest?.data.getConfig<StoredEngagement>('engagement', 'default'));

test('engagement levels: a changed WARM follow-up is checked, saved, survives a reload, and defaults come back', async ({ page }) => {
  await openFreshApp(page);
  await openEngagement(page);

  const warm = page.getByRole('region', { name: 'WARM', exact: true });
  const firstWarmStep = warm.getByLabel('WARM step 1 after (days)');
  await expect(firstWarmStep).toHaveValue('3');
  await expect(page.getByLabel('Short silence (days)')).toHaveValue('7');
  // Pipeline stages are shown, not edited.
  await expect(page.getByRole('row', { name: /Negotiation/ })).toContainText('HOT + requested a quote');

  await firstWarmStep.fill('4');
  await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Engagement levels (unsaved changes)' })).toBeVisible();

  // Rows can be added and removed.
  await warm.getByRole('button', { name: 'Add a step to WARM' }).click();
  await expect(warm.getByLabel('WARM step 4 after (days)')).toHaveValue('15');
  await warm.getByRole('button', { name: 'Remove WARM step 4' }).click();
  await expect(warm.getByLabel('WARM step 4 after (days)')).toHaveCount(0);

  // The schema's checks are shown beside the fields and block the save.
  await warm.getByLabel('WARM lowest urgency (0–10)').fill('8');
  await page.getByLabel('Short silence (days)').fill('20');
  await page.getByRole('button', { name: 'Save engagement levels' }).click();
  await expect(warm.getByText('the lowest urgency must not exceed the highest')).toBeVisible();
  await expect(page.getByText('the short silence must not be longer than the long one')).toBeVisible();
  await expect(page.getByText('Some settings need fixing')).toBeVisible();
  expect(await storedEngagement(page)).toBeNull();
  await warm.getByLabel('WARM lowest urgency (0–10)').fill('5');
  await page.getByLabel('Short silence (days)').fill('7');

  await page.getByRole('button', { name: 'Save engagement levels' }).click();
  await expect(page.getByText('All changes saved')).toBeVisible();
  await expect(page.getByText('the lowest urgency must not exceed the highest')).toHaveCount(0);
  const stored = await storedEngagement(page);
  expect(stored?.followUp.WARM?.map((s) => s.afterDays)).toEqual([4, 5, 10]);
  expect(stored?.urgency.WARM).toEqual({ min: 5, max: 7, recencyDays: 14 });
  expect(stored?.silence).toEqual({ shortDays: 7, longDays: 14 });

  // The saved thresholds survive a reload, and the address keeps the section.
  await expect(page).toHaveURL(/#\/settings\/engagement$/);
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Engagement levels' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('WARM step 1 after (days)')).toHaveValue('4');

  await page.getByRole('button', { name: 'Restore defaults…' }).click();
  await page.getByRole('button', { name: 'Yes, restore defaults' }).click();
  await expect(page.getByLabel('WARM step 1 after (days)')).toHaveValue('3');
  await expect.poll(() => storedEngagement(page)).toBeNull();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('WARM step 1 after (days)')).toHaveValue('4');
});
