import { describe, expect, it } from 'vitest';
import { account } from './account';
import { contact } from './contact';

const base = { ownerId: 'seller-1', teamId: 'team-1', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 };

describe('contact', () => {
  it('fills defaults and keeps the lead link', () => {
    const parsed = contact.parse({ ...base, id: 'contact-1', leadId: 'lead-1', name: 'Aisha Khan' });
    expect(parsed).toMatchObject({
      leadId: 'lead-1',
      accountId: null,
      email: '',
      country: '',
      tags: [],
      consent: { marketingOptIn: false, unsubscribed: false, bounced: false },
      isPrimary: false,
      convertedAt: null,
    });
  });

  it('points at its account', () => {
    const parsed = contact.parse({ ...base, id: 'contact-2', accountId: 'account-1' });
    expect(parsed.accountId).toBe('account-1');
    expect(parsed.leadId).toBe('');
  });

  it('refuses a non-ISO country and a bad id', () => {
    expect(contact.safeParse({ ...base, id: 'contact-3', country: 'UAE' }).success).toBe(false);
    expect(contact.safeParse({ ...base, id: 'has space' }).success).toBe(false);
  });

  it('refuses missing base fields', () => {
    expect(contact.safeParse({ id: 'contact-4' }).success).toBe(false);
  });
});

describe('account', () => {
  it('needs a name and trims it', () => {
    expect(account.parse({ ...base, id: 'account-1', name: '  Gulf Power LLC ' }).name).toBe('Gulf Power LLC');
    const missing = account.safeParse({ ...base, id: 'account-2', name: '   ' });
    expect(missing.success).toBe(false);
    if (!missing.success) expect(missing.error.issues[0]?.message).toBe('an account needs a name');
  });

  it('fills company defaults', () => {
    expect(account.parse({ ...base, id: 'account-3', name: 'Acme' })).toMatchObject({
      size: null,
      annualRevenue: null,
      primaryContactId: null,
      sourceLeadId: '',
      tags: [],
    });
  });

  it('refuses negative sizes and revenues', () => {
    expect(account.safeParse({ ...base, id: 'account-4', name: 'Acme', size: -1 }).success).toBe(false);
    expect(account.safeParse({ ...base, id: 'account-5', name: 'Acme', annualRevenue: -5 }).success).toBe(false);
    expect(account.safeParse({ ...base, id: 'account-6', name: 'Acme', size: 2.5 }).success).toBe(false);
  });
});
