import { z } from 'zod';
import { fail, succeed, type Result } from './result';

const emailFormat = z.email();

/** Trims, drops a pasted "mailto:" or <…>, lowercases and checks the address format. */
export function normaliseEmail(raw: string): Result<string> {
  let value = raw.trim();
  if (value.startsWith('<') && value.endsWith('>')) value = value.slice(1, -1).trim();
  if (/^mailto:/i.test(value)) value = value.slice('mailto:'.length).split('?')[0] ?? '';
  value = value.toLowerCase();
  if (value === '') return fail('enter an email address');
  if (!value.includes('@')) return fail(`"${raw.trim()}" has no @; an email address looks like name@company.com`);
  if (/\s/.test(value)) return fail('an email address cannot contain spaces');
  if (value.length > 254) return fail('that email address is too long (254 characters at most)');
  if (!emailFormat.safeParse(value).success) {
    return fail(`"${raw.trim()}" is not a valid email address; it should look like name@company.com`);
  }
  return succeed(value);
}
