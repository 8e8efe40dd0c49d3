import { describe, expect, it } from 'vitest';
import { account } from '../model/account';
import { contact } from '../model/contact';
import { lead, type LeadInput } from '../model/lead';
import { defaultQualificationSettings } from '../settings/qualificationSettings';
import { defaultQuestions } from './defaultQuestionnaire';
import { knownValue, selectQuestions } from './selectQuestions';

const base = { ownerId: 'u1', teamId: 't1', createdAt: 1, updatedAt: 1 };
const makeLead = (input: Partial<LeadInput> = {}) => lead.parse({ id: 'lead-1', ...base, ...input });
const ids = (questions: readonly { id: string }[]) => questions.map((q) => q.id);
const quoteIds = ['product', 'quantity', 'specifications', 'delivery-place', 'delivery-date', 'quote-budget'];

describe('selectQuestions', () => {
  it('asks a new, empty lead every question', () => {
    const selection = selectQuestions(defaultQuestions, makeLead({ email: 'a@b.com' }), null, defaultQualificationSettings);
    expect(ids(selection.ask)).toEqual(ids(defaultQuestions));
    expect(selection.skipped).toEqual([]);
    expect(selection.knownContact).toBe(false);
  });

  it('skips general questions whose lead field is filled, and always asks the quote part', () => {
    const filled = makeLead({
      name: 'Amira Saleh',
      jobTitle: 'Engineer',
      phone: '+97141234567',
      country: 'AE',
      company: { name: 'Gulf Power', size: 120, annualRevenue: null, industry: 'Oil & Gas', website: '' },
      qualification: { budget: 'high', authority: 'not_disclosed', need: '', timeline: 'ready', challenges: ['Technical'], fit: '' },
      customFields: { quote_product: 'Turbine blades', quote_quantity: 40 },
    });
    const selection = selectQuestions(defaultQuestions, filled, null, defaultQualificationSettings);
    // "Not disclosed" counts as missing: the buyer may tell us now.
    expect(ids(selection.ask)).toEqual(['annual-revenue', 'budget-amount', 'authority', 'need', ...quoteIds]);
    expect(selection.skipped.find((s) => s.question.id === 'name')?.reason).toBe('the lead already has it');
  });

  it('a known contact is asked only what neither the lead nor its contact and account know', () => {
    const known = {
      contact: contact.parse({ id: 'c1', ...base, name: 'Amira Saleh', phone: '+97141234567', jobTitle: 'Director', country: '' }),
      account: account.parse({ id: 'a1', ...base, name: 'Gulf Power', size: 300, country: 'AE', industry: 'Power Generation' }),
    };
    const extra = { id: 'hear', section: 'personal' as const, label: 'How did you hear of us?', kind: 'text' as const, help: '', options: [], required: false, leadField: '' };
    const selection = selectQuestions([...defaultQuestions, extra], makeLead({ email: 'amira@gulfpower.ae' }), known, defaultQualificationSettings);
    expect(selection.knownContact).toBe(true);
    expect(ids(selection.ask)).toEqual(['annual-revenue', 'budget', 'budget-amount', 'authority', 'need', 'timeline', 'challenges', ...quoteIds]);
    expect(selection.skipped.find((s) => s.question.id === 'country')?.reason).toBe('known from the contact record');
    expect(selection.skipped.find((s) => s.question.id === 'hear')?.reason).toBe('a known contact is asked only for missing data');
  });

  it('offers the seller’s current qualification labels', () => {
    const renamed = { ...defaultQualificationSettings, budget: [{ value: 'big', label: 'Big money', rank: 3 }, { value: 'small', label: 'Small money', rank: 1 }] };
    const selection = selectQuestions(defaultQuestions, makeLead(), null, renamed);
    expect(selection.ask.find((q) => q.id === 'budget')?.options).toEqual(['Big money', 'Small money']);
  });

  it('reads custom fields of a contact first, then its account', () => {
    const known = {
      contact: contact.parse({ id: 'c1', ...base, customFields: { size_class: 'L' } }),
      account: account.parse({ id: 'a1', ...base, name: 'X', customFields: { size_class: 'S', vat: 'AE1' } }),
    };
    expect(knownValue(known, 'customFields.size_class')).toBe('L');
    expect(knownValue(known, 'customFields.vat')).toBe('AE1');
    expect(knownValue({ ...known, account: null }, 'company.name')).toBe('');
  });
});

describe('selectQuestions for a converted lead whose contact is not here', () => {
  it('is a known contact: unmapped general questions are left out', () => {
    const extra = { id: 'hear', section: 'personal' as const, label: 'How did you hear of us?', kind: 'text' as const, help: '', options: [], required: false, leadField: '' };
    const selection = selectQuestions([extra, ...defaultQuestions], makeLead({ name: 'Amira' }), { contact: null, account: null }, defaultQualificationSettings);
    expect(selection.knownContact).toBe(true);
    expect(ids(selection.ask)).not.toContain('hear');
    expect(ids(selection.ask)).not.toContain('name');
    expect(ids(selection.ask)).toContain('company');
  });
});
