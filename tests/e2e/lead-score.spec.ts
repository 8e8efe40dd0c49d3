import { expect, test, type Locator, type Page } from '@playwright/test';
import { openFreshApp, seedLeads } from './helpers';

async function openLead(page: Page, name: string): Promise<Locator> {
  await page.getByTestId('lead-row').filter({ hasText: name }).click();
  const detail = page.getByRole('complementary', { name });
  await expect(detail).toBeVisible();
  return detail;
}

async function activityFigure(detail: Locator): Promise<number> {
  const text = (await detail.getByTestId('activity-30-days').textContent()) ?? '';
  return Number(/^(\d+) activit/.exec(text.trim())?.[1] ?? Number.NaN);
}

async function liveScore(detail: Locator): Promise<number> {
  const text = (await detail.getByTestId('live-score').textContent()) ?? '';
  const value = Number(text.trim());
  expect(Number.isFinite(value), `live score "${text}" is a number`).toBe(true);
  return value;
}

test('logging a quote request in the lead detail raises the score and changes the engagement level', async ({ page }) => {
  await openFreshApp(page);
  await seedLeads(page, [{ name: 'Jonas Weber', email: 'j.weber@rheinpumpen.de', company: 'Rhein Pumpen', country: 'DE' }]);
  const detail = await openLead(page, 'Jonas Weber');

  const scoreSection = detail.getByRole('region', { name: 'Score' });
  await expect(scoreSection.getByRole('table', { name: 'Score ledger' })).toBeVisible();
  const scoreBefore = await liveScore(detail);
  const level = detail.getByTestId('engagement-level');
  await expect(level).toBeVisible();
  const levelBefore = ((await level.textContent()) ?? '').trim();
  await expect(detail.getByTestId('activity-30-days')).toContainText('in the last 30 days');
  const activityBefore = await activityFigure(detail);
  expect(activityBefore).toBeGreaterThanOrEqual(0);

  const log = detail.getByRole('region', { name: 'Log activity' });
  await log.getByLabel('What happened').selectOption({ label: 'Quote request' });
  await log.getByLabel('Note (optional)').fill('40 booster pumps, delivery Q3');
  await log.getByRole('button', { name: 'Log activity' }).click();
  await expect(log.getByRole('status')).toHaveText('Logged: Quote request.');

  // The score on screen rises and the level changes (seed 000: a quote request makes a lead HOT).
  await expect.poll(() => liveScore(detail)).toBeGreaterThan(scoreBefore);
  await expect(level).not.toHaveText(levelBefore);
  await expect(level).toHaveText('HOT');
  await expect(scoreSection.getByRole('row', { name: /Quote Request/ })).toContainText('10 / 10');
  await expect(detail.getByTestId('time-untouched')).toHaveText('Showed interest today');
  await expect(detail.getByText('since quote request: today')).toBeVisible();
  await expect.poll(() => activityFigure(detail)).toBe(activityBefore + 1);
  // The timeline shows the logged event.
  await expect(detail.getByRole('list', { name: 'Activity timeline' })).toContainText('Requested a quote');

  // Seed 000: a HOT lead that requested a quote is suggested a later stage; one click moves it.
  const suggestion = detail.getByTestId('suggested-stage');
  const move = suggestion.getByRole('button', { name: /^Move to / });
  const target = ((await move.textContent()) ?? '').replace(/^Move to /, '').trim();
  await move.click();
  await expect(detail.getByLabel('Stage', { exact: true }).locator('option:checked')).toHaveText(target);
  await expect(move).toHaveCount(0);
});

test('choosing a high budget changes the Budget line of the ledger and the score', async ({ page }) => {
  await openFreshApp(page);
  await seedLeads(page, [{ name: 'Priya Nair', email: 'priya@keralawater.in', company: 'Kerala Water Works', country: 'IN' }]);
  const detail = await openLead(page, 'Priya Nair');
  const scoreSection = detail.getByRole('region', { name: 'Score' });

  // Lines without points are collapsed behind a disclosure button.
  const budgetLine = scoreSection.getByRole('row', { name: /Budget & Money/ });
  await expect(budgetLine).toHaveCount(0);
  const disclosure = scoreSection.getByRole('button', { name: /Show all criteria/ });
  await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
  await disclosure.focus();
  await page.keyboard.press('Enter');
  await expect(scoreSection.getByRole('button', { name: 'Show only criteria with points' })).toHaveAttribute('aria-expanded', 'true');
  await expect(budgetLine).toContainText('0 / 10');
  const scoreBefore = await liveScore(detail);

  const qualification = detail.getByRole('region', { name: 'Qualification (BANT-CHAMP)' });
  await qualification.getByLabel('Budget', { exact: true }).selectOption({ label: 'High Budget' });
  await expect(budgetLine).toContainText('10 / 10');
  await expect.poll(() => liveScore(detail)).toBeGreaterThan(scoreBefore);

  // Saved on the lead: still there after a reload.
  await page.reload();
  const reloaded = page.getByRole('complementary', { name: 'Priya Nair' });
  await expect(reloaded.getByRole('region', { name: 'Qualification (BANT-CHAMP)' }).getByLabel('Budget', { exact: true })).toHaveValue('high');
  await expect(reloaded.getByRole('region', { name: 'Score' }).getByRole('row', { name: /Budget & Money/ })).toContainText('10 / 10');
});
