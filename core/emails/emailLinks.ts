/**
 * The links of an email, read the same way by the app (which points them at the platform's click
 * redirect, trackedHtml.ts) and by the platform. The click redirect goes only to an address the email really contained (no open redirect): the
 * links are read from the stored body, and the asked-for address must equal one of them exactly.
 */

/** One http(s) address found in a text: where it starts, the address, and how many characters it spans. */
export interface FoundLink {
  index: number;
  /** As written (a sentence's closing punctuation or bracket left out). */
  written: string;
  /** The address itself (`&amp;` of an HTML body read as `&`). */
  url: string;
}

/** Every http(s) address in a plain-text or HTML text, in order, repeats included. */
export function findLinks(text: string): FoundLink[] {
  const found: FoundLink[] = [];
  for (const match of text.matchAll(/https?:\/\/[^\s<>"'`]+/gi)) {
    // A sentence's closing punctuation or bracket is not part of the address.
    let written = match[0].replace(/[.,;:!?]+$/, '');
    while (written.endsWith(')') && count(written, '(') < count(written, ')')) written = written.slice(0, -1).replace(/[.,;:!?]+$/, '');
    const url = written.replace(/&amp;/g, '&');
    if (hasWebHost(url)) found.push({ index: match.index, written, url });
  }
  return found;
}

/** http(s) addresses in a plain-text or HTML body, in order, without repeats. */
export function linksInBody(body: string): string[] {
  const found: string[] = [];
  for (const { url } of findLinks(body)) if (!found.includes(url)) found.push(url);
  return found;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** An http(s) address with a host name or an IP literal (no URL parser in core; the platform checks again). */
function hasWebHost(url: string): boolean {
  return /^https?:\/\/(?:[^\s/?#@]*@)?(?:\[[0-9a-f:.]+\]|[^\s/?#:@[\]]+)(?::\d*)?(?:[/?#]|$)/i.test(url);
}
