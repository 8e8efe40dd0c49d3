import { normalisePhone } from '../model/normalisePhone';

/**
 * Keys under which two lead records count as the same buyer. Each returns '' when the value
 * cannot identify anyone (so blanks never match blanks).
 */

/** Lower-case address; '' without an @. */
export function emailKey(email: string): string {
  const key = email.trim().replace(/^mailto:/i, '').toLowerCase();
  return /^[^@\s]+@[^@\s]+$/.test(key) ? key : '';
}

const e164 = /^\+[1-9]\d{6,14}$/;

/**
 * E.164 number. Stored leads already hold E.164 (the fast path, which keeps a 100,000-lead index
 * quick to build); typed numbers are parsed with the default country. What cannot be parsed
 * falls back to its digits, so two identical odd numbers still match.
 */
export function phoneKey(phone: string, defaultCountry?: string): string {
  const trimmed = phone.trim();
  if (trimmed === '') return '';
  if (e164.test(trimmed)) return trimmed;
  const parsed = normalisePhone(trimmed, defaultCountry);
  if (parsed.ok) return parsed.value;
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 7) return '';
  return /^\s*(\+|00)/.test(trimmed) ? `+${digits.replace(/^00/, '')}` : digits;
}

const letterFolds: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i', æ: 'ae', œ: 'oe', þ: 'th' };

/** Lower case, no accents, "&" as "and", dots dropped ("L.L.C." = "LLC"), other punctuation as spaces. */
function foldWords(text: string): string[] {
  // Most names and companies are plain ASCII: skip the Unicode work for them.
  const ascii = /^[\x20-\x7e]*$/.test(text);
  const lower = ascii
    ? text.toLowerCase()
    : text
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[ßøłđıæœþ]/g, (char) => letterFolds[char] ?? char);
  const folded = lower
    .replace(/&/g, ' and ')
    .replace(/[.'’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded === '' ? [] : folded.split(' ');
}

const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'eng', 'engr', 'prof', 'sir', 'sheikh', 'shaikh', 'hh', 'he']);

/** Name words without honorifics ("Eng. Ahmed Ali" = "Ahmed Ali"). */
export function nameWords(name: string): string[] {
  const words = foldWords(name);
  while (words.length > 1 && honorifics.has(words[0] ?? '')) words.shift();
  return words;
}

/** Legal-form words dropped from the end of a company name. */
const legalSuffixes = new Set([
  'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company',
  'gmbh', 'ag', 'kg', 'mbh', 'se', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'oy', 'ab', 'as', 'asa', 'aps',
  'pte', 'pvt', 'private', 'pty', 'bhd', 'sdn', 'tbk', 'kk', 'jsc', 'pjsc', 'psc', 'ojsc', 'wll', 'fze', 'fzco',
  'fzc', 'fzllc', 'fz', 'est', 'establishment', 'and', 'the',
]);
/** Legal-form words dropped from the start (Indonesia's "PT", Russia's "OOO"). */
const legalPrefixes = new Set(['pt', 'cv', 'ooo', 'zao', 'oao', 'the']);

/** Company words without legal forms ("Gulf Power L.L.C." = "gulf power"). */
export function companyWords(company: string): string[] {
  const words = foldWords(company);
  while (words.length > 1 && legalPrefixes.has(words[0] ?? '')) words.shift();
  while (words.length > 1 && legalSuffixes.has(words[words.length - 1] ?? '')) words.pop();
  return words;
}

/** The company, insensitive to case, spaces, punctuation and legal form. */
export function companyKey(company: string): string {
  return companyWords(company).join('');
}

/**
 * Name-and-company keys: the name in the order written and in sorted order (cards from East
 * Asia often swap given and family names), each joined without spaces. [] unless both are known.
 */
export function nameCompanyKeys(name: string, company: string): string[] {
  const words = nameWords(name);
  const companyPart = companyKey(company);
  if (words.length === 0 || companyPart === '') return [];
  // Joined arrays give flat strings, which hash without first being copied.
  const inOrder = [...words, '|', companyPart].join('');
  const sorted = [...[...words].sort(), '|', companyPart].join('');
  return inOrder === sorted ? [inOrder] : [inOrder, sorted];
}
