import { describe, expect, it } from 'vitest';
import { account, type AccountInput } from '../model/account';
import { contact, type ContactInput } from '../model/contact';
import { findAccountCandidates, findContactCandidates, similarCompany } from './matchExisting';

const base = { ownerId: 'u', teamId: 't', createdAt: 0, updatedAt: 0 };
const acct = (fields: Partial<AccountInput> & { id: string; name: string }) => account.parse({ ...base, ...fields });
const person = (fields: Partial<ContactInput> & { id: string }) => contact.parse({ ...base, ...fields });

describe('similarCompany', () => {
  it('ignores legal forms, case and punctuation; allows a slip per five letters', () => {
    expect(similarCompany('Gulf Power L.L.C.', 'gulf power')).toBe('same');
    expect(similarCompany('Acme Powr Ltd', 'Acme Power Inc')).toBe('similar');
    expect(similarCompany('Acme', 'Acne')).toBeNull();
    expect(similarCompany('Siemens', 'Samsung')).toBeNull();
    expect(similarCompany('', 'Acme')).toBeNull();
  });
});

describe('findContactCandidates', () => {
  it('finds contacts by email whatever the case, never by a blank address', () => {
    const contacts = [person({ id: 'c1', email: 'Ana@Acme.com' }), person({ id: 'c2', email: '' }), person({ id: 'c3', email: 'bo@acme.com' })];
    expect(findContactCandidates({ email: 'ana@acme.com' }, contacts).map((c) => [c.record.id, c.reasons])).toEqual([['c1', ['Same email ana@acme.com']]]);
    expect(findContactCandidates({ email: '' }, contacts)).toEqual([]);
  });
});

describe('findAccountCandidates', () => {
  const accounts = [
    acct({ id: 'a1', name: 'Acme Power LLC', website: 'https://www.acme.com' }),
    acct({ id: 'a2', name: 'Northwind' }),
    acct({ id: 'a3', name: 'Acme Powr' }),
    acct({ id: 'a4', name: 'Contoso' }),
  ];
  const contacts = [person({ id: 'c1', email: 'buyer@northwind.example', accountId: 'a2', name: 'Bo' }), person({ id: 'c2', email: 'x@gmail.com', accountId: 'a4' })];

  it('matches by website domain, by a contact’s email domain and by name, best first, with reasons', () => {
    const found = findAccountCandidates({ email: 'ana@acme.com', company: { name: 'Acme Power', website: '', industry: '', size: null, annualRevenue: null } }, accounts, contacts);
    expect(found.map((c) => c.record.id)).toEqual(['a1', 'a3']);
    expect(found[0]?.reasons).toEqual(["Same domain acme.com (lead's email, account's website)", 'Same company name (Acme Power LLC)']);
    expect(found[1]?.reasons[0]).toContain('Similar company name');
    const byContact = findAccountCandidates({ email: 'eve@northwind.example', company: { name: '', website: '', industry: '', size: null, annualRevenue: null } }, accounts, contacts);
    expect(byContact.map((c) => [c.record.id, c.reasons])).toEqual([['a2', ["Same domain northwind.example (lead's email, Bo's email)"]]]);
  });

  it('never matches on a free-mail domain or on nothing', () => {
    expect(findAccountCandidates({ email: 'y@gmail.com', company: { name: '', website: '', industry: '', size: null, annualRevenue: null } }, accounts, contacts)).toEqual([]);
  });
});
