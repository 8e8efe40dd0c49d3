/**
 * Pairs of leads, whichever order they are named in. A dismissal ("not duplicates") is kept per
 * pair under a short key: two lead ids do not fit a config key (40 characters), a hash does.
 */

/** The pair as one string, the smaller id first. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The two ids of a pairKey. */
export function pairOf(key: string): [string, string] {
  const at = key.indexOf('\u0000');
  return [key.slice(0, at), key.slice(at + 1)];
}

/**
 * 53-bit hash (cyrb53) of the pair, as 14 hex digits prefixed "p": the config key of its
 * dismissal. The document also names both ids, so a (vanishingly unlikely) collision can only
 * forget an older dismissal, never invent one.
 */
export function dismissalKey(a: string, b: string): string {
  const text = pairKey(a, b);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `p${value.toString(16).padStart(14, '0')}`;
}

/** Every pair among the ids (each once). */
export function pairsAmong(ids: readonly string[]): [string, string][] {
  const unique = [...new Set(ids)];
  const pairs: [string, string][] = [];
  for (let i = 0; i < unique.length; i++) {
    for (let j = i + 1; j < unique.length; j++) pairs.push([unique[i] as string, unique[j] as string]);
  }
  return pairs;
}
