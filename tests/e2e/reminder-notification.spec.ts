import { expect, test } from '@playwright/test';
import { openFreshApp, seedLeads } from './helpers';

test('a reminder that falls due raises a notification and shows in the due list', async ({ page, context }) => {
  await context.grantPermissions(['notifications']);
  // The OS notification cannot be observed headless: record what the page asks for.
  await page.addInitScript(() => {
    const Original = window.Notification;
    const calls: { title: string; body: string; tag: string }[] = [];
    const instances: Notification[] = [];
    window.__notifications = calls;
    window.__notificationInstances = instances;
    class RecordingNotification extends Original {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        calls.push({ title, body: options?.body ?? '', tag: options?.tag ?? '' });
        instances.push(this);
      }
    }
    Object.defineProperty(RecordingNotification, 'permission', { get: () => Original.permission });
    window.Notification = RecordingNotification as typeof Notification;
  });
  await page.clock.install();

  await openFreshApp(page);
  const [leadId] = await seedLeads(page, [{ name: 'Hassan Qureshi', company: 'Indus Turbines', email: 'hassan@industurbines.pk' }]);
  if (!leadId) throw new Error('seeding failed');

  await page.goto(`/?e2e=1#/leads/${leadId}`);
  const detail = page.getByRole('complementary', { name: 'Hassan Qureshi' });
  await expect(detail).toBeVisible();

  // Due in two minutes: not due yet, so no notification and nothing in the due list.
  const dueAt = await page.evaluate(() => Date.now() + 2 * 60_000);
  const local = await page.evaluate((ms) => {
    const d = new Date(ms);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, dueAt);
  await detail.getByLabel('Due').fill(local);
  await detail.getByLabel('Kind').selectOption('call');
  await detail.getByLabel('Reminder title').fill('Call about the turbine overhaul');
  await detail.getByRole('button', { name: 'Add reminder' }).click();
  await expect(detail.getByTestId('lead-reminder')).toContainText('Call about the turbine overhaul');

  await page.clock.fastForward('00:35');
  expect(await page.evaluate(() => window.__notifications?.length ?? 0)).toBe(0);

  // Three minutes later the scheduler's 30-second check finds it due.
  await page.clock.fastForward('03:00');
  await expect.poll(() => page.evaluate(() => window.__notifications ?? [])).toEqual([
    { title: 'Call about the turbine overhaul', body: expect.stringContaining('Hassan Qureshi') as unknown as string, tag: leadId },
  ]);

  // Notified once only, even after more checks.
  await page.clock.fastForward('01:05');
  expect(await page.evaluate(() => window.__notifications?.length)).toBe(1);

  // Clicking the notification opens its lead.
  await page.goto('/?e2e=1#/capture');
  await expect(page.getByRole('heading', { name: 'Quick capture' })).toBeVisible();
  await page.evaluate(() => {
    const notification = window.__notificationInstances?.[0];
    notification?.onclick?.call(notification, new Event('click'));
  });
  await expect(page.getByRole('complementary', { name: 'Hassan Qureshi' })).toBeVisible();

  // The due list shows it with a link to the lead and a done button; the nav shows the count.
  await expect(page.getByRole('link', { name: /Reminders.*1 due/ })).toBeVisible();
  await page.getByRole('link', { name: /Reminders/ }).click();
  const item = page.getByTestId('due-reminder');
  await expect(item).toContainText('Call about the turbine overhaul');
  await expect(item.getByRole('link', { name: 'Hassan Qureshi' })).toBeVisible();
  await item.getByRole('button', { name: /Mark done/ }).click();
  await expect(page.getByTestId('due-reminder')).toHaveCount(0);
  await expect(page.getByText('You are all caught up')).toBeVisible();
});
