import { distance } from 'fastest-levenshtein';

/** 1 for equal texts, 0 for nothing in common: 1 − edit distance ÷ the longer length. */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  return 1 - distance(a, b) / longer;
}

/** How alike two names (as folded words) are: the better of written order and sorted order. */
export function nameSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const inOrder = textSimilarity(a.join(''), b.join(''));
  if (inOrder === 1) return 1;
  return Math.max(inOrder, textSimilarity([...a].sort().join(''), [...b].sort().join('')));
}
