import type { Lead } from '../../../../core/model/lead';
import { countryName, normaliseCountry } from '../../../../core/model/normaliseCountry';
import { normaliseEmail } from '../../../../core/model/normaliseEmail';
import { normalisePersonName } from '../../../../core/model/normalisePersonName';
import { normalisePhone } from '../../../../core/model/normalisePhone';
import { normaliseWebsite } from '../../../../core/model/normaliseWebsite';
import { fail, succeed, type Result } from '../../../../core/model/result';
import { findIndustry } from '../../../../core/reference/industries';
import type { LeadCenterData } from '../../../data/contract';

type LeadPatch = Parameters<LeadCenterData['updateLead']>[1];

export interface LeadFieldEditor {
  key: string;
  label: string;
  type?: 'text' | 'email' | 'tel' | 'url';
  /** Text the editor starts with. */
  read(lead: Lead): string;
  /** The stored value, when it differs from what the editor shows (country code vs name). */
  stored?(lead: Lead): string;
  display?(lead: Lead): string;
  validate(raw: string, lead: Lead): Result<string>;
  patch(lead: Lead, clean: string): LeadPatch;
}

const tidy = (raw: string) => raw.replace(/\s+/g, ' ').trim();

function text(label: string, max = 200) {
  return (raw: string): Result<string> => {
    const value = tidy(raw);
    return value.length > max ? fail(`${label} is too long (${max} characters at most)`) : succeed(value);
  };
}

/** Empty allowed: an optional field may be cleared. */
function optional(check: (raw: string) => Result<string>) {
  return (raw: string): Result<string> => (tidy(raw) === '' ? succeed('') : check(raw));
}

/** The identity fields; a lead must keep at least one of them. */
const identity = (lead: Lead) => ({ name: lead.name, email: lead.email, phone: lead.phone, company: lead.company.name });

function keepsIdentity(lead: Lead, key: keyof ReturnType<typeof identity>, value: string): boolean {
  return Object.entries({ ...identity(lead), [key]: value }).some(([, v]) => v !== '');
}

function identityField(key: keyof ReturnType<typeof identity>, check: (raw: string, lead: Lead) => Result<string>) {
  return (raw: string, lead: Lead): Result<string> => {
    const result = check(raw, lead);
    if (result.ok && !keepsIdentity(lead, key, result.value)) {
      return fail('a lead needs at least a name, email, phone or company');
    }
    return result;
  };
}

/** Every editable field of the lead detail, with the same normalisation as capture. */
export const leadFieldEditors: readonly LeadFieldEditor[] = [
  {
    key: 'name',
    label: 'Name',
    read: (lead) => lead.name,
    validate: identityField('name', (raw) => text('the name')(normalisePersonName(raw))),
    patch: (_lead, name) => ({ name }),
  },
  {
    key: 'email',
    label: 'Email',
    type: 'email',
    read: (lead) => lead.email,
    validate: identityField('email', optional(normaliseEmail)),
    patch: (_lead, email) => ({ email }),
  },
  {
    key: 'phone',
    label: 'Phone',
    type: 'tel',
    read: (lead) => lead.phone,
    validate: identityField('phone', (raw, lead) => {
      if (tidy(raw) === '') return succeed('');
      const result = normalisePhone(raw, lead.country || undefined);
      return result.ok ? succeed(result.value) : fail(result.error);
    }),
    patch: (_lead, phone) => ({ phone }),
  },
  {
    key: 'company',
    label: 'Company',
    read: (lead) => lead.company.name,
    validate: identityField('company', text('the company name')),
    patch: (lead, name) => ({ company: { ...lead.company, name } }),
  },
  {
    key: 'jobTitle',
    label: 'Job title',
    read: (lead) => lead.jobTitle,
    validate: text('the job title'),
    patch: (_lead, jobTitle) => ({ jobTitle }),
  },
  {
    key: 'department',
    label: 'Department',
    read: (lead) => lead.department,
    validate: text('the department'),
    patch: (_lead, department) => ({ department }),
  },
  {
    key: 'country',
    label: 'Country',
    read: (lead) => (lead.country ? countryName(lead.country) : ''),
    stored: (lead) => lead.country,
    display: (lead) => (lead.country ? `${countryName(lead.country)} (${lead.country})` : ''),
    validate: optional(normaliseCountry),
    patch: (_lead, country) => ({ country }),
  },
  {
    key: 'industry',
    label: 'Industry',
    read: (lead) => lead.company.industry,
    validate: (raw) => text('the industry')(findIndustry(tidy(raw)) ?? raw),
    patch: (lead, industry) => ({ company: { ...lead.company, industry } }),
  },
  {
    key: 'website',
    label: 'Website',
    type: 'url',
    read: (lead) => lead.company.website,
    validate: optional(normaliseWebsite),
    patch: (lead, website) => ({ company: { ...lead.company, website } }),
  },
];
