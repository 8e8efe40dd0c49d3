import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openFreshApp } from './helpers';

const day = 86_400_000;

/**
 * Six leads: three created 2 days ago, two 20 days ago, one 200 days ago, in known groups,
 * stages and sources; two email opens (1 and 20 days ago) and one draft written now.
 */
async function seedDashboardData(page: Page): Promise<void> {
  await page.evaluate(async (dayMs) => {
    const data = window.__leadCenterTest?.data;
    if (!data) throw new Error('test hooks missing');
    const now = Date.now();
    const lead = (n: number, daysAgo: number, channel: string, group: string, stage: string) => ({
      id: `dash-lead-${n}`,
      ownerId: data.seller.userId,
      teamId: data.seller.teamId,
      createdAt: now - daysAgo * dayMs,
      updatedAt: now - daysAgo * dayMs,
      name: `Dashboard Buyer ${n}`,
      email: `buyer${n}@dashboard.example`,
      source: { category: 'Test', channel, detail: '', event: '', capturedBy: '', captureSessionId: '' },
      group,
      stage,
    });
    // insertLeads validates each lead with the model (defaults fill the rest).
    await data.insertLeads([
      lead(1, 2, 'Events', 'qualified', 'confirmed_leads'),
      lead(2, 2, 'Events', 'untouched', 'initial_contact'),
      lead(3, 2, 'Website', 'untouched', 'unknown'),
      lead(4, 20, 'Events', 'customer', 'closed_customers'),
      lead(5, 20, 'Referral', 'nurturing', 'primary_leads'),
      lead(6, 200, 'Website', 'spam', 'unknown'),
    ] as unknown as Parameters<typeof data.insertLeads>[0]);
    await data.recordLeadEvent('dash-lead-1', { type: 'email_open', at: now - dayMs });
    await data.recordLeadEvent('dash-lead-4', { type: 'email_open', at: now - 20 * dayMs });
    await data.emails.createDraft({ leadId: 'dash-lead-1', kind: 'follow_up', subject: 'Your quote', body: 'Hello' });
  }, day);
  await page.waitForFunction(() => window.__leadCenterTest?.data.leadList.size === 6);
}

/** The rows of a dashboard table (visually hidden or shown), by its caption: first cell → the other cells. */
async function tableRows(page: Page, caption: string): Promise<Record<string, string[]>> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: new RegExp(`^${caption}$`) }) });
  const rows: Record<string, string[]> = {};
  for (const row of await table.locator('tbody tr').all()) {
    const label = ((await row.locator('th').textContent()) ?? '').trim();
    rows[label] = (await row.locator('td').allTextContents()).map((t) => t.trim());
  }
  return rows;
}

test('the dashboard counts the seeded leads, emails and events, follows the period and exports CSV', async ({ page }) => {
  await openFreshApp(page);
  await seedDashboardData(page);

  await page.locator('body').press('Alt+0');
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  // Last 30 days by default: five of the six leads.
  await expect(page.getByRole('combobox', { name: 'Period' })).toHaveValue('last30');
  await expect(page.getByTestId('dashboard-summary')).toContainText('5 leads created');
  for (const title of ['Leads by group', 'Leads by source', 'Funnel by customer stage', 'Score distribution', 'Temperature', 'Source effectiveness', 'Email metrics', 'Rule performance']) {
    await expect(page.getByRole('heading', { name: title, exact: true })).toBeVisible();
  }
  await expect(page.locator('.dashboard-chart .recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.locator('.dashboard-chart .recharts-pie-sector').first()).toBeVisible();

  expect(await tableRows(page, 'Leads by group')).toEqual({
    Untouched: ['2', '40.0%'],
    Customer: ['1', '20.0%'],
    Nurturing: ['1', '20.0%'],
    Qualified: ['1', '20.0%'],
  });
  expect(await tableRows(page, 'Leads by source')).toEqual({ Events: ['3', '60.0%'], Referral: ['1', '20.0%'], Website: ['1', '20.0%'] });
  const funnel = await tableRows(page, 'Funnel by customer stage');
  expect(Object.entries(funnel).map(([stage, cells]) => [stage, cells[1]])).toEqual([
    ['Unknown', '5'],
    ['Initial Contact', '4'],
    ['Primary Leads', '3'],
    ['Intentional Leads', '2'],
    ['Confirmed Leads', '2'],
    ['Closed Customers', '1'],
  ]);
  expect(funnel['Primary Leads']?.[2]).toBe('75.0%');
  expect((await tableRows(page, 'Source effectiveness')).Events).toEqual(['3', '2', '1', '66.7%', '33.3%', expect.stringMatching(/^\d+\.\d$/)]);
  // The email events are read once in the background; then the figures show.
  await expect(page.getByRole('region', { name: 'Email metrics' }).locator('.dashboard-chart')).toBeVisible();
  const emails = await tableRows(page, 'Email metrics');
  expect([emails.Drafted?.[0], emails.Sent?.[0], emails.Opened?.[0]]).toEqual(['1', '0', '2']);

  // Last 7 days: the three recent leads, one open.
  await page.getByRole('combobox', { name: 'Period' }).selectOption('last7');
  await expect(page.getByTestId('dashboard-summary')).toContainText('3 leads created');
  expect(await tableRows(page, 'Leads by group')).toEqual({ Untouched: ['2', '66.7%'], Qualified: ['1', '33.3%'] });
  expect((await tableRows(page, 'Email metrics')).Opened?.[0]).toBe('1');

  // "Show as table" puts the numbers on screen.
  const sourceCard = page.getByRole('region', { name: 'Leads by source' });
  await sourceCard.getByRole('button', { name: 'Show as table' }).click();
  await expect(sourceCard.getByRole('table')).toBeVisible();
  await expect(sourceCard.getByRole('row', { name: /^Events 2 66\.7%/ })).toBeVisible();

  // Export: the file is named after the chart and the period, and holds the table's rows.
  const from = await page.getByLabel('From', { exact: true }).inputValue();
  const to = await page.getByLabel('To', { exact: true }).inputValue();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Leads by source as CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`lead-center-leads-by-source-${from}-to-${to}.csv`);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv).toBe('\uFEFFSource,Leads,Share (%)\r\nEvents,2,66.7\r\nWebsite,1,33.3');

  // A custom period the wrong way round says why and keeps counting the last good one.
  const dayAfterTo = new Date(Date.parse(`${to}T00:00:00Z`) + day).toISOString().slice(0, 10);
  await page.getByLabel('From', { exact: true }).fill(dayAfterTo);
  await expect(page.getByRole('alert')).toContainText('The start of the period is after its end.');
  await expect(page.getByTestId('dashboard-summary')).toContainText('3 leads created');
  await expect(page.getByRole('combobox', { name: 'Period' })).toHaveValue('custom');

  // All time: every lead; the export of the funnel names the whole period.
  await page.getByRole('combobox', { name: 'Period' }).selectOption('all');
  await expect(page.getByTestId('dashboard-summary')).toContainText('6 leads created · All time');
  await expect(page.getByRole('alert')).toHaveCount(0);
  const allTime = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Funnel by customer stage as CSV' }).click();
  const funnelFile = await allTime;
  expect(funnelFile.suggestedFilename()).toBe('lead-center-stage-funnel-all-time.csv');
  const funnelCsv = (await readFile(await funnelFile.path(), 'utf8')).split('\r\n');
  expect(funnelCsv[0]).toBe('\uFEFFStage,At this stage,Reached,Conversion from previous stage (%),Seed 001 target,Meets target');
  expect(funnelCsv[1]).toBe('Unknown,2,6,,,');
  expect(funnelCsv[3]).toBe('Primary Leads,1,3,75.0,Lead → MQL >20%,Yes');
});

test('an empty dashboard says what to do', async ({ page }) => {
  await openFreshApp(page);
  await page.locator('body').press('Alt+0');
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(page.getByText('No leads yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Capture a lead' })).toBeVisible();
});
