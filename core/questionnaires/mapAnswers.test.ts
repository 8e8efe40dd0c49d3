import { describe, expect, it } from 'vitest';
import { dispatchQuestion, type DispatchQuestion } from '../model/dispatch';
import { lead } from '../model/lead';
import { defaultQualificationSettings } from '../settings/qualificationSettings';
import { defaultQuestions } from './defaultQuestionnaire';
import { mapAnswers } from './mapAnswers';
import { validateAnswers } from './validateAnswers';

const empty = lead.parse({ id: 'lead-1', ownerId: 'u1', teamId: 't1', createdAt: 1, updatedAt: 1, email: 'amira@gulfpower.ae', customFields: { keep: 'me' } });

describe('mapAnswers', () => {
  it('writes each answer into its lead field in the form the lead stores', () => {
    const answers = {
      name: 'Amira Saleh',
      'job-title': 'Director',
      phone: '+971 4 123 4567',
      country: 'AE',
      company: 'Gulf Power',
      'company-size': 250.4,
      'annual-revenue': '12,000,000',
      industry: 'Oil & Gas',
      budget: 'High Budget',
      'budget-amount': 50000,
      authority: 'Decision Maker',
      need: 'urgent need',
      timeline: 'Within 1 Month',
      challenges: ['Technical', 'Financial'],
      product: 'Turbine blades',
      quantity: 40,
      specifications: 'Inconel 718',
      'delivery-place': 'Jebel Ali',
      'delivery-date': '2026-03-01',
      'quote-budget': 48000,
    };
    const { accepted, problems } = validateAnswers(defaultQuestions, answers);
    expect(problems).toEqual([]);
    const mapped = mapAnswers(empty, defaultQuestions, accepted, defaultQualificationSettings);
    expect(mapped.problems).toEqual([]);
    expect(mapped.fields).toHaveLength(defaultQuestions.length);
    expect(mapped.lead).toMatchObject({
      name: 'Amira Saleh',
      jobTitle: 'Director',
      phone: '+97141234567',
      country: 'AE',
      company: { name: 'Gulf Power', size: 250, annualRevenue: 12_000_000, industry: 'Oil & Gas', website: '' },
      qualification: { budget: 'high', budgetAmount: 50000, authority: 'decision_maker', need: 'urgent', timeline: 'within_1_month', challenges: ['Technical', 'Financial'] },
      customFields: {
        keep: 'me',
        quote_product: 'Turbine blades',
        quote_quantity: 40,
        quote_specifications: 'Inconel 718',
        quote_delivery_place: 'Jebel Ali',
        quote_delivery_date: '2026-03-01',
        quote_budget: 48000,
      },
    });
    // Nothing outside the answered fields moves.
    expect({ ...mapped.lead, name: '', jobTitle: '', phone: '', country: '', company: empty.company, qualification: empty.qualification, customFields: empty.customFields }).toEqual(empty);
  });

  it('leaves unanswered fields as they were and writes nothing for questions without a field', () => {
    const note = dispatchQuestion.parse({ id: 'note', label: 'Anything else?', kind: 'long_text' });
    const questions = [note, ...defaultQuestions];
    const { accepted } = validateAnswers(questions, { note: 'Call after 4pm', quantity: 3 });
    const mapped = mapAnswers(empty, questions, accepted, defaultQualificationSettings);
    expect(mapped.fields).toEqual(['customFields.quote_quantity']);
    expect(mapped.lead.customFields).toEqual({ keep: 'me', quote_quantity: 3 });
  });

  it('an option the settings no longer have is a problem, not a write', () => {
    const renamed = { ...defaultQualificationSettings, budget: [{ value: 'big', label: 'Big money', rank: 3 }, { value: 'none', label: 'None', rank: 0 }] };
    const budget = defaultQuestions.find((q) => q.id === 'budget') as DispatchQuestion;
    const { accepted } = validateAnswers([budget], { budget: 'High Budget' });
    const mapped = mapAnswers(empty, [budget], accepted, renamed);
    expect(mapped.problems).toEqual([{ questionId: 'budget', reason: '"High Budget" is no longer one of the Budget options' }]);
    expect(mapped.lead).toEqual(empty);
  });

  it('an answer that would make the lead invalid is a problem', () => {
    const title = dispatchQuestion.parse({ id: 'title', label: 'Title', kind: 'long_text', leadField: 'jobTitle' });
    const currency = dispatchQuestion.parse({ id: 'cur', label: 'Currency', kind: 'text', leadField: 'qualification.budgetCurrency' });
    const { accepted } = validateAnswers([title, currency], { title: 'x'.repeat(300), cur: 'dollars' });
    const mapped = mapAnswers(empty, [title, currency], accepted, defaultQualificationSettings);
    // Long text is cut to the field's 200 characters rather than refused.
    expect(mapped.lead.jobTitle).toHaveLength(200);
    expect(mapped.problems).toEqual([{ questionId: 'cur', reason: 'a currency is a three-letter code such as USD' }]);
  });
});
