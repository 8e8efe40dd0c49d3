/** Splits tags typed as "solar, Pumps; VIP" and drops blanks and repeats (case does not count). */
export function normaliseTags(raw: string | readonly string[]): string[] {
  const pieces = typeof raw === 'string' ? raw.split(/[,;\n]/) : raw.flatMap((tag) => tag.split(/[,;\n]/));
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const piece of pieces) {
    const tag = piece.replace(/\s+/g, ' ').trim().replace(/^#/, '');
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}
