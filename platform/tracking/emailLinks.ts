import { linksInBody } from '../../core/emails/emailLinks';

/**
 * The click redirect goes only to an address the email really contained (no open redirect): the
 * links are read from the stored body the way the app reads them when it points them here
 * (core/emails/emailLinks.ts), and the asked-for address must equal one of them exactly.
 */

/** An absolute http(s) address with a host. */
export function isWebAddress(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Where a click may go: the email's own link equal to the asked-for one (after trimming), as a
 * header-safe address; null for anything else (another site, an encoded variant, javascript:…).
 */
export function clickTarget(body: string, asked: unknown): string | null {
  if (typeof asked !== 'string') return null;
  const wanted = asked.trim();
  if (wanted === '' || wanted.length > 4000) return null;
  const link = linksInBody(body).find((l) => l === wanted);
  if (link === undefined || !isWebAddress(link)) return null;
  // new URL(…).href percent-encodes what a Location header may not carry.
  return new URL(link).href;
}
