import { expect, test, type Page } from '@playwright/test';
import { openFreshApp, seedLeads } from './helpers';

async function openRules(page: Page): Promise<void> {
  await page.locator('body').press('Alt+8');
  await expect(page.getByRole('heading', { name: 'Rules', level: 1 })).toBeVisible();
  await expect(page.getByTestId('rules-summary')).not.toHaveText('Reading rules…');
}

async function nextStep(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: `Next: ${label}` }).click();
  await expect(page.locator('#builder-step-heading')).toContainText(label);
}

test('a rule built in the wizard is previewed, turned on, and tags a lead when a quote request is logged', async ({ page }) => {
  await openFreshApp(page);
  await seedLeads(page, [{ name: 'Jonas Weber', email: 'j.weber@rheinpumpen.de', company: 'Rhein Pumpen', country: 'DE' }]);
  // A new seller starts with the default questionnaire rule (issue 6); this test builds its rule on an empty list.
  await page.evaluate(() => window.__leadCenterTest?.data.rules.delete('default-questionnaire-on-new-rfq'));
  await openRules(page);
  await expect(page.getByTestId('rules-empty')).toBeVisible();

  await page.getByRole('link', { name: 'New rule' }).click();
  await expect(page.getByRole('heading', { name: 'New rule', level: 1 })).toBeVisible();
  const sentence = page.getByTestId('rule-sentence');

  // 1 Trigger: a quote request (the new rule's starting trigger).
  await expect(page.getByLabel('Quote request', { exact: true })).toBeChecked();
  await expect(sentence).toContainText('WHEN the lead requests a quote');

  // 2 Criteria: score between 0 and 100; the operators offered are the number ones.
  await nextStep(page, 'Criteria');
  await page.getByRole('button', { name: 'Add condition' }).click();
  const criterion = page.getByLabel('Condition 1: criterion', { exact: true });
  await criterion.selectOption({ label: 'Score' });
  await expect(criterion).toHaveAccessibleDescription(/Workflow/);
  const operator = page.getByLabel('Condition 1: operator', { exact: true });
  await expect(operator.locator('option', { hasText: 'contains' })).toHaveCount(0);
  await operator.selectOption({ label: 'is between' });
  await page.getByLabel('Condition 1: value from', { exact: true }).fill('0');
  await page.getByLabel('Condition 1: value to', { exact: true }).fill('100');
  await expect(sentence).toContainText('Score');
  // A nested OR group: the lead source category is empty (seeded leads have no source).
  await page.getByRole('button', { name: 'Add group' }).click();
  await expect(page.getByLabel('Group 2: join with', { exact: true })).toHaveValue('any');
  await page.getByLabel('Group 2, condition 1: criterion', { exact: true }).selectOption({ label: 'Lead source category' });
  await page.getByLabel('Group 2, condition 1: operator', { exact: true }).selectOption({ label: 'is empty' });
  await expect(page.getByLabel('Group 2, condition 1: value', { exact: true })).toHaveCount(0);
  await expect(sentence).toContainText('Lead source category');

  // 3 Actions: add the tag "rfq-rule". Alt+→ moves on like Next.
  await page.locator('body').press('Alt+ArrowRight');
  await expect(page.locator('#builder-step-heading')).toContainText('Actions');
  await page.getByLabel('New action', { exact: true }).selectOption({ label: 'Add tag' });
  await page.getByRole('button', { name: 'Add action' }).click();
  // A blank tag is named as a problem on this step.
  await expect(page.getByRole('alert').filter({ hasText: 'Action 1' })).toBeVisible();
  await page.getByLabel('Action 1: tag', { exact: true }).fill('rfq-rule');
  await expect(sentence).toContainText('rfq-rule');
  await expect(page.getByRole('alert').filter({ hasText: 'Action 1' })).toHaveCount(0);

  // 4 Mode: one time, priority 5 (defaults).
  await nextStep(page, 'Mode & priority');
  await expect(page.getByLabel('Priority', { exact: true })).toHaveValue('5');

  // 5 Preview: the seeded lead would match; nothing is written.
  await nextStep(page, 'Preview');
  await page.getByRole('button', { name: 'Run preview' }).click();
  await expect(page.getByTestId('preview-matched')).toContainText('1 of 1 leads from the last 30 days would match');
  await expect(page.getByText('Jonas Weber')).toBeVisible();

  // 6 Save: a rule without a name cannot be turned on.
  await nextStep(page, 'Save');
  const activate = page.getByRole('button', { name: 'Save and turn on' });
  await expect(activate).toBeDisabled();
  await page.getByLabel('Rule name', { exact: true }).fill('Tag quote requests');
  await expect(activate).toBeEnabled();
  await activate.click();

  await expect(page.getByRole('heading', { name: 'Tag quote requests', level: 1 })).toBeVisible();
  await expect(page.getByLabel('On', { exact: true })).toBeChecked();
  await expect(page.getByTestId('rule-sentence')).toContainText('rfq-rule');

  // The lead gets the tag once a quote request is logged on it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leads', exact: true }).click();
  await page.getByTestId('lead-row').filter({ hasText: 'Jonas Weber' }).click();
  const detail = page.getByRole('complementary', { name: 'Jonas Weber' });
  await expect(detail).toBeVisible();
  const tags = detail.getByRole('list', { name: 'Tags on this lead' });
  await expect(tags).not.toContainText('rfq-rule');
  const log = detail.getByRole('region', { name: 'Log activity' });
  await log.getByLabel('What happened').selectOption({ label: 'Quote request' });
  await log.getByRole('button', { name: 'Log activity' }).click();
  await expect(log.getByRole('status')).toHaveText('Logged: Quote request.');
  await expect(tags).toContainText('rfq-rule');

  // The Rules log shows the firing, linked to the lead.
  await openRules(page);
  await expect(page.getByTestId(/^rule-row-/)).toContainText('On');
  await page.getByRole('tab', { name: /^Log/ }).click();
  const entry = page.getByTestId('rule-log-entry').first();
  await expect(entry).toContainText('Tag quote requests');
  await expect(entry.getByRole('link', { name: 'Jonas Weber' })).toHaveAttribute('href', /#\/leads\//);
  await page.getByRole('tab', { name: /^Actions/ }).click();
  await expect(page.getByRole('row', { name: /rfq-rule/ })).toContainText('Tag quote requests');

  // Run now on the rule's page: a one-time rule does not act twice on the same lead.
  await page.getByRole('row', { name: /rfq-rule/ }).getByRole('link', { name: 'Tag quote requests' }).click();
  await expect(page.getByRole('heading', { name: 'Tag quote requests', level: 1 })).toBeVisible();
  await expect(page.getByTestId('rule-log-entry')).toHaveCount(1);
  await page.getByRole('button', { name: 'Run now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Checked' })).toHaveText('Checked 1 lead; the rule acted on 0.');
  await expect(page.getByTestId('rule-log-entry')).toHaveCount(1);
  await openRules(page);

  // One search box finds rules (by their sentence), criteria and leads.
  const search = page.getByLabel('Search rules, criteria and leads', { exact: true });
  await search.fill('rfq-rule');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('link', { name: 'Tag quote requests' })).toBeVisible();
  await search.fill('jonas');
  await expect(results.getByRole('link', { name: 'Jonas Weber' })).toHaveAttribute('href', /#\/leads\//);
  await search.fill('lead source category');
  await expect(results.getByRole('link', { name: 'New rule on “Lead source category”' })).toBeVisible();

  // The Criteria table counts the enabled rule under the scoring criterion it tests.
  await page.evaluate(() => {
    window.location.hash = '#/settings/criteria';
  });
  await expect(page.getByTestId('criterion-usage-lead_source')).toContainText('1');
  await expect(page.getByTestId('criterion-usage-job_title')).toContainText('0');
});

test('the spam template opens in the builder as a blocking rule that runs first', async ({ page }) => {
  await openFreshApp(page);
  await openRules(page);
  await page.getByRole('button', { name: 'From a template' }).click();
  const templates = page.getByRole('region', { name: 'Start from a template' });
  await expect(templates.getByRole('listitem')).toHaveCount(8);
  await templates.getByRole('link', { name: 'Spam and blocked leads are never emailed' }).click();

  await expect(page.getByRole('heading', { name: 'New rule from “Spam and blocked leads are never emailed”' })).toBeVisible();
  const sentence = page.getByTestId('rule-sentence');
  await expect(sentence).toContainText('WHEN');
  await expect(sentence).toContainText('priority 1');
  await expect(sentence).toContainText('blocking');
  await expect(page.getByText('Blocking: stops lower-priority rules for the leads it matches.')).toBeVisible();

  await page.getByRole('button', { name: /^4 Mode & priority/ }).click();
  await expect(page.getByLabel('Blocking', { exact: true })).toBeChecked();
  await expect(page.getByLabel('Priority', { exact: true })).toHaveValue('1');

  // It validates as it stands: the Save step lets it be turned on, with its name filled in.
  await page.getByRole('button', { name: /^6 Save/ }).click();
  await expect(page.getByLabel('Rule name', { exact: true })).toHaveValue('Spam and blocked leads are never emailed');
  await expect(page.getByRole('button', { name: 'Save and turn on' })).toBeEnabled();
});

test('removing a condition keeps each remaining value with its own condition', async ({ page }) => {
  await openFreshApp(page);
  await openRules(page);
  await page.getByRole('link', { name: 'New rule' }).click();
  await nextStep(page, 'Criteria');
  for (const [place, threshold] of [['Condition 1', '10'], ['Condition 2', '20']] as const) {
    await page.getByRole('button', { name: 'Add condition' }).click();
    await page.getByLabel(`${place}: criterion`, { exact: true }).selectOption({ label: 'Score' });
    await page.getByLabel(`${place}: operator`, { exact: true }).selectOption({ label: 'is more than' });
    await page.getByLabel(`${place}: value`, { exact: true }).fill(threshold);
  }
  await expect(page.getByTestId('rule-sentence')).toContainText('Score > 10 AND Score > 20');
  await page.getByRole('button', { name: 'Remove condition 1', exact: true }).click();
  // The condition that was second is now first, and shows its own 20.
  await expect(page.getByLabel('Condition 1: value', { exact: true })).toHaveValue('20');
  await expect(page.getByTestId('rule-sentence')).toContainText('Score > 20');
  await expect(page.getByTestId('rule-sentence')).not.toContainText('Score > 10');
});

test('a trigger on chosen fields takes a typed list of fields', async ({ page }) => {
  await openFreshApp(page);
  await openRules(page);
  await page.getByRole('link', { name: 'New rule' }).click();
  await page.getByRole('radio', { name: /^A lead is added or edited/ }).check();
  const fields = page.getByLabel('Only when these fields change', { exact: true });
  await fields.pressSequentially('group, stage');
  // The comma and the space stay as typed while the rule follows the list.
  await expect(fields).toHaveValue('group, stage');
  await expect(page.getByTestId('rule-sentence')).toContainText(/WHEN a lead is created or its .+ or .+ changes/);
});

test('a group change trigger takes from and to, "any" by default', async ({ page }) => {
  await openFreshApp(page);
  await openRules(page);
  await page.getByRole('link', { name: 'New rule' }).click();
  await page.getByRole('radio', { name: /^Group or stage changes/ }).check();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
  await page.getByLabel('To', { exact: true }).selectOption({ label: 'Qualified' });
  await expect(page.getByTestId('rule-sentence')).toContainText(/WHEN .*group.* to Qualified/);
  await page.getByLabel('From', { exact: true }).selectOption({ label: 'Nurturing' });
  await expect(page.getByTestId('rule-sentence')).toContainText(/from Nurturing to Qualified/);
});
