import { fail, succeed, type Result } from './result';

const websitePattern =
  /^(?:(https?):\/\/)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63})(:\d{1,5})?([/?#]\S*)?$/iu;

/** "www.acme.ae/" → "https://www.acme.ae": a web address with its scheme and a lower-case host. */
export function normaliseWebsite(raw: string): Result<string> {
  const typed = raw.trim();
  if (typed === '') return fail('enter a web address');
  if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(typed) && !/^https?:\/\//i.test(typed)) {
    return fail('a website address starts with http:// or https://, or with the domain itself');
  }
  const match = websitePattern.exec(typed);
  if (!match) return fail(`"${typed}" is not a web address; it should look like www.company.com`);
  const scheme = (match[1] ?? 'https').toLowerCase();
  const host = (match[2] ?? '').toLowerCase();
  const port = match[3] ?? '';
  const rest = match[4] ?? '';
  const path = rest === '/' ? '' : rest;
  const value = `${scheme}://${host}${port}${path}`;
  if (value.length > 500) return fail('that web address is too long (500 characters at most)');
  return succeed(value);
}
