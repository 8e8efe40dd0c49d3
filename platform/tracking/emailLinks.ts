/**
 * The click redirect goes only to an address the email really contained (no open redirect): the
 * links are read from the stored body, and the asked-for address must equal one of them exactly.
 */

/** http(s) addresses in a plain-text or HTML body, in order, without repeats. */
export function linksInBody(body: string): string[] {
  const found: string[] = [];
  for (const match of body.matchAll(/https?:\/\/[^\s<>"'`]+/gi)) {
    // A sentence's closing punctuation or bracket is not part of the address.
    let url = match[0].replace(/[.,;:!?]+$/, '');
    while (url.endsWith(')') && count(url, '(') < count(url, ')')) url = url.slice(0, -1).replace(/[.,;:!?]+$/, '');
    url = url.replace(/&amp;/g, '&');
    if (isWebAddress(url) && !found.includes(url)) found.push(url);
  }
  return found;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

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
  if (link === undefined) return null;
  // new URL(…).href percent-encodes what a Location header may not carry.
  return new URL(link).href;
}
