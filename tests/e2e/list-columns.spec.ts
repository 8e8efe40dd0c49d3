import { expect, test } from '@playwright/test';

test('the list shows temperature, engagement and urgency, and filters by temperature', async ({ page }) => {
  await page.goto('/?e2e=1&seed-demo=80&seed=9');
  await page.getByLabel('Your name').fill('Rana Haddad');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Loaded 80 demo leads')).toBeVisible();
  await expect(page.getByText('80 of 80 leads')).toBeVisible();

  for (const name of ['Score', 'Temperature', 'Engagement', 'Urgency']) {
    await expect(page.getByRole('columnheader', { name, exact: true })).toBeVisible();
  }
  const firstRow = page.getByTestId('lead-row').first();
  await expect(firstRow.locator('.cell-temperature')).toHaveText(/^(Hot|Warm|Cool|Cold)$/);
  await expect(firstRow.locator('.cell-engagementLevel')).toHaveText(/^(Hot|Warm|Interested|Cold|Unresponsive|Not assessed)$/);
  await expect(firstRow.locator('.cell-urgency')).toHaveText(/^\d+(\.\d+)?$/);
  // The score badge is coloured by the lead's temperature.
  const temperature = (await firstRow.locator('.cell-temperature').textContent())?.toLowerCase();
  await expect(firstRow.locator('.cell-score .score')).toHaveClass(new RegExp(`score-${temperature}`));

  // Filter by the warmest temperature the demo leads have (which ones depends on the scoring).
  const counts = await page.evaluate(() => {
    const list = window.__leadCenterTest?.data.leadList;
    const all = list?.query({ filters: { search: '', groups: [], sources: [], tags: [], countries: [] }, sort: null }) ?? [];
    return ['hot', 'warm', 'cool', 'cold'].map((temperature) => ({ temperature, count: all.filter((row) => row.temperature === temperature).length }));
  });
  const chosen = counts.find((c) => c.count > 0 && c.count < 80);
  expect(chosen, `demo leads of more than one temperature: ${JSON.stringify(counts)}`).toBeDefined();
  const label = chosen!.temperature[0]!.toUpperCase() + chosen!.temperature.slice(1);
  await page.getByRole('button', { name: 'Filter by temperature' }).click();
  await page.getByRole('checkbox', { name: label, exact: true }).check();
  await page.keyboard.press('Escape');
  await expect(page.getByText(`${chosen!.count} of 80 leads`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Filter by temperature' })).toHaveText('Temperature (1)');
  const temperatures = await page.getByTestId('lead-row').locator('.cell-temperature').allTextContents();
  expect(temperatures.length).toBeGreaterThan(0);
  expect(new Set(temperatures)).toEqual(new Set([label]));

  // Sorting by urgency, most urgent first.
  await page.getByRole('columnheader', { name: 'Urgency' }).getByRole('button').click();
  await page.getByRole('columnheader', { name: 'Urgency' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'Urgency' })).toHaveAttribute('aria-sort', 'descending');
  // The rows follow the header a moment later (the list query runs after the click is shown).
  await expect
    .poll(async () => {
      const urgencies = (await page.getByTestId('lead-row').locator('.cell-urgency').allTextContents()).map(Number);
      return urgencies.length > 0 && urgencies.every((u, i) => i === 0 || (urgencies[i - 1] as number) >= u);
    })
    .toBe(true);

  // The engagement filter offers "Not assessed" for leads without a level.
  await page.getByRole('button', { name: 'Filter by engagement' }).click();
  await expect(page.getByRole('checkbox', { name: 'Not assessed' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Columns can be hidden like the others.
  await page.getByRole('button', { name: 'Choose columns' }).click();
  await page.getByRole('checkbox', { name: 'Urgency' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('columnheader', { name: 'Urgency' })).toHaveCount(0);
});
