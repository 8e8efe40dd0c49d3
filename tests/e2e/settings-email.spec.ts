import { createServer } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { openFreshApp } from './helpers';

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

/** A loopback port nothing listens on: bound once to get a free number, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Everything the page keeps: every IndexedDB store's rows, localStorage and sessionStorage. */
function pageStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
    for (const info of await indexedDB.databases()) {
      if (info.name === undefined) continue;
      const name = info.name;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error ?? new Error(`cannot read ${store}`));
        });
        parts.push(`${name}/${store}: ${JSON.stringify(rows)}`);
      }
      db.close();
    }
    return parts.join('\n');
  });
}

test('sending: the SMTP password is saved write-only and never reaches the page; a closed port fails in words', async ({ page }) => {
  const password = `pw-${Date.now().toString(36)}-Secret!`;
  // Every answer of the services host, read in full.
  const answers: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/api/desktop/')) answers.push(response.text().catch(() => ''));
  });
  const port = await closedPort();

  await openFreshApp(page);
  // The services host (and its data folder) lives for the whole run, and other specs save SMTP
  // settings there: start from a known state, with no password saved.
  const reset = await page.evaluate(async () => {
    const settings = { host: 'smtp.example.com', port: 587, security: 'starttls', user: '', fromAddress: 'sales@example.com', fromName: '', unsubscribeBaseUrl: 'https://example.com/u/', unsubscribeMailbox: '' };
    const response = await fetch('/api/desktop/saveMailSettings', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ args: [{ settings, password: null }] }) });
    return response.text();
  });
  expect(reset).toContain('"passwordSaved":false');
  await openSection(page, 'Sending');
  await expect(page.getByLabel('SMTP server')).toHaveValue('smtp.example.com');
  await expect(page.getByRole('tabpanel').getByText('All changes saved')).toBeVisible();
  await page.getByLabel('SMTP server').fill('127.0.0.1');
  await page.getByRole('radio', { name: /^None/ }).check();
  await expect(page.getByRole('note')).toContainText('only for a local test server');
  await expect(page.getByLabel('Port', { exact: true })).toHaveValue('25');
  await page.getByLabel('Port', { exact: true }).fill(String(port));
  await page.getByLabel('User name').fill('rana');
  await page.getByLabel('SMTP password', { exact: true }).fill(password);
  await page.getByLabel('From address').fill('not-an-address');
  await page.getByLabel('From name').fill('Rana Haddad');
  await page.getByLabel('Unsubscribe link base').fill('http://example.com/unsubscribe');

  // The host's schema speaks beside the fields, and nothing is saved.
  await page.getByRole('button', { name: 'Save sending settings' }).click();
  await expect(page.getByText('type the address emails are sent from, like you@example.com')).toBeVisible();
  await expect(page.getByText('use an https:// address')).toBeVisible();
  await page.getByLabel('From address').fill('rana@example.com');
  await page.getByLabel('Unsubscribe link base').fill('https://example.com/unsubscribe');
  await page.getByRole('button', { name: 'Save sending settings' }).click();
  await expect(page.getByRole('tabpanel').getByText('All changes saved')).toBeVisible();
  await expect(page.getByTestId('smtp-password-status')).toContainText('Saved in');
  await expect(page.getByRole('button', { name: 'Change SMTP password' })).toBeVisible();

  // Test connection against a port nothing listens on.
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByTestId('connection-result')).toContainText('Could not connect.');

  // What the page can read back from the host: settings yes, the password no.
  const view = await page.evaluate(async () => {
    const response = await fetch('/api/desktop/getMailSettings', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ args: [] }) });
    return response.text();
  });
  expect(view).toContain('"passwordSaved":true');
  expect(view).toContain(`"port":${port}`);
  expect(view).not.toContain(password);

  // After a reload the form shows the saved settings and only that a password is saved.
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Sending', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('SMTP server')).toHaveValue('127.0.0.1');
  await expect(page.getByLabel('Port', { exact: true })).toHaveValue(String(port));
  await expect(page.getByTestId('smtp-password-status')).toContainText('Saved in');
  await expect(page.locator('input[type=password]')).toHaveCount(0);

  const storage = await pageStorage(page);
  expect(storage).toContain('Rana Haddad'); // the storage was read: the profile is in it
  expect(storage).not.toContain(password);
  const bodies = await Promise.all(answers);
  expect(bodies.some((b) => b.includes('passwordSaved'))).toBe(true);
  for (const body of bodies) expect(body).not.toContain(password);
});

test('email templates: an edit with a token is checked, saved, and survives a reload', async ({ page }) => {
  await openFreshApp(page);
  await openSection(page, 'Email templates');
  const list = page.getByRole('navigation', { name: 'Templates by engagement level' });
  await expect(list.getByRole('heading', { name: 'COLD' })).toBeVisible();
  await list.getByRole('button', { name: /^HOT/ }).first().click();

  const subject = page.getByLabel('Subject', { exact: true });
  await subject.fill('Your quotation, ');
  // The token menu inserts at the caret, from the keyboard.
  await page.getByRole('button', { name: 'Insert a token into the subject' }).click();
  const menu = page.getByRole('menu', { name: 'Tokens for the subject' });
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await menu.getByRole('menuitem', { name: /First name/ }).click();
  await expect(subject).toHaveValue('Your quotation, {{lead.firstName}}');
  await expect(subject).toBeFocused();

  // A typo in a token is named at once, and the save is refused naming the template.
  await page.getByLabel('Template name').fill('HOT: my quotation');
  await subject.fill('Your quotation, {{lead.fristName}}');
  await expect(page.getByText('unknown token {{lead.fristName}}: pick one from the token menu')).toBeVisible();
  await page.getByRole('button', { name: 'Save email templates' }).click();
  await expect(page.getByRole('list', { name: 'Templates that need fixing' })).toContainText('template "HOT: my quotation" uses an unknown token {{lead.fristName}} in its subject');
  expect(await page.evaluate(() => window.__leadCenterTest?.data.getConfig('email-template', 'library'))).toBeNull();

  await subject.fill('Your quotation, {{lead.firstName}}');
  await page.getByRole('button', { name: 'Save email templates' }).click();
  await expect(page.getByRole('tabpanel').getByText('All changes saved')).toBeVisible();
  const stored = await page.evaluate(() => window.__leadCenterTest?.data.getConfig<{ templates: { name: string; subject: string }[] }>('email-template', 'library'));
  expect(stored?.templates.find((t) => t.name === 'HOT: my quotation')?.subject).toBe('Your quotation, {{lead.firstName}}');

  await page.reload();
  await expect(page.getByRole('tab', { name: 'Email templates', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('navigation', { name: 'Templates by engagement level' }).getByRole('button', { name: 'HOT: my quotation' }).click();
  await expect(page.getByLabel('Subject', { exact: true })).toHaveValue('Your quotation, {{lead.firstName}}');
});

test('approvals: manager approval required is saved and survives a reload; the role changes the profile', async ({ page }) => {
  await openFreshApp(page);
  await openSection(page, 'Approvals');
  await expect(page.getByRole('radio', { name: 'Authors approve their own emails' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /AI drafts always need a manager/ })).toBeChecked();

  await page.getByRole('radio', { name: 'A manager approves every email' }).check();
  await page.getByLabel('Marketing emails', { exact: true }).selectOption('manager');
  await page.getByLabel('Team id').fill('north');
  await page.getByRole('button', { name: 'Add team rules' }).click();
  await page.getByLabel('Team north default').selectOption('self');
  await expect(page.getByRole('tab', { name: 'Approvals (unsaved changes)' })).toBeVisible();
  await page.getByRole('button', { name: 'Save approval policy' }).click();
  await expect(page.getByRole('tabpanel').getByText('All changes saved')).toBeVisible();
  const stored = await page.evaluate(() => window.__leadCenterTest?.data.getConfig('approval-policy', 'default'));
  expect(stored).toEqual({ defaultMode: 'manager', perKind: { marketing: 'manager' }, teams: { north: { defaultMode: 'self' } }, aiDraftsNeedManager: true });

  await page.reload();
  await expect(page.getByRole('radio', { name: 'A manager approves every email' })).toBeChecked();
  await expect(page.getByLabel('Marketing emails', { exact: true })).toHaveValue('manager');
  await expect(page.getByLabel('Team north default')).toHaveValue('self');

  // The role lives in the local profile; saving it reloads the page.
  await page.getByRole('radio', { name: /^Manager/ }).check();
  await page.getByRole('button', { name: 'Save role and reload' }).click();
  await expect(page.getByRole('radio', { name: /^Manager/ })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Save role and reload' })).toBeDisabled();
  const profile = await page.evaluate(() => JSON.parse(localStorage.getItem('lead-center:seller-profile') ?? 'null') as { role?: string } | null);
  expect(profile?.role).toBe('manager');
});

test('attachments: files are added with their size, chosen for a template, and removed naming the template', async ({ page }) => {
  await openFreshApp(page);
  await openSection(page, 'Attachments');
  const name = `price-list-${Date.now().toString(36)}.txt`;
  await page.getByLabel('Add files (up to 10 MB each)').setInputFiles([
    { name, mimeType: 'text/plain', buffer: Buffer.from('Gas turbine spares: 1,200 EUR\n') },
    { name: 'empty.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) },
  ]);
  await expect(page.getByRole('list', { name: 'Files being added' })).toContainText(`${name}: added`);
  await expect(page.getByRole('list', { name: 'Files being added' })).toContainText('empty.pdf: not added — the file is empty');
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('30 bytes');
  await expect(row).toContainText('no template');

  await openSection(page, 'Email templates');
  await page.getByRole('navigation', { name: 'Templates by engagement level' }).getByRole('button', { name: /^COLD/ }).first().click();
  const templateName = await page.getByLabel('Template name').inputValue();
  await page.getByRole('checkbox', { name: `Attach ${name}` }).check();
  await page.getByRole('button', { name: 'Save email templates' }).click();
  await expect(page.getByRole('tabpanel').getByText('All changes saved')).toBeVisible();

  await openSection(page, 'Attachments');
  await expect(row).toContainText(templateName);
  await row.getByRole('button', { name: `Remove ${name}` }).click();
  await expect(page.getByRole('group', { name: `Confirm removing ${name}` })).toContainText(`“${templateName}” will no longer attach it`);
  await page.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
  const stored = await page.evaluate(() => window.__leadCenterTest?.data.getConfig<{ templates: { attachmentIds: string[] }[] }>('email-template', 'library'));
  expect(stored?.templates.every((t) => t.attachmentIds.length === 0)).toBe(true);
});

test('AI drafter: off by default; turned on with a write-only key that no answer contains', async ({ page }) => {
  const apiKey = `sk-${Date.now().toString(36)}-test`;
  await openFreshApp(page);
  await openSection(page, 'AI drafter');
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('checkbox', { name: 'Draft emails with AI' })).not.toBeChecked();
  await expect(panel.getByLabel('API base URL')).toHaveValue('http://127.0.0.1:11434/v1');
  await panel.getByRole('checkbox', { name: 'Draft emails with AI' }).check();
  await panel.getByRole('button', { name: 'Save AI drafter' }).click();
  await expect(panel.getByText('name the model')).toBeVisible();
  await panel.getByLabel('Model').fill('llama3.1');
  await panel.getByLabel('Timeout (seconds)').fill('20');
  await panel.getByLabel('API key', { exact: true }).fill(apiKey);
  await panel.getByRole('button', { name: 'Save AI drafter' }).click();
  await expect(panel.getByText('On; all changes saved')).toBeVisible();
  await expect(panel.getByTestId('api-key-status')).toContainText('Saved in');

  const view = await page.evaluate(async () => {
    const response = await fetch('/api/desktop/getAiSettings', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ args: [] }) });
    return response.text();
  });
  expect(view).toContain('"apiKeySaved":true');
  expect(view).toContain('"timeoutMs":20000');
  expect(view).not.toContain(apiKey);
  expect(await pageStorage(page)).not.toContain(apiKey);

  // Removing the key is a choice confirmed by Save.
  await panel.getByRole('button', { name: 'Remove API key' }).click();
  await panel.getByRole('button', { name: 'Save AI drafter' }).click();
  await expect(panel.getByTestId('api-key-status')).toHaveCount(0);
  await expect(panel.getByLabel('API key', { exact: true })).toHaveValue('');
});
