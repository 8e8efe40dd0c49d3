/** A piece of an email's text: plain, or a `{{token}}` the lead's data did not fill. */
export interface TextSegment {
  text: string;
  token: boolean;
}

const tokenPattern = /\{\{\s*[^{}\s][^{}]*?\s*\}\}/g;

/** The text cut into plain pieces and `{{token}}` pieces, in order, for highlighting. */
export function tokenSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(tokenPattern)) {
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start), token: false });
    segments.push({ text: match[0], token: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), token: false });
  return segments;
}

/** The lines of `text` that still hold a token, numbered from 1, for "fill these first". */
export function linesWithTokens(text: string): { line: number; segments: TextSegment[] }[] {
  return text
    .split('\n')
    .map((content, index) => ({ line: index + 1, segments: tokenSegments(content) }))
    .filter((entry) => entry.segments.some((segment) => segment.token));
}

/** `lead.firstName` or `{{lead.firstName}}` → `{{lead.firstName}}`. */
export function tokenLabel(token: string): string {
  const name = token.replace(/^\{\{\s*/, '').replace(/\s*\}\}$/, '');
  return `{{${name}}}`;
}
