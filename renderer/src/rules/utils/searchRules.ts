/** Search across rules and criteria by words (every word must appear somewhere in the item). */

export interface Searchable<T> {
  item: T;
  /** The texts the words are looked for in (name, description, sentence…). */
  texts: readonly string[];
}

const fold = (text: string): string => text.toLocaleLowerCase('en').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

export function searchWords(query: string): string[] {
  return fold(query)
    .split(/\s+/)
    .filter((word) => word !== '');
}

/** The items whose texts hold every word of the query, in their order; nothing for an empty query. */
export function searchItems<T>(query: string, items: readonly Searchable<T>[], limit = 20): T[] {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const found: T[] = [];
  for (const { item, texts } of items) {
    const haystack = fold(texts.join('\n'));
    if (words.every((word) => haystack.includes(word))) found.push(item);
    if (found.length >= limit) break;
  }
  return found;
}
