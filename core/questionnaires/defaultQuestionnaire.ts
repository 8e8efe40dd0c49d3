import type { DispatchQuestion } from '../model/dispatch';
import { qualificationOptions, g3QualificationOptions } from '../reference/qualificationOptions';
import { defaultEmailBody, defaultEmailSubject, type QuestionnaireTemplate } from './questionnaireTemplate';

/**
 * Seed 002 "Questioner Tool": general information (personal, company, BANT-CHAMP) and the specific
 * data needed for a quote. Option lists come from seed 002's criteria tables (job titles,
 * industries, challenges) and seed 003's qualification options (budget, authority, need, timeline).
 * General questions fill lead fields and are asked only while the lead is missing them; quote
 * questions are asked every time (each request for a quote is a new one).
 */

const labels = (list: readonly { label: string }[]) => list.map((o) => o.label);

const q = (question: Partial<DispatchQuestion> & Pick<DispatchQuestion, 'id' | 'label' | 'kind' | 'section'>): DispatchQuestion => ({
  help: '',
  options: [],
  required: false,
  leadField: '',
  ...question,
});

export const defaultQuestions: readonly DispatchQuestion[] = [
  q({ id: 'name', section: 'personal', label: 'Your full name', kind: 'text', leadField: 'name', required: true }),
  q({
    id: 'job-title',
    section: 'personal',
    label: 'Your role',
    kind: 'single_choice',
    options: ['CEO', 'VP', 'Director', 'Manager', 'Engineer', 'Procurement Specialist', 'Buyer', 'Other'],
    leadField: 'jobTitle',
  }),
  q({ id: 'phone', section: 'personal', label: 'A phone number we can reach you on', kind: 'phone', leadField: 'phone', help: 'With the country code, e.g. +971 4 123 4567.' }),
  q({ id: 'country', section: 'personal', label: 'Your country', kind: 'country', leadField: 'country' }),
  q({ id: 'company', section: 'company', label: 'Company name', kind: 'text', leadField: 'company.name', required: true }),
  q({ id: 'company-size', section: 'company', label: 'How many people work at your company?', kind: 'number', leadField: 'company.size' }),
  q({ id: 'annual-revenue', section: 'company', label: 'Annual revenue (US dollars)', kind: 'number', leadField: 'company.annualRevenue', help: 'A rough figure is fine.' }),
  q({
    id: 'industry',
    section: 'company',
    label: 'Your industry',
    kind: 'single_choice',
    options: ['Power Generation', 'Renewable Energy Sources', 'Water Treatment Technologies', 'Oil & Gas', 'Manufacturing', 'Other'],
    leadField: 'company.industry',
  }),
  q({ id: 'budget', section: 'bant_champ', label: 'Is there a budget for this purchase?', kind: 'single_choice', options: labels(qualificationOptions.budget), leadField: 'qualification.budget' }),
  q({ id: 'budget-amount', section: 'bant_champ', label: 'About how much is the budget (US dollars)?', kind: 'number', leadField: 'qualification.budgetAmount' }),
  q({
    id: 'authority',
    section: 'bant_champ',
    label: 'What is your role in the purchasing decision?',
    kind: 'single_choice',
    options: labels(qualificationOptions.authority),
    leadField: 'qualification.authority',
  }),
  q({ id: 'need', section: 'bant_champ', label: 'How pressing is the need?', kind: 'single_choice', options: labels(qualificationOptions.need), leadField: 'qualification.need' }),
  q({ id: 'timeline', section: 'bant_champ', label: 'When do you plan to buy?', kind: 'single_choice', options: labels(qualificationOptions.timeline), leadField: 'qualification.timeline' }),
  q({
    id: 'challenges',
    section: 'bant_champ',
    label: 'What obstacles are you facing?',
    kind: 'multiple_choice',
    options: labels(g3QualificationOptions.challenges),
    leadField: 'qualification.challenges',
  }),
  q({ id: 'product', section: 'quote', label: 'Which product or service do you need a quote for?', kind: 'text', leadField: 'customFields.quote_product', required: true }),
  q({ id: 'quantity', section: 'quote', label: 'Quantity', kind: 'number', leadField: 'customFields.quote_quantity', required: true }),
  q({ id: 'specifications', section: 'quote', label: 'Specifications', kind: 'long_text', leadField: 'customFields.quote_specifications', help: 'Ratings, standards, materials, drawings you can describe.' }),
  q({ id: 'delivery-place', section: 'quote', label: 'Delivery address or port', kind: 'text', leadField: 'customFields.quote_delivery_place' }),
  q({ id: 'delivery-date', section: 'quote', label: 'Needed by', kind: 'date', leadField: 'customFields.quote_delivery_date' }),
  q({ id: 'quote-budget', section: 'quote', label: 'Budget for this order (US dollars)', kind: 'number', leadField: 'customFields.quote_budget' }),
];

export const defaultTemplateId = 'default';

export const defaultQuestionnaire: QuestionnaireTemplate = {
  name: 'Request for quote',
  description: 'Seed 002’s questionnaire: general information (personal, company, BANT-CHAMP) and the data needed for a quote.',
  emailSubject: defaultEmailSubject,
  emailBody: defaultEmailBody,
  questions: defaultQuestions.map((question) => ({ ...question, options: [...question.options] })),
};
