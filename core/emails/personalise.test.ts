import { describe, expect, it } from 'vitest';
import { lead as leadSchema, type Lead, type LeadInput } from '../model/lead';
import { defaultEmailTemplates, emailTemplate } from './emailTemplates';
import { draftFromTemplate, emailTokens, fillTokens, firstNameOf, tokenValues, unfilledTokens, unknownTokens } from './personalise';

const t0 = Date.UTC(2026, 10, 23, 9);
const makeLead = (input: Partial<LeadInput> = {}): Lead => leadSchema.parse({ id: 'lead-1', ownerId: 'u1', teamId: 't1', createdAt: t0, updatedAt: t0, ...input });

const full = makeLead({
  name: 'Dr. Ahmed Al Mansouri',
  jobTitle: 'Procurement Manager',
  country: 'AE',
  company: { name: 'Gulf Power Co', industry: 'Power Generation' },
  qualification: { need: 'gas turbine spare parts', timeline: 'Q1 2027', challenges: ['  long lead times ', 'price'] },
  source: { event: 'Middle East Energy 2026' },
});
const sender = { name: 'Rana Haddad', email: 'rana@seller.ae', company: 'Haddad Trading' };

describe('tokenValues', () => {
  it('reads every token from the lead and the sender', () => {
    expect(tokenValues(full, sender)).toEqual({
      'lead.firstName': 'Ahmed',
      'lead.name': 'Dr. Ahmed Al Mansouri',
      'lead.jobTitle': 'Procurement Manager',
      'lead.need': 'gas turbine spare parts',
      'lead.timeline': 'Q1 2027',
      'lead.challenge': 'long lead times',
      'lead.event': 'Middle East Energy 2026',
      'lead.country': 'United Arab Emirates',
      'company.name': 'Gulf Power Co',
      'company.industry': 'Power Generation',
      'seller.name': 'Rana Haddad',
      'seller.email': 'rana@seller.ae',
      'seller.company': 'Haddad Trading',
    });
  });

  it('has a value for exactly the tokens it lists, empty where the lead has nothing', () => {
    const values = tokenValues(makeLead(), { name: '' });
    expect(Object.keys(values).sort()).toEqual(emailTokens.map((t) => t.token).sort());
    expect(Object.values(values).every((v) => v === '')).toBe(true);
  });

  it('keeps a value on one line and never lets it look like a token', () => {
    const sneaky = makeLead({ name: 'Sam\n{{seller.email}}', company: { name: 'A  \t B' } });
    const values = tokenValues(sneaky, { name: 'X' });
    expect(values['company.name']).toBe('A B');
    expect(values['lead.name']).not.toContain('{{');
    expect(fillTokens('Dear {{lead.name}}', values)).toEqual({ text: 'Dear Sam { {seller.email} }', unfilled: [] });
  });

  it('leaves the country empty for a code it does not know', () => {
    expect(tokenValues(makeLead({ country: 'XX' }), sender)['lead.country']).toBe('');
  });
});

describe('firstNameOf', () => {
  it('skips titles and tidies the case', () => {
    expect(firstNameOf('Eng. Fatima Al Zahra')).toBe('Fatima');
    expect(firstNameOf('JOHN O’BRIEN')).toBe('John');
    expect(firstNameOf('  mr  ')).toBe('');
    expect(firstNameOf('')).toBe('');
    expect(firstNameOf('Mr. Dr. Li')).toBe('Li');
  });
});

describe('fillTokens', () => {
  it('fills known tokens, tolerates spaces inside the braces, and lists what is left once', () => {
    const out = fillTokens('Hi {{ lead.firstName }}, re {{lead.need}} and {{lead.need}} {{nope}}', { 'lead.firstName': 'Ahmed', 'lead.need': '' });
    expect(out).toEqual({ text: 'Hi Ahmed, re {{lead.need}} and {{lead.need}} {{nope}}', unfilled: ['lead.need', 'nope'] });
  });

  it('does not fill from inherited properties or replace twice', () => {
    expect(fillTokens('{{constructor}} {{toString}}', {}).unfilled).toEqual(['constructor', 'toString']);
    expect(fillTokens('{{a}}', { a: '{{b}}', b: 'x' }).text).toBe('{ {b} }');
  });

  it('treats text without tokens and bad input calmly', () => {
    expect(fillTokens('plain { text } {single}', {})).toEqual({ text: 'plain { text } {single}', unfilled: [] });
    expect(fillTokens(undefined as unknown as string, {})).toEqual({ text: '', unfilled: [] });
  });
});

describe('unfilledTokens and unknownTokens', () => {
  it('finds every token left, known or not, including an empty one', () => {
    expect(unfilledTokens('{{lead.firstName}} {{lead.fristName}} {{}} {{lead.firstName}}')).toEqual(['lead.firstName', 'lead.fristName', '']);
    expect(unknownTokens('{{lead.firstName}} {{lead.fristName}} {{}}')).toEqual(['lead.fristName', '']);
    expect(unfilledTokens('')).toEqual([]);
    expect(unfilledTokens(42 as unknown as string)).toEqual([]);
  });
});

describe('draftFromTemplate', () => {
  it('fills the COLD template completely for a lead with name, need and a sender', () => {
    const cold = defaultEmailTemplates.find((t) => t.id === 'cold-close-file');
    if (cold === undefined) throw new Error('no COLD template');
    const draft = draftFromTemplate(cold, full, sender);
    expect(draft.subject).toBe('Should I close your file?');
    expect(draft.body).toContain('Hi Ahmed,');
    expect(draft.body).toContain('regarding gas turbine spare parts supply');
    expect(draft.body.endsWith('Rana Haddad')).toBe(true);
    expect(draft.unfilled).toEqual([]);
    expect(unfilledTokens(draft.body)).toEqual([]);
  });

  it('lists the tokens it could not fill from subject and body together', () => {
    const template = emailTemplate.parse({ id: 't', name: 'T', level: null, kind: 'other', subject: 'For {{company.name}}', body: 'Hi {{lead.firstName}} of {{company.name}}', attachmentIds: ['a1'] });
    const draft = draftFromTemplate(template, makeLead({ name: 'Li' }), sender);
    expect(draft).toEqual({ subject: 'For {{company.name}}', body: 'Hi Li of {{company.name}}', unfilled: ['company.name'], attachmentIds: ['a1'] });
    draft.attachmentIds.push('x');
    expect(template.attachmentIds).toEqual(['a1']);
  });
});
