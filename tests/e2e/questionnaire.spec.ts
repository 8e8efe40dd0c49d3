import { expect, test } from '@playwright/test';
import { openFreshApp, saveQualifyOnAnswersRule, seedLeads } from './helpers';

test('send a questionnaire from the lead page, the buyer answers, the score and group change on screen', async ({ page }) => {
  await openFreshApp(page);
  // The default questionnaire and its RFQ rule come with a new seller.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Questionnaires' }).click();
  await expect(page.getByTestId('questionnaire-row-default')).toContainText('Request for quote');

  // A rule that qualifies a buyer who answers with a high budget as the decision maker.
  await saveQualifyOnAnswersRule(page);
  const [leadId] = await seedLeads(page, [{ name: 'Amira Saleh', email: 'amira@gulfpower.ae', company: 'Gulf Power', country: 'AE' }]);
  await page.goto(`/?e2e=1#/leads/${leadId}`);
  const detail = page.getByRole('complementary', { name: 'Amira Saleh' });
  await expect(detail).toBeVisible();
  const score = detail.locator('.score-badge strong');
  const scoreBefore = Number(await score.textContent());
  await expect(detail.getByLabel('Group', { exact: true })).toHaveValue('untouched');

  // What is known (name, country, company) is not asked again.
  const section = detail.getByRole('region', { name: 'Questionnaire' });
  await expect(section.getByTestId('questionnaire-plan')).toContainText('3 left out as already known');
  await section.getByRole('button', { name: 'Send questionnaire' }).click();
  const line = section.getByTestId('dispatch-line');
  await expect(line).toContainText('Waiting for answers');
  const link = (await line.locator('code').textContent()) ?? '';
  expect(link).toMatch(/^https:\/\/powercozmo\.com\/q\/[A-Za-z0-9_-]{22}$/);
  const token = link.split('/q/')[1] ?? '';

  // The email with the link waits in the approval queue.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Approvals/ }).click();
  await expect(page.getByText('A few questions about your request, Amira').first()).toBeVisible();
  await page.goBack();
  await expect(detail).toBeVisible();

  // The buyer answers at the link (the platform stand-in writes the answers as replication will).
  await page.evaluate(
    async ({ token }) => {
      const platform = window.__leadCenterTest?.platform;
      if (!platform) throw new Error('platform stand-in missing');
      await platform.answer(token, {
        'job-title': 'Director',
        'company-size': 400,
        budget: 'High Budget',
        authority: 'Decision Maker',
        need: 'Urgent Need',
        timeline: 'Ready to Purchase',
        product: 'Gas turbine spare parts',
        quantity: 40,
        'delivery-date': 'next spring',
      });
    },
    { token },
  );

  await expect(detail.getByLabel('Group', { exact: true })).toHaveValue('qualified');
  await expect(score).not.toHaveText(String(scoreBefore));
  expect(Number(await score.textContent())).toBeGreaterThan(scoreBefore);
  await expect(line).toContainText('Answered');
  // The one answer that did not fit is kept, with the reason, and not written.
  await expect(line.getByRole('list', { name: 'Answers not written into the lead' })).toContainText('Needed by: give a date as YYYY-MM-DD (answered “next spring”)');
  await expect(detail.getByText(/Answered a questionnaire: \d+ fields filled, 1 answer not used/)).toBeVisible();
  await expect(detail.getByText('Moved to Qualified')).toBeVisible();

  // "Let the buyer answer again" (issue 7): the dispatch waits for answers at the same link.
  await line.getByRole('button', { name: 'Let the buyer answer again' }).click();
  await expect(line).toContainText('Waiting for answers');
  await expect(line.getByRole('button', { name: 'Let the buyer answer again' })).toHaveCount(0);
  await expect(line.locator('code')).toHaveText(link);
});

test('a questionnaire is built in the editor: add, fill, move and remove questions, then save', async ({ page }) => {
  await openFreshApp(page);
  await page.goto('/?e2e=1#/questionnaires');
  await page.getByRole('button', { name: 'New questionnaire' }).click();
  await expect(page.getByRole('heading', { name: 'New questionnaire', level: 1 })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Spare parts RFQ');

  // Saving without questions says what is missing.
  await page.getByRole('button', { name: 'Save questionnaire' }).click();
  await expect(page.getByRole('alert')).toHaveText('a questionnaire needs at least one question');

  const quote = page.getByTestId('section-quote');
  await quote.getByRole('button', { name: 'Add a Quote question' }).click();
  await quote.getByRole('button', { name: 'Add a Quote question' }).click();
  await quote.getByRole('textbox', { name: 'Question 1', exact: true }).fill('Part number');
  await quote.getByRole('textbox', { name: 'Question 2', exact: true }).fill('Quantity');
  await quote.getByRole('listitem', { name: 'Question 2' }).getByRole('combobox', { name: 'Answer', exact: true }).selectOption({ label: 'Number' });
  await quote.getByRole('button', { name: 'Move Question 2 up' }).click();
  await expect(quote.getByRole('textbox', { name: 'Question 1', exact: true })).toHaveValue('Quantity');

  const company = page.getByTestId('section-company');
  await company.getByRole('button', { name: 'Add a Company question' }).click();
  const size = company.getByRole('listitem', { name: 'Question 3' });
  await size.getByRole('textbox', { name: 'Question 3', exact: true }).fill('How many people work with you?');
  await size.getByRole('combobox', { name: 'Fills lead field' }).selectOption({ label: 'Company size (employees)' });
  await expect(size.getByRole('combobox', { name: 'Answer', exact: true })).toHaveValue('number');
  await size.getByLabel('Required', { exact: true }).check();

  // A choice question needs options: the problem is named before saving.
  await quote.getByRole('listitem', { name: 'Question 2' }).getByRole('combobox', { name: 'Answer', exact: true }).selectOption({ label: 'One choice' });
  await expect(page.getByRole('status').filter({ hasText: 'To save' })).toHaveText('To save: Question 2: a choice question needs at least two options');
  await quote.getByRole('listitem', { name: 'Question 2' }).getByLabel('Options, one per line').fill('GT-100\nGT-200');
  await quote.getByRole('button', { name: 'Remove Question 1' }).click();

  await page.getByRole('button', { name: 'Save questionnaire' }).click();
  await expect(page.getByRole('heading', { name: 'Questionnaire: Spare parts RFQ', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'All questionnaires' }).click();
  const row = page.getByRole('row', { name: /Spare parts RFQ/ });
  // Personal, Company, BANT-CHAMP, Quote.
  await expect(row.getByRole('cell')).toHaveText(['0', '1', '0', '1', /./]);
});
