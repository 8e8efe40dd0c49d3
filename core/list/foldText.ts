const nonAscii = /[\u0080-\uffff]/;
const combiningMarks = /\p{M}/gu;

/**
 * Lower-cases and strips diacritics ("José" → "jose") so search ignores case and accents.
 * ASCII text skips the costly Unicode normalisation: most CRM data is ASCII.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!nonAscii.test(lower)) return lower;
  return lower.normalize('NFD').replace(combiningMarks, '');
}
