import { expect, test, type Page } from '@playwright/test';
import { startTestSmtpServer, type TestSmtpServer } from '../fixtures/testSmtpServer';
import { openFreshApp, seedLeads } from './helpers';

// Issue 4 end to end: drafts are approved in the queue and only then reach a real SMTP server
// started by the test; the host's data folder is fresh per run (playwright.config.ts).

const sellerName = 'Rana Haddad';
const unsubscribeBase = 'https://leads.example.com/unsubscribe';

let smtp: TestSmtpServer;

test.beforeEach(async () => {
  smtp = await startTestSmtpServer();
});

test.afterEach(async () => {
  await smtp.close();
});

/** SMTP settings through the host's API, as the Settings page saves them: plain SMTP to the test server. */
async function useTestSmtp(page: Page, port: number): Promise<void> {
  const status = await page.evaluate(
    async ({ port, unsubscribeBase }) => {
      const response = await fetch('/api/desktop/saveMailSettings', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          args: [
            {
              settings: {
                host: '127.0.0.1',
                port,
                security: 'none',
                user: '',
                fromAddress: 'rana@sales.example.com',
                fromName: 'Rana Haddad',
                unsubscribeBaseUrl: unsubscribeBase,
                unsubscribeMailbox: '',
              },
            },
          ],
        }),
      });
      return { status: response.status, body: await response.text() };
    },
    { port, unsubscribeBase },
  );
  expect(status.status, status.body).toBe(200);
}

/** Drafts written and submitted through the data handle (setup for tests about the queue). */
async function submitDrafts(page: Page, drafts: { leadId: string; subject: string; body: string }[]): Promise<string[]> {
  return page.evaluate(async (inputs) => {
    const data = window.__leadCenterTest?.data;
    if (!data) throw new Error('test hooks missing: open the app with ?e2e=1');
    const ids: string[] = [];
    for (const input of inputs) {
      const draft = await data.emails.createDraft({ leadId: input.leadId, kind: 'follow_up', subject: input.subject, body: input.body });
      await data.emails.submit(draft.id);
      ids.push(draft.id);
    }
    return ids;
  }, drafts);
}

test('a draft from the lead is approved in the queue with the keyboard and arrives at the SMTP server', async ({ page }) => {
  await openFreshApp(page, sellerName);
  await useTestSmtp(page, smtp.port);
  const [leadId] = await seedLeads(page, [{ name: 'Fatima Al-Sayed', email: 'f.alsayed@gulfwater.ae', company: 'Gulf Water', country: 'AE' }]);

  // Draft from the general follow-up template in the lead's Emails section.
  await page.goto(`/?e2e=1#/leads/${leadId as string}`);
  const section = page.getByTestId('lead-emails');
  await expect(section.getByRole('heading', { name: 'Emails' })).toBeVisible();
  await section.getByLabel('Template').selectOption('general-follow-up');
  await section.getByRole('button', { name: 'Draft email' }).click();
  const draft = section.getByTestId('lead-email-draft');
  await expect(draft.getByLabel('Subject')).toHaveValue('Following up - Gulf Water');
  await expect(draft.getByTestId('email-recipients')).toContainText('f.alsayed@gulfwater.ae');

  // The lead has no stated need: the token stays, is marked, and approval waits for it.
  await expect(draft.getByTestId('unfilled-tokens')).toContainText('{{lead.need}}');
  await expect(draft.getByRole('button', { name: 'Approve', exact: true })).toBeDisabled();
  const message = draft.getByLabel('Message');
  const body = await message.inputValue();
  expect(body).toContain('Hi Fatima,');
  await message.fill(body.replaceAll('{{lead.need}}', 'RO membranes'));
  await expect(draft.getByTestId('unfilled-tokens')).toHaveCount(0);
  await draft.getByRole('button', { name: 'Submit for approval' }).click();
  await expect(section.getByTestId('lead-email').first()).toHaveAttribute('data-status', 'pending_approval');

  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByTestId('approval-count')).toHaveText(/1/);
  expect(smtp.messages()).toHaveLength(0);

  // The queue: Alt+7, the draft beside the lead's context, approved with "a".
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { name: 'Approvals' })).toBeVisible();
  const row = page.getByTestId('queue-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Fatima Al-Sayed');
  const emailId = (await row.getAttribute('data-email-id')) as string;
  const pane = page.getByTestId('queue-pane');
  await expect(pane.getByLabel('Message')).toHaveValue(/RO membranes/);
  await expect(page.getByTestId('lead-context')).toContainText('Gulf Water');
  await expect(page.getByTestId('lead-analysis')).toContainText('Buying intent');
  await page.keyboard.press('a');
  await expect(page.getByTestId('queue-empty')).toContainText('Nothing waiting for your approval');
  await expect(nav.getByTestId('approval-count')).toHaveCount(0);

  // The outbox runs right after an approval.
  const [received] = await smtp.waitForMessages(1, 20_000);
  expect(received?.to).toEqual(['f.alsayed@gulfwater.ae']);
  expect(received?.subject).toBe('Following up - Gulf Water');
  expect(received?.text).toContain('RO membranes');
  expect(received?.messageId).toBe(`<${emailId}@sales.example.com>`);
  expect(received?.headers['list-unsubscribe']).toContain(`<${unsubscribeBase}`);
  expect(received?.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  await expect(page.getByTestId('outbox-line')).toContainText('0 waiting to send');

  // The lead shows it sent, with who approved it.
  await page.goto(`/?e2e=1#/leads/${leadId as string}`);
  const sent = page.getByTestId('lead-email').first();
  await expect(sent).toHaveAttribute('data-status', 'sent');
  await expect(sent.getByTestId('lead-email-approved')).toContainText(`Approved by ${sellerName}`);
  await expect(sent).toContainText('Sent');
  await expect(sent.getByRole('button', { name: 'Record reply' })).toBeVisible();
  expect(smtp.messages()).toHaveLength(1);
});

test('rejecting asks for a reason, the author sees it, and nothing is sent', async ({ page }) => {
  await openFreshApp(page, sellerName);
  await useTestSmtp(page, smtp.port);
  const [leadId] = await seedLeads(page, [{ name: 'Piotr Nowak', email: 'p.nowak@energa.pl', company: 'Energa', country: 'PL' }]);
  await submitDrafts(page, [{ leadId: leadId as string, subject: 'Cables for Energa', body: 'Hi Piotr,\n\nWe make cables.\n\nRana' }]);

  await page.keyboard.press('Alt+7');
  await expect(page.getByTestId('queue-row')).toHaveCount(1);
  await page.keyboard.press('r');
  const reason = page.getByLabel('Why reject it? The author sees this.');
  await expect(reason).toBeFocused();
  // A reason is required; typing it (full of a, r, e, x) fires no queue shortcut.
  await page.keyboard.press('Enter');
  await expect(page.getByText('Give a reason for the rejection.')).toBeVisible();
  await page.keyboard.type('Too generic: name the cable type they asked about');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('queue-empty')).toBeVisible();

  await page.getByRole('tab', { name: /Rejected/ }).click();
  const rejected = page.getByTestId('queue-row');
  await expect(rejected).toHaveCount(1);
  await expect(page.getByTestId('email-reason')).toHaveText('Too generic: name the cable type they asked about');

  await page.goto(`/?e2e=1#/leads/${leadId as string}`);
  const item = page.getByTestId('lead-email').first();
  await expect(item).toHaveAttribute('data-status', 'rejected');
  await expect(item).toContainText('Rejected: Too generic');
  // Nothing unapproved reaches SMTP, even after the outbox runs.
  await page.evaluate(() => window.__leadCenterTest?.data.emails.outbox.runNow());
  expect(smtp.messages()).toHaveLength(0);
});

test('several emails are selected with x and approved at once with Shift+A', async ({ page }) => {
  await openFreshApp(page, sellerName);
  await useTestSmtp(page, smtp.port);
  const leads = [
    { name: 'Amal Haddad', email: 'amal@desal.example', company: 'Desal Co' },
    { name: 'Jonas Berg', email: 'jonas@grid.example', company: 'Grid AB' },
    { name: 'Li Wei', email: 'li.wei@power.example', company: 'Power Ltd' },
  ];
  const leadIds = await seedLeads(page, leads);
  await submitDrafts(
    page,
    leadIds.map((leadId, index) => ({ leadId, subject: `Offer ${index + 1}`, body: `Hello,\n\nOffer number ${index + 1}.\n\nRana` })),
  );
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByTestId('approval-count')).toHaveText(/3/);

  await page.keyboard.press('Alt+7');
  const rows = page.getByTestId('queue-row');
  await expect(rows).toHaveCount(3);
  // Oldest first: Offer 1 is focused; select it and Offer 2, leave Offer 3.
  await page.keyboard.press('x');
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  const approveSelected = page.getByRole('button', { name: /Approve selected \(2\)/ });
  await expect(approveSelected).toBeEnabled();
  await page.keyboard.press('Shift+A');

  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Offer 3');
  await expect(nav.getByTestId('approval-count')).toHaveText(/1/);
  const received = await smtp.waitForMessages(2, 20_000);
  expect(received.map((mail) => mail.to[0]).sort()).toEqual(['amal@desal.example', 'jonas@grid.example']);
  expect(received.map((mail) => mail.subject).sort()).toEqual(['Offer 1', 'Offer 2']);
  await page.evaluate(() => window.__leadCenterTest?.data.emails.outbox.runNow());
  expect(smtp.messages()).toHaveLength(2);
});

test('a buyer marked unsubscribed after approval is never emailed: the outbox cancels with the reason', async ({ page }) => {
  await openFreshApp(page, sellerName);
  const [leadId] = await seedLeads(page, [{ name: 'Omar Khalil', email: 'omar@solarfarm.example', company: 'Solar Farm' }]);
  const [emailId] = await submitDrafts(page, [{ leadId: leadId as string, subject: 'Inverters', body: 'Hello Omar,\n\nInverters for your farm.\n\nRana' }]);

  // Approved while the SMTP server cannot be reached (a closed port): the email waits in the outbox.
  await useTestSmtp(page, 1);
  await page.keyboard.press('Alt+7');
  await expect(page.getByTestId('queue-row')).toHaveCount(1);
  await page.keyboard.press('a');
  await expect(page.getByTestId('queue-empty')).toBeVisible();

  // The buyer phones to say "no more emails": the seller marks it on the lead.
  await page.goto(`/?e2e=1#/leads/${leadId as string}`);
  const consent = page.getByTestId('email-consent');
  await expect(consent).toContainText('can be sent once approved');
  await consent.getByLabel(/Unsubscribed/).check();
  await expect(page.getByTestId('email-stopped')).toContainText('unsubscribed');

  // SMTP comes up; the outbox reads the lead again just before sending and cancels instead.
  await useTestSmtp(page, smtp.port);
  await page.evaluate(() => window.__leadCenterTest?.data.emails.outbox.runNow());
  const item = page.getByTestId('lead-email').first();
  await expect(item).toHaveAttribute('data-status', 'cancelled');
  const stored = await page.evaluate((id) => window.__leadCenterTest?.data.emails.get(id), emailId as string);
  expect(stored?.auditTrail.at(-1)?.note).toContain('unsubscribed');
  expect(smtp.messages()).toHaveLength(0);
});

test('the lead detail shows the on-device analysis beside an open draft', async ({ page }) => {
  await openFreshApp(page, sellerName);
  const [leadId] = await seedLeads(page, [{ name: 'Sara Lind', email: 'sara@hydro.example', company: 'Hydro AB' }]);
  await page.goto(`/?e2e=1#/leads/${leadId as string}`);
  const section = page.getByTestId('lead-emails');
  await section.getByLabel('Template').selectOption('general-follow-up');
  await section.getByRole('button', { name: 'Draft email' }).click();
  await expect(section.getByTestId('lead-email-draft')).toBeVisible();
  const analysis = section.getByTestId('lead-analysis');
  await expect(analysis).toContainText('Buying intent');
  await expect(analysis).toContainText('Next best action');
  await expect(analysis).toContainText('Recommended message');
});

test('an approval can be undone from the toast while the email waits its few seconds; then nothing is sent', async ({ page }) => {
  await openFreshApp(page, sellerName);
  await useTestSmtp(page, smtp.port);
  const [leadId] = await seedLeads(page, [{ name: 'Nadia Rahman', email: 'nadia@turbines.example', company: 'Turbines Ltd' }]);
  const [emailId] = await submitDrafts(page, [{ leadId: leadId as string, subject: 'Turbine spares', body: 'Hello Nadia,\n\nSpares for your turbines.\n\nRana' }]);

  await page.keyboard.press('Alt+7');
  await expect(page.getByTestId('queue-row')).toHaveCount(1);
  await page.keyboard.press('a');
  await expect(page.getByTestId('queue-empty')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Approval taken back: 1 waiting for approval again.')).toBeVisible();
  await expect(page.getByTestId('queue-row')).toHaveCount(1);
  const stored = await page.evaluate((id) => window.__leadCenterTest?.data.emails.get(id), emailId as string);
  expect(stored?.status).toBe('pending_approval');

  // Past the undo window and after an outbox pass, still nothing at the SMTP server.
  await page.waitForTimeout(6_500);
  await page.evaluate(() => window.__leadCenterTest?.data.emails.outbox.runNow());
  expect(smtp.messages()).toHaveLength(0);
});
