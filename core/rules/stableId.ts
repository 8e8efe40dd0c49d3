/**
 * A deterministic 32-hex id from a list of parts (issue 5): the id of a rule's effect is made from
 * the rule, the lead, the run number and the action's index, so applying the same firing twice
 * (after a crash, or on two devices) writes one reminder or one draft, not two.
 *
 * Four 32-bit FNV-1a hashes with different starting values, each part prefixed by its length so
 * ["ab", "c"] and ["a", "bc"] differ. Not cryptographic: it only has to avoid accidental clashes.
 */

const seeds = [0x811c9dc5, 0x01000193 ^ 0x9e3779b9, 0x85ebca6b, 0xc2b2ae35] as const;
const prime = 0x01000193;

function feed(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, prime);
  }
  return h;
}

export function stableId(parts: readonly string[]): string {
  let out = '';
  for (const [lane, seed] of seeds.entries()) {
    let h = feed(seed, String(lane));
    for (const part of parts) h = feed(h, `${part.length}:${part}|`);
    // A final avalanche so nearby inputs spread over every hex digit.
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}
