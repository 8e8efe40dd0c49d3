const letterFolds: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i', æ: 'ae', œ: 'oe', þ: 'th' };
const cache = new Map<string, string>();

/** "Müller-Lüdenscheid" → "mullerludenscheid": letters and digits for email addresses and domains. */
export function asciiSlug(text: string): string {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßøłđıæœþ]/g, (char) => letterFolds[char] ?? char)
    .replace(/[^a-z0-9]/g, '');
  // Names and company words repeat across 100,000 leads; the set of distinct ones is small.
  if (cache.size < 10_000) cache.set(text, slug);
  return slug;
}
