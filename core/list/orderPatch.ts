/**
 * Brings a cached sorted order of slots up to date after a few rows changed, in O(n) plus a
 * binary search per changed row, instead of sorting all rows again.
 *
 * `order` holds slots sorted by `compare`; `changed` marks slots whose row changed, was added
 * or removed; `added` are the changed slots that hold a row now.
 */
export function patchOrder(order: Int32Array, changed: Uint8Array, added: readonly number[], compare: (a: number, b: number) => number): Int32Array {
  const kept = new Int32Array(order.length);
  let keptCount = 0;
  for (let i = 0; i < order.length; i++) {
    const slot = order[i] as number;
    if (changed[slot] !== 1) kept[keptCount++] = slot;
  }
  const inserts = [...added].sort(compare);
  const out = new Int32Array(keptCount + inserts.length);
  let from = 0;
  let to = 0;
  for (const slot of inserts) {
    // First kept slot that sorts after the inserted one (inserts are sorted, so `at` only grows).
    let low = from;
    let high = keptCount;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(kept[middle] as number, slot) < 0) low = middle + 1;
      else high = middle;
    }
    while (from < low) out[to++] = kept[from++] as number;
    out[to++] = slot;
  }
  while (from < keptCount) out[to++] = kept[from++] as number;
  return out;
}

/** Same for an ascending list of slots (a filter's matches): drop changed, add `added` that pass. */
export function patchMatches(matches: Int32Array, changed: Uint8Array, added: readonly number[], passes: (slot: number) => boolean): Int32Array {
  const inserts = added.filter(passes).sort((a, b) => a - b);
  const out = new Int32Array(matches.length + inserts.length);
  let to = 0;
  let next = 0;
  for (let i = 0; i < matches.length; i++) {
    const slot = matches[i] as number;
    if (changed[slot] === 1) continue;
    while (next < inserts.length && (inserts[next] as number) < slot) out[to++] = inserts[next++] as number;
    out[to++] = slot;
  }
  while (next < inserts.length) out[to++] = inserts[next++] as number;
  return out.slice(0, to);
}
