import { findIndustry } from '../reference/industries';
import type { LeadFormFieldName, LeadFormFields } from './leadForm';
import { normaliseCountry } from './normaliseCountry';
import { normaliseEmail } from './normaliseEmail';
import { normalisePersonName } from './normalisePersonName';
import { normalisePhone } from './normalisePhone';
import { normaliseTags } from './normaliseTags';
import { normaliseWebsite } from './normaliseWebsite';

/** Clean lead fields from the capture form, ready to merge into a new or existing lead. */
export interface CleanLeadFields {
  name: string;
  email: string;
  phone: string;
  company: { name: string; industry: string; website: string };
  jobTitle: string;
  department: string;
  /** ISO alpha-2 or ''. */
  country: string;
  tags: string[];
  /** Holds `phoneExtension` when the phone was typed with one (E.164 has no place for it). */
  customFields: Record<string, string>;
}

export interface CleanLeadInput {
  lead: CleanLeadFields;
  /** The notes field, trimmed: becomes a note on the lead, not a lead field. */
  note: string;
}

/** Per-field problems in plain words; `form` holds what concerns the form as a whole. */
export type LeadFormErrors = Partial<Record<LeadFormFieldName | 'form', string>>;

export type LeadInputResult = { ok: true; value: CleanLeadInput } | { ok: false; errors: LeadFormErrors };

export interface NormaliseLeadInputOptions {
  /** Country of phone numbers typed without a country code, when the form names no country. */
  defaultCountry?: string;
}

const limits = { name: 200, companyName: 200, jobTitle: 200, department: 200, notes: 20_000, tag: 60, tags: 100 } as const;

const tidy = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The capture form as typed → clean lead fields, or every problem at once, each under its field.
 * A lead needs at least one way to recognise it: a name, email, phone or company.
 */
export function normaliseLeadInput(raw: Partial<LeadFormFields>, options: NormaliseLeadInputOptions = {}): LeadInputResult {
  const errors: LeadFormErrors = {};
  const tooLong = (field: LeadFormFieldName, label: string, max: number, value: string): void => {
    if (value.length > max) errors[field] = `${label} is too long (${max} characters at most)`;
  };

  const name = normalisePersonName(raw.name ?? '');
  tooLong('name', 'the name', limits.name, name);

  let country = '';
  const typedCountry = tidy(raw.country);
  if (typedCountry !== '') {
    const result = normaliseCountry(typedCountry);
    if (result.ok) country = result.value;
    else errors.country = result.error;
  }

  let email = '';
  if (tidy(raw.email) !== '') {
    const result = normaliseEmail(raw.email ?? '');
    if (result.ok) email = result.value;
    else errors.email = result.error;
  }

  let phone = '';
  const customFields: Record<string, string> = {};
  if (tidy(raw.phone) !== '') {
    const result = normalisePhone(raw.phone ?? '', country || options.defaultCountry);
    if (result.ok) {
      phone = result.value;
      if (result.extension !== '') customFields.phoneExtension = result.extension;
    } else {
      errors.phone = result.error;
    }
  }

  const companyName = tidy(raw.companyName);
  tooLong('companyName', 'the company name', limits.companyName, companyName);
  const jobTitle = tidy(raw.jobTitle);
  tooLong('jobTitle', 'the job title', limits.jobTitle, jobTitle);
  const department = tidy(raw.department);
  tooLong('department', 'the department', limits.department, department);

  let website = '';
  if (tidy(raw.website) !== '') {
    const result = normaliseWebsite(raw.website ?? '');
    if (result.ok) website = result.value;
    else errors.website = result.error;
  }

  const typedIndustry = tidy(raw.industry);
  const industry = findIndustry(typedIndustry) ?? typedIndustry;
  tooLong('industry', 'the industry', 200, industry);

  const tags = normaliseTags(raw.tags ?? '');
  const longTag = tags.find((tag) => tag.length > limits.tag);
  if (longTag) errors.tags = `the tag "${longTag.slice(0, 20)}…" is too long (${limits.tag} characters at most)`;
  else if (tags.length > limits.tags) errors.tags = `a lead can have ${limits.tags} tags at most`;

  const note = (raw.notes ?? '').trim();
  tooLong('notes', 'the note', limits.notes, note);

  const identifiers = [raw.name, raw.email, raw.phone, raw.companyName].map(tidy);
  if (identifiers.every((value) => value === '')) errors.form = 'enter at least a name, email, phone or company';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      lead: { name, email, phone, company: { name: companyName, industry, website }, jobTitle, department, country, tags, customFields },
      note,
    },
  };
}
