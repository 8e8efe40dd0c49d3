import { expect, test, type Page } from '@playwright/test';
import { openFreshApp, seedLeads } from './helpers';

function reviewItem(page: Page, id: string) {
  return page.getByTestId(`review-item-${id}`);
}

test('the daily review: counts, a tick kept over a reload, a filtered view, and an item that ticks itself', async ({ page }) => {
  await openFreshApp(page);
  const [hotId, otherId] = await seedLeads(page, [
    { name: 'Fatima Al-Sayed', email: 'f.alsayed@gulfwater.ae', company: 'Gulf Water', country: 'AE' },
    { name: 'Piotr Nowak', email: 'p.nowak@energa.pl', company: 'Energa', country: 'PL' },
  ]);
  // A quote request makes Fatima HOT; a follow-up on Piotr fell due a minute ago.
  const reminderId = await page.evaluate(
    async ({ hot, other }) => {
      const data = window.__leadCenterTest?.data;
      if (!data) throw new Error('test hooks missing');
      await data.recordLeadEvent(hot, { type: 'quote_request', data: { product: 'RO membranes' } });
      const reminder = await data.addReminder(other, { kind: 'follow-up', dueAt: Date.now() - 60_000, title: 'Send the brochure' });
      return reminder.id;
    },
    { hot: hotId as string, other: otherId as string },
  );

  await page.keyboard.press('Alt+9');
  await expect(page.getByRole('heading', { name: 'Daily review' })).toBeVisible();
  for (const section of ['Morning', 'Afternoon', 'End of day']) await expect(page.getByRole('heading', { name: new RegExp(`^${section}`) })).toBeVisible();
  await expect(page.locator('.review-item')).toHaveCount(10);

  const hot = reviewItem(page, 'hot-alerts');
  await expect(hot.getByTestId('review-count')).toHaveText('1 HOT lead');
  await expect(reviewItem(page, 'hot-first').getByTestId('review-count')).toHaveText('1 HOT lead waiting');
  await expect(reviewItem(page, 'schedule-hot-calls').getByTestId('review-count')).toHaveText('1 HOT lead without a call');
  const followUps = reviewItem(page, 'follow-ups');
  await expect(followUps.getByTestId('review-count')).toHaveText('1 reminder due');
  await expect(followUps.getByRole('checkbox')).not.toBeChecked();
  // No conversation today (a quote request is not one): nothing to note, done by itself.
  const notes = reviewItem(page, 'engagement-notes');
  await expect(notes.getByTestId('review-count')).toHaveText('no leads without a note · done — nothing left');
  await expect(notes.getByRole('checkbox')).toBeChecked();
  const summary = page.getByTestId('review-summary');
  const doneBefore = Number((await summary.textContent())?.match(/(\d+) of 10/)?.[1]);

  // Tick with the keyboard: Tab reaches the first item's box, Space ticks it.
  await page.getByRole('heading', { name: 'Daily review' }).click();
  const hotBox = hot.getByRole('checkbox', { name: 'Check HOT leads alert list' });
  await hotBox.focus();
  await expect(hotBox).toBeFocused();
  await page.keyboard.press('Space');
  await expect(hotBox).toBeChecked();
  await expect(hot).toContainText('ticked by you');
  await expect(summary).toContainText(`${doneBefore + 1} of 10 done today`);

  // Reload: still ticked (kept for this user and today).
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Daily review' })).toBeVisible();
  await expect(reviewItem(page, 'hot-alerts').getByRole('checkbox')).toBeChecked();
  await expect(reviewItem(page, 'hot-alerts')).toContainText('ticked by you');

  // The exact leads are listed on the item; its link opens the lead list filtered.
  const plan = reviewItem(page, 'plan-tomorrow');
  await expect(plan.getByTestId('review-count')).toHaveText('1 priority lead unplanned');
  await plan.getByText('Show the lead').click();
  await expect(plan.getByRole('link', { name: 'Fatima Al-Sayed' })).toBeVisible();
  await plan.getByRole('link', { name: 'Open HOT and WARM leads, most urgent first' }).click();
  await expect(page.getByRole('heading', { name: 'Leads' })).toBeVisible();
  await expect(page.getByText('1 of 2 leads')).toBeVisible();
  await expect(page.getByTestId('lead-row')).toHaveCount(1);
  await expect(page.getByTestId('lead-row')).toContainText('Fatima Al-Sayed');
  await expect(page).toHaveURL(/#\/leads$/);

  // Back on the review, the follow-up is done from its view: the item ticks itself.
  await page.keyboard.press('Alt+9');
  await reviewItem(page, 'follow-ups').getByRole('link', { name: 'Open Due and overdue reminders' }).click();
  await expect(page.getByRole('heading', { name: 'Due and overdue' })).toBeVisible();
  await page.getByRole('button', { name: /Mark done\s*: Send the brochure/ }).click();
  await expect(page.getByText('Nothing due')).toBeVisible();
  await page.keyboard.press('Alt+9');
  const followUpsAfter = reviewItem(page, 'follow-ups');
  await expect(followUpsAfter.getByTestId('review-count')).toHaveText('no reminders due · done — nothing left');
  await expect(followUpsAfter.getByRole('checkbox')).toBeChecked();
  expect(
    await page.evaluate(async (id) => {
      const data = window.__leadCenterTest?.data;
      const reminders = data ? await new Promise<{ id: string; done: boolean }[]>((resolve) => {
        const sub = data.observeDueReminders(Date.now()).subscribe((list) => {
          resolve(list);
          queueMicrotask(() => sub.unsubscribe());
        });
      }) : [];
      return reminders.some((r) => r.id === id);
    }, reminderId),
  ).toBe(false);
});
