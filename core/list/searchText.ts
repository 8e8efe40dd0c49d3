import { foldText } from './foldText';
import type { ListRow } from './types';

const nonDigits = /\D+/g;

/**
 * The folded text a row is searched in: name, email, phone (also as bare digits, so "4930123"
 * finds "+49 30 123"), company, country, tags and source. Fields are separated by a newline so a
 * search term never matches across two fields.
 */
export function searchTextOf(row: ListRow): string {
  const parts = [row.name, row.email, row.phone, row.company, row.country, row.sourceCategory, row.sourceChannel, ...row.tags];
  const digits = row.phone.replace(nonDigits, '');
  if (digits !== '' && digits !== row.phone) parts.push(digits);
  return foldText(parts.join('\n'));
}

/**
 * The search box's text as folded terms; a row matches when it contains every term. Terms that
 * are part of a longer term are dropped (they cannot narrow the result further).
 */
export function searchTerms(search: string): string[] {
  const terms = [...new Set(foldText(search).split(/\s+/).filter((term) => term !== ''))];
  return terms.filter((term) => !terms.some((other) => other !== term && other.includes(term))).sort();
}

export function matchesTerms(text: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!text.includes(term)) return false;
  return true;
}

/**
 * True when every row matching `next` also matches `previous`: each previous term is part of
 * some next term. Typing on ("acm" → "acme") narrows, so the next search scans only the
 * previous result instead of all rows.
 */
export function narrows(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((term) => next.some((nextTerm) => nextTerm.includes(term)));
}
