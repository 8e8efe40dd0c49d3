import type { QualificationSettings } from '../../../../core/settings/qualificationSettings';
import type { QualificationField } from '../../../../core/reference/qualificationOptions';

export interface Choice {
  value: string;
  label: string;
  /** A stored value the option list no longer has: shown as itself so saving never drops it. */
  unlisted: boolean;
}

/**
 * The select options for one BANT-CHAMP field: "not set", the seller's options in their order,
 * and the lead's stored value if the list does not hold it (a renamed-away or imported value).
 */
export function qualificationChoices(settings: QualificationSettings, field: QualificationField, stored: string): Choice[] {
  const listed = settings[field].map((o) => ({ value: o.value, label: o.label, unlisted: false }));
  const choices: Choice[] = [{ value: '', label: 'Not set', unlisted: false }, ...listed];
  if (stored !== '' && !listed.some((c) => c.value === stored)) choices.push({ value: stored, label: stored, unlisted: true });
  return choices;
}

export const CHALLENGE_MAX_LENGTH = 200;
export const CHALLENGES_MAX = 50;

/**
 * Adds one challenge in the buyer's words: trimmed, spaces collapsed, cut to the stored limit;
 * an empty text, a duplicate (ignoring case) or a full list leaves the list as it was.
 */
export function addChallenge(challenges: readonly string[], text: string): string[] {
  const clean = text.trim().replace(/\s+/g, ' ').slice(0, CHALLENGE_MAX_LENGTH).trim();
  if (clean === '' || challenges.length >= CHALLENGES_MAX) return [...challenges];
  if (challenges.some((c) => c.toLowerCase() === clean.toLowerCase())) return [...challenges];
  return [...challenges, clean];
}

export function removeChallenge(challenges: readonly string[], index: number): string[] {
  return challenges.filter((_, i) => i !== index);
}

/** A budget amount typed by the seller: '' clears it; otherwise a finite, non-negative number. */
export function parseBudgetAmount(raw: string): { ok: true; value: number | null } | { ok: false; message: string } {
  const text = raw.trim().replace(/[\s,]/g, '');
  if (text === '') return { ok: true, value: null };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, message: 'Enter the amount as a number, e.g. 25000' };
  if (value < 0) return { ok: false, message: 'The amount cannot be negative' };
  return { ok: true, value };
}

/** A currency code: '' or three letters (ISO 4217), upper-cased. */
export function parseCurrency(raw: string): { ok: true; value: string } | { ok: false; message: string } {
  const text = raw.trim().toUpperCase();
  if (text === '' || /^[A-Z]{3}$/.test(text)) return { ok: true, value: text };
  return { ok: false, message: 'Use a three-letter currency code, e.g. USD' };
}
