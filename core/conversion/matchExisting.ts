import { distance } from 'fastest-levenshtein';
import { companyKey, emailKey } from '../capture/duplicateKeys';
import type { Account } from '../model/account';
import type { Contact } from '../model/contact';
import type { Lead } from '../model/lead';
import { emailCompanyDomain, websiteDomain } from './companyDomain';

/** An existing record the lead may be, with why it was found. Best first. */
export interface Candidate<T> {
  record: T;
  reasons: string[];
  /** 3 same email / domain, 2 same company name, 1 similar name: the order of the list. */
  strength: number;
}

/** Contacts with the lead's address (case-insensitive). */
export function findContactCandidates(lead: Pick<Lead, 'email'>, contacts: readonly Contact[]): Candidate<Contact>[] {
  const key = emailKey(lead.email);
  if (key === '') return [];
  return contacts.filter((contact) => emailKey(contact.email) === key).map((record) => ({ record, reasons: [`Same email ${key}`], strength: 3 }));
}

/**
 * Close enough to be the same company: equal once legal forms, case and punctuation are gone, or
 * a few typing slips apart (about one edit per five letters, never on names under five letters).
 */
export function similarCompany(a: string, b: string): 'same' | 'similar' | null {
  const keyA = companyKey(a);
  const keyB = companyKey(b);
  if (keyA === '' || keyB === '') return null;
  if (keyA === keyB) return 'same';
  const shorter = Math.min(keyA.length, keyB.length);
  if (shorter < 5) return null;
  return distance(keyA, keyB) <= Math.floor(shorter / 5) ? 'similar' : null;
}

/**
 * Accounts that may be the lead's company: the same domain (the account's website, or the
 * address of one of its contacts; free-mail domains never count) or the same or a similar name.
 */
export function findAccountCandidates(lead: Pick<Lead, 'email' | 'company'>, accounts: readonly Account[], contacts: readonly Contact[]): Candidate<Account>[] {
  const leadDomains = new Map<string, string>();
  const fromWebsite = websiteDomain(lead.company.website);
  if (fromWebsite !== '') leadDomains.set(fromWebsite, 'website');
  const fromEmail = emailCompanyDomain(lead.email);
  if (fromEmail !== '' && !leadDomains.has(fromEmail)) leadDomains.set(fromEmail, 'email');
  const contactDomains = new Map<string, Map<string, string>>();
  for (const contact of contacts) {
    const domain = emailCompanyDomain(contact.email);
    if (domain === '' || contact.accountId === null) continue;
    const byDomain = contactDomains.get(contact.accountId) ?? new Map<string, string>();
    if (!byDomain.has(domain)) byDomain.set(domain, contact.name || contact.email);
    contactDomains.set(contact.accountId, byDomain);
  }
  const out: Candidate<Account>[] = [];
  for (const account of accounts) {
    const reasons: string[] = [];
    let strength = 0;
    const accountDomain = websiteDomain(account.website);
    for (const [domain, where] of leadDomains) {
      if (domain === accountDomain) reasons.push(`Same domain ${domain} (lead's ${where}, account's website)`);
      else {
        const person = contactDomains.get(account.id)?.get(domain);
        if (person !== undefined) reasons.push(`Same domain ${domain} (lead's ${where}, ${person}'s email)`);
      }
    }
    if (reasons.length > 0) strength = 3;
    const name = similarCompany(lead.company.name, account.name);
    if (name === 'same') {
      reasons.push(`Same company name (${account.name})`);
      strength = Math.max(strength, 2);
    } else if (name === 'similar') {
      reasons.push(`Similar company name (“${lead.company.name}” ≈ “${account.name}”)`);
      strength = Math.max(strength, 1);
    }
    if (reasons.length > 0) out.push({ record: account, reasons, strength: strength + (reasons.length > 1 ? 0.5 : 0) });
  }
  return out.sort((a, b) => b.strength - a.strength || a.record.name.localeCompare(b.record.name));
}

