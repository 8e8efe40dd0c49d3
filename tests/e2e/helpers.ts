import { expect, type Page } from '@playwright/test';

/** Opens the app with test hooks on, completes the first-run form and waits for the shell. */
export async function openFreshApp(page: Page, sellerName = 'Rana Haddad'): Promise<void> {
  await page.goto('/?e2e=1');
  await page.getByLabel('Your name').fill(sellerName);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.waitForFunction(() => window.__leadCenterTest?.data.leadList.ready === true);
}

/** From anywhere: N opens capture; a new session is started with the keyboard only. */
export async function startCaptureSession(page: Page, eventName = 'Middle East Energy'): Promise<void> {
  await page.locator('body').press('n');
  await expect(page.getByRole('heading', { name: 'Quick capture' })).toBeVisible();
  const eventField = page.getByLabel('Event name');
  await expect(eventField).toBeFocused();
  await page.keyboard.type(eventName);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('capture-session')).toContainText(eventName);
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
}

export interface TypedLead {
  name?: string;
  email?: string;
  phone?: string;
  company?: string;
  jobTitle?: string;
  country?: string;
}

/** Types a lead into the capture form field by field with Tab (empty fields are skipped over). */
export async function typeLead(page: Page, lead: TypedLead): Promise<void> {
  const order: (keyof TypedLead)[] = ['name', 'email', 'phone', 'company', 'jobTitle', 'country'];
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  for (const [index, key] of order.entries()) {
    const value = lead[key];
    if (value) await page.keyboard.type(value);
    if (index < order.length - 1) await page.keyboard.press('Tab');
  }
}

/** Creates leads through the data handle (setup for tests about something else). */
export async function seedLeads(page: Page, leads: { name: string; email?: string; company?: string; country?: string }[]): Promise<string[]> {
  return page.evaluate(async (inputs) => {
    const data = window.__leadCenterTest?.data;
    if (!data) throw new Error('test hooks missing: open the app with ?e2e=1');
    const ids: string[] = [];
    for (const input of inputs) {
      const lead = await data.createLead({
        name: input.name,
        email: input.email ?? '',
        company: { name: input.company ?? '', size: null, annualRevenue: null, industry: '', website: '' },
        country: input.country ?? '',
      });
      ids.push(lead.id);
    }
    return ids;
  }, leads);
}

/** A rule that qualifies a buyer who answers a questionnaire with a high budget as the decision maker. */
export async function saveQualifyOnAnswersRule(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const data = window.__leadCenterTest?.data;
    if (!data) throw new Error('test hooks missing: open the app with ?e2e=1');
    await data.rules.save({
      name: 'Qualify on questionnaire answers',
      trigger: { kind: 'event', eventTypes: ['questionnaire_answered'] },
      criteria: {
        combinator: 'all',
        conditions: [
          { criterion: 'qualification.budget', operator: 'equals', value: 'high' },
          { criterion: 'qualification.authority', operator: 'equals', value: 'decision_maker' },
        ],
      },
      actions: [{ type: 'move_to_group', params: { group: 'qualified' } }],
      enabled: true,
    });
  });
}
