import { expect, test } from '@playwright/test';
import { openFreshApp, seedLeads } from './helpers';

// Issue 6: two leads with the same email show in the duplicates queue with the reason; merging
// them with a field picked from the other lead keeps one lead with both leads' notes and history;
// Undo on the kept lead's page brings both back.
test('merge two leads with the same email from the duplicates queue, then undo', async ({ page }) => {
  await openFreshApp(page);
  const [keptId, otherId] = await seedLeads(page, [
    { name: 'Ahmed Ali', email: 'ahmed@gulfpower.ae', company: 'Gulf Power' },
    { name: 'Ahmad Ali', email: 'AHMED@gulfpower.ae', company: 'Gulf Power LLC' },
    { name: 'Jonas Weber', email: 'j.weber@rheinpumpen.de', company: 'Rhein Pumpen' },
  ]);
  await page.evaluate(async (id) => {
    await window.__leadCenterTest?.data.addNote(id, 'Wants 20 pumps for Ruwais');
  }, otherId ?? '');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Duplicates' }).click();
  await expect(page.getByRole('heading', { name: 'Duplicates', level: 1 })).toBeFocused();
  const group = page.getByTestId('duplicate-group');
  await expect(group).toHaveCount(1);
  await expect(group).toContainText('Same email: ahmed@gulfpower.ae');
  await expect(group).not.toContainText('Jonas Weber');

  await group.getByRole('button', { name: 'Merge Ahmed Ali · Ahmad Ali' }).click();
  await expect(page.getByRole('heading', { name: 'Merge leads' })).toBeFocused();
  await expect(page.getByRole('group', { name: 'Keep which lead?' }).getByRole('radio', { name: /Ahmed Ali/ })).toBeChecked();
  const nameChoice = page.getByRole('group', { name: 'Name', exact: true });
  await expect(nameChoice.getByRole('radio', { name: 'Ahmed Ali — Ahmed Ali' })).toBeChecked();
  // The seller picks the other lead's spelling with the keyboard.
  await nameChoice.getByRole('radio', { name: 'Ahmad Ali — Ahmad Ali' }).check();
  await expect(page.getByText('Moving to Ahmed Ali: 1 note, 0 reminders')).toBeVisible();
  await page.getByRole('button', { name: 'Merge 2 leads' }).click();

  await expect(page.getByTestId('duplicate-count')).toContainText('No duplicates found');
  await page.getByRole('status').filter({ hasText: 'Merged 2 leads into' }).getByRole('link', { name: 'Ahmad Ali' }).click();

  // The kept lead: the picked name, the other lead's note and history, the merge with its Undo.
  await expect(page.getByRole('heading', { name: 'Ahmad Ali', level: 2 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText('Wants 20 pumps for Ruwais');
  const timeline = page.getByRole('list', { name: 'Activity timeline' });
  await expect(timeline).toContainText('Merged with Ahmad Ali');
  await expect(timeline).toContainText('Merged into another lead');
  const merges = page.getByRole('region', { name: 'Merged leads' });
  await expect(merges.getByTestId('merge-entry')).toContainText('Ahmad Ali');
  expect(await page.evaluate(async (id) => (await window.__leadCenterTest?.data.getLead(id)) ?? null, otherId ?? '')).toBeNull();

  await merges.getByRole('button', { name: 'Undo the merge of Ahmad Ali' }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Merge undone: the leads are back as they were.');
  await expect(page.getByRole('heading', { name: 'Ahmed Ali', level: 2 })).toBeVisible();
  await expect(merges.getByTestId('merge-entry')).toContainText('undone');
  await expect(page.getByRole('list', { name: 'Notes' })).not.toContainText('Wants 20 pumps');
  const restored = await page.evaluate(async (id) => (await window.__leadCenterTest?.data.getLead(id))?.name ?? null, otherId ?? '');
  expect(restored).toBe('Ahmad Ali');
  expect(await page.evaluate(async (id) => (await window.__leadCenterTest?.data.getLead(id))?.name ?? null, keptId ?? '')).toBe('Ahmed Ali');

  // Back in the queue, the pair is there again.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Duplicates' }).click();
  await expect(page.getByTestId('duplicate-group')).toHaveCount(1);
});
