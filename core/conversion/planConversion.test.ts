import { describe, expect, it } from 'vitest';
import { account, type Account } from '../model/account';
import { contact, type Contact } from '../model/contact';
import { lead } from '../model/lead';
import { defaultConversionMapping, type ConversionMapping } from './conversionMapping';
import { effectiveLines, planConversion, type ConversionInput } from './planConversion';

const owner = { ownerId: 'u1', teamId: 't1' };
const now = 1_000;
const ana = lead.parse({
  id: 'l1', ...owner, createdAt: 0, updatedAt: 0, name: 'Ana Ruiz', email: 'ana@acme.com', phone: '+971500000001', jobTitle: 'Buyer', country: 'AE', tags: ['solar'],
  group: 'qualified', company: { name: 'Acme Power', website: 'https://acme.com', industry: 'Energy', size: 120 }, customFields: { po: 'PO-7', erp: 'SAP' },
});
const existingContact: Contact = contact.parse({ id: 'c9', ...owner, createdAt: 0, updatedAt: 10, name: 'A. Ruiz', email: 'ana@acme.com', phone: '', jobTitle: 'Head of buying', accountId: null });
const existingAccount: Account = account.parse({ id: 'a9', ...owner, createdAt: 0, updatedAt: 10, name: 'Acme Power LLC', website: '', industry: 'Utilities', primaryContactId: 'c5' });

const input = (over: Partial<ConversionInput>): ConversionInput => ({ lead: ana, mapping: defaultConversionMapping, contact: { mode: 'new', id: 'c1' }, account: { mode: 'new', id: 'a1' }, now, owner, ...over });

describe('planConversion', () => {
  it('creates a contact and an account from the default mapping, custom fields to the contact', () => {
    const plan = planConversion(input({}));
    expect(plan.problems).toEqual([]);
    expect(plan.contact).toMatchObject({ id: 'c1', leadId: 'l1', accountId: 'a1', name: 'Ana Ruiz', email: 'ana@acme.com', jobTitle: 'Buyer', country: 'AE', tags: ['solar'], isPrimary: true, convertedAt: now, createdAt: now, customFields: { po: 'PO-7', erp: 'SAP' } });
    expect(plan.account).toMatchObject({ id: 'a1', name: 'Acme Power', website: 'https://acme.com', industry: 'Energy', size: 120, country: 'AE', sourceLeadId: 'l1', primaryContactId: 'c1' });
    expect(plan.leadPatch).toEqual({ group: 'customer', conversion: { contactId: 'c1', accountId: 'a1', convertedAt: now } });
    expect(plan.label).toBe('Converted Ana Ruiz into a new contact at Acme Power');
    expect(plan.lines.find((line) => line.to === 'annualRevenue')?.action).toBe('empty');
    expect(plan.lines.find((line) => line.to === 'name' && line.target === 'account')?.action).toBe('set');
  });

  it('fills only the empty fields of existing records', () => {
    const plan = planConversion(input({ contact: { mode: 'existing', record: existingContact, overwrite: [] }, account: { mode: 'existing', record: existingAccount, overwrite: [] } }));
    expect(plan.problems).toEqual([]);
    expect(plan.contact).toMatchObject({ id: 'c9', name: 'A. Ruiz', phone: '+971500000001', jobTitle: 'Head of buying', accountId: 'a9', leadId: 'l1', isPrimary: false, updatedAt: now });
    expect(plan.account).toMatchObject({ id: 'a9', name: 'Acme Power LLC', website: 'https://acme.com', industry: 'Utilities', primaryContactId: 'c5' });
    const action = (target: string, to: string) => plan.lines.find((line) => line.target === target && line.to === to)?.action;
    expect(action('contact', 'name')).toBe('keep');
    expect(action('contact', 'phone')).toBe('fill');
    expect(action('contact', 'email')).toBe('same');
    expect(action('account', 'industry')).toBe('keep');
    expect(plan.lines.find((line) => line.target === 'contact' && line.to === 'name')?.current).toBe('A. Ruiz');
    expect(plan.label).toBe('Converted Ana Ruiz into contact A. Ruiz at Acme Power LLC');
  });

  it('overwrites the fields the seller picked, and only those', () => {
    const plan = planConversion(input({ contact: { mode: 'existing', record: existingContact, overwrite: ['name'] }, account: { mode: 'existing', record: existingAccount, overwrite: ['industry'] } }));
    expect(plan.contact.name).toBe('Ana Ruiz');
    expect(plan.contact.jobTitle).toBe('Head of buying');
    expect(plan.account?.industry).toBe('Energy');
    expect(plan.account?.name).toBe('Acme Power LLC');
    expect(plan.lines.find((line) => line.target === 'contact' && line.to === 'name')?.action).toBe('overwrite');
  });

  it('converts to a contact only when there is no account', () => {
    const plan = planConversion(input({ account: null }));
    expect(plan.account).toBeNull();
    expect(plan.contact.accountId).toBeNull();
    expect(plan.contact.isPrimary).toBe(false);
    expect(plan.lines.every((line) => line.target === 'contact')).toBe(true);
    expect(plan.label).toBe('Converted Ana Ruiz into a new contact');
  });

  it('refuses a new account for a lead that names no company', () => {
    const plan = planConversion(input({ lead: { ...ana, company: { ...ana.company, name: '' } } }));
    expect(plan.problems).toEqual(['The lead names no company, so a new account has no name: choose an existing account or none']);
  });

  it('routes explicit custom lines and leaves unconvertible values out', () => {
    const mapping: ConversionMapping = {
      lines: [
        ...defaultConversionMapping.lines.filter((line) => line.from !== 'company.size'),
        { from: 'customFields.po', target: 'account', to: 'customFields.lastPo' },
        { from: 'customFields.erp', target: 'account', to: 'size' },
      ],
      otherCustomFields: 'skip',
    };
    const plan = planConversion(input({ mapping }));
    expect(plan.account?.customFields).toEqual({ lastPo: 'PO-7' });
    expect(plan.contact.customFields).toEqual({});
    // "SAP" is not a number of employees: shown in the preview, left out of the account.
    expect(plan.account?.size).toBeNull();
    expect(plan.lines.find((line) => line.from === 'customFields.erp')?.action).toBe('unconvertible');
  });

  it('adds a line for each custom field not named, unless taken', () => {
    const mapping: ConversionMapping = { lines: [...defaultConversionMapping.lines, { from: 'customFields.po', target: 'account', to: 'customFields.po' }], otherCustomFields: 'account' };
    expect(effectiveLines(ana, mapping).slice(-2)).toEqual([
      { from: 'customFields.po', target: 'account', to: 'customFields.po' },
      { from: 'customFields.erp', target: 'account', to: 'customFields.erp' },
    ]);
  });
});
