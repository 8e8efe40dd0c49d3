import type { Lead } from '../model/lead';
import { countryName } from '../model/normaliseCountry';
import { normalisePersonName } from '../model/normalisePersonName';
import type { EmailTemplate } from './emailTemplates';

/**
 * Personalisation tokens: `{{lead.firstName}}` in a template becomes the buyer's first name.
 * A token with no value is left as written, so the draft shows what is missing and cannot be
 * approved until the seller fills it (issue 4: "a draft with an unfilled token cannot be approved").
 */

export interface EmailToken {
  token: string;
  label: string;
  description: string;
}

export const emailTokens = [
  { token: 'lead.firstName', label: 'First name', description: "The buyer's first name, from the lead's name (titles such as Dr. or Eng. left out)." },
  { token: 'lead.name', label: 'Full name', description: "The buyer's name as saved on the lead." },
  { token: 'lead.jobTitle', label: 'Job title', description: "The buyer's job title." },
  { token: 'lead.need', label: 'What they need', description: 'The product or service the buyer needs (qualification: need), e.g. "gas turbine spare parts".' },
  { token: 'lead.timeline', label: 'Timeline', description: 'When the buyer wants it (qualification: timeline).' },
  { token: 'lead.challenge', label: 'Main challenge', description: 'The first challenge noted in the qualification.' },
  { token: 'lead.event', label: 'Event', description: 'The trade show or campaign where the lead was met.' },
  { token: 'lead.country', label: 'Country', description: "The buyer's country, in English." },
  { token: 'company.name', label: 'Company', description: "The buyer's company." },
  { token: 'company.industry', label: 'Industry', description: "The buyer's industry, e.g. Oil & Gas." },
  { token: 'seller.name', label: 'Your name', description: 'Your name, as set in your profile.' },
  { token: 'seller.email', label: 'Your email', description: 'Your email address.' },
  { token: 'seller.company', label: 'Your company', description: 'Your company.' },
] as const satisfies readonly EmailToken[];

export type EmailTokenName = (typeof emailTokens)[number]['token'];

const knownTokens: ReadonlySet<string> = new Set(emailTokens.map((t) => t.token));

export function isKnownToken(token: string): token is EmailTokenName {
  return knownTokens.has(token);
}

/** `{{ token }}`: letters, digits and dots inside double braces, spaces around allowed. */
const tokenPattern = /\{\{\s*([A-Za-z0-9_.-]*)\s*\}\}/g;

export interface Sender {
  name: string;
  email?: string;
  company?: string;
}

/** Titles left out of a first name ("Dr. Ahmed Al Mansouri" → "Ahmed"). */
const titles = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'eng', 'engr', 'prof', 'sir', 'sheikh', 'shaikh', 'h.e', 'he', 'capt', 'mx']);

/** A value fit for a token: one line, spaces collapsed, and no braces that could look like a token. */
function clean(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .replace(/\{\{|\}\}/g, (braces) => braces.split('').join(' '))
    .trim();
}

export function firstNameOf(name: string): string {
  const words = normalisePersonName(clean(name)).split(' ').filter((w) => w !== '');
  const first = words.find((w) => !titles.has(w.toLowerCase().replace(/\.$/, '')));
  return first ?? '';
}

function safeCountryName(code: unknown): string {
  if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code)) return '';
  const name = countryName(code);
  // countryName answers with the code itself when it does not know it: leave the token unfilled.
  return name === code ? '' : name;
}

/** Every token's value for this lead and sender; '' where the lead has nothing. */
export function tokenValues(lead: Lead, sender: Sender): Record<EmailTokenName, string> {
  const company = typeof lead.company === 'object' && lead.company !== null ? lead.company : { name: '', industry: '' };
  const q = typeof lead.qualification === 'object' && lead.qualification !== null ? lead.qualification : { need: '', timeline: '', challenges: [] };
  const challenges = Array.isArray(q.challenges) ? q.challenges.map(clean).filter((c) => c !== '') : [];
  return {
    'lead.firstName': firstNameOf(typeof lead.name === 'string' ? lead.name : ''),
    'lead.name': clean(lead.name),
    'lead.jobTitle': clean(lead.jobTitle),
    'lead.need': clean(q.need),
    'lead.timeline': clean(q.timeline),
    'lead.challenge': challenges[0] ?? '',
    'lead.event': clean(lead.source?.event),
    'lead.country': safeCountryName(lead.country),
    'company.name': clean(company.name),
    'company.industry': clean(company.industry),
    'seller.name': clean(sender?.name),
    'seller.email': clean(sender?.email),
    'seller.company': clean(sender?.company),
  };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** The tokens still in `text` (known or not), each once, in order of appearance. */
export function unfilledTokens(text: string): string[] {
  if (typeof text !== 'string') return [];
  return unique([...text.matchAll(tokenPattern)].map((m) => (m[1] ?? '').trim()));
}

/** The tokens in `text` that are not in `emailTokens` (a typo such as {{lead.fristName}}). */
export function unknownTokens(text: string): string[] {
  return unfilledTokens(text).filter((token) => !isKnownToken(token));
}

/**
 * Replaces each token that has a non-empty value; unknown tokens and tokens without a value stay
 * as `{{token}}` and are listed in `unfilled`. One pass: a value is never read for tokens again.
 */
export function fillTokens(text: string, values: Readonly<Record<string, string>>): { text: string; unfilled: string[] } {
  if (typeof text !== 'string') return { text: '', unfilled: [] };
  const unfilled: string[] = [];
  const filled = text.replace(tokenPattern, (whole, name: string) => {
    const token = name.trim();
    const value = Object.prototype.hasOwnProperty.call(values, token) ? clean(values[token]) : '';
    if (value === '') {
      unfilled.push(token);
      return whole;
    }
    return value;
  });
  return { text: filled, unfilled: unique(unfilled) };
}

export interface TemplateDraft {
  subject: string;
  body: string;
  unfilled: string[];
  attachmentIds: string[];
}

/** A template filled in for one lead: the draft's subject and body, and what is left to fill. */
export function draftFromTemplate(template: EmailTemplate, lead: Lead, sender: Sender): TemplateDraft {
  const values = tokenValues(lead, sender);
  const subject = fillTokens(template.subject, values);
  const body = fillTokens(template.body, values);
  return {
    subject: subject.text,
    body: body.text,
    unfilled: unique([...subject.unfilled, ...body.unfilled]),
    attachmentIds: [...template.attachmentIds],
  };
}
