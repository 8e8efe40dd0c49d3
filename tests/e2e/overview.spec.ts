import { expect, test, type Page } from '@playwright/test';

/** A fresh app filled with `count` deterministic demo leads (the seed-demo request). */
async function openWithDemoLeads(page: Page, count: number, seed: number): Promise<void> {
  await page.goto(`/?e2e=1&seed-demo=${count}&seed=${seed}`);
  await page.getByLabel('Your name').fill('Rana Haddad');
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Loaded ${count} demo leads`)).toBeVisible();
  await expect(page.getByText(`${count} of ${count} leads`)).toBeVisible();
}

/** The numbers of an Overview table (visually hidden or shown), by its caption. */
async function tableCounts(page: Page, caption: string): Promise<{ rows: Record<string, number>; total: number }> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
  const rows: Record<string, number> = {};
  for (const row of await table.locator('tbody tr').all()) {
    const label = (await row.locator('th').textContent())?.trim() ?? '';
    rows[label] = Number((await row.locator('td').first().textContent())?.replace(/\D/g, ''));
  }
  const total = Number((await table.getByTestId('table-total').textContent())?.replace(/\D/g, ''));
  return { rows, total };
}

const sum = (values: Record<string, number>): number => Object.values(values).reduce((a, b) => a + b, 0);

test('the overview counts what the list holds, and its filters change every chart', async ({ page }) => {
  await openWithDemoLeads(page, 120, 4);

  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('heading', { name: 'Leads overview' })).toBeVisible();
  await expect(page.getByTestId('overview-total')).toHaveText('120 leads');
  for (const title of ['Leads per group', 'Score distribution', 'Temperature', 'Engagement level']) {
    await expect(page.getByRole('heading', { name: title, exact: true })).toBeVisible();
  }
  // Every breakdown adds up to the list's count.
  const groups = await tableCounts(page, 'Leads per group');
  expect(groups.total).toBe(120);
  expect(sum(groups.rows)).toBe(120);
  for (const caption of ['Score distribution', 'Temperature', 'Engagement level']) {
    const counts = await tableCounts(page, caption);
    expect(counts.total).toBe(120);
    expect(sum(counts.rows)).toBe(120);
  }
  // The charts are drawn (recharts renders SVG bars and pie slices).
  await expect(page.locator('.overview-chart .recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.locator('.overview-chart .recharts-pie-sector').first()).toBeVisible();

  // Filter by the largest group: every total becomes that group's count.
  const [groupName, groupCount] = Object.entries(groups.rows)[0]!;
  expect(groupCount).toBeLessThan(120);
  await page.getByRole('button', { name: 'Filter by group' }).click();
  await page.getByRole('checkbox', { name: groupName, exact: true }).check();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('overview-total')).toHaveText(`${groupCount} of 120 leads`);
  const filtered = await tableCounts(page, 'Leads per group');
  expect(filtered).toEqual({ rows: { [groupName]: groupCount }, total: groupCount });
  expect((await tableCounts(page, 'Temperature')).total).toBe(groupCount);
  expect(sum((await tableCounts(page, 'Engagement level')).rows)).toBe(groupCount);

  // "Show as table" puts the same numbers on screen.
  const groupCard = page.getByRole('region', { name: 'Leads per group' });
  await groupCard.getByRole('button', { name: 'Show as table' }).click();
  await expect(groupCard.getByRole('table')).toBeVisible();
  await expect(groupCard.getByRole('row', { name: new RegExp(`^${groupName} ${groupCount}`) })).toBeVisible();

  // The list, filtered by the same group, shows the same count.
  await page.keyboard.press('Alt+1');
  await page.getByRole('button', { name: 'Filter by group' }).click();
  await page.getByRole('checkbox', { name: groupName, exact: true }).check();
  await page.keyboard.press('Escape');
  await expect(page.getByText(`${groupCount} of 120 leads`)).toBeVisible();

  // Alt+2 comes back to the overview, with its filter kept; it follows new leads live.
  await page.keyboard.press('Alt+2');
  await expect(page.getByTestId('overview-total')).toHaveText(`${groupCount} of 120 leads`);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByTestId('overview-total')).toHaveText('120 leads');
  await page.evaluate(async () => {
    await window.__leadCenterTest?.data.createLead({ name: 'Live Overview Lead' });
  });
  await expect(page.getByTestId('overview-total')).toHaveText('121 leads');
});

test('an empty database shows an empty overview that says what to do', async ({ page }) => {
  await page.goto('/?e2e=1#/overview');
  await page.getByLabel('Your name').fill('Rana Haddad');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__leadCenterTest?.data.leadList.ready === true);
  await expect(page.getByRole('heading', { name: 'Leads overview' })).toBeVisible();
  await expect(page.getByText('No leads yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Capture a lead' })).toBeVisible();
});
