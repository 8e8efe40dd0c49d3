import { fail, succeed, type Result } from '../../../../core/model/result';

/** Reads a typed number; the error says what to type. */
export function parseNumber(text: string): Result<number> {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return fail('enter a number');
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return fail(`"${text.trim()}" is not a number`);
  return succeed(value);
}

export function validateAtLeast(text: string, min: number, max = Number.POSITIVE_INFINITY): Result<number> {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed;
  if (parsed.value < min) return fail(`use ${min} or more`);
  if (parsed.value > max) return fail(`use ${max} or less`);
  return parsed;
}

export function validateWholeNumber(text: string, min: number, max: number): Result<number> {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed;
  if (!Number.isInteger(parsed.value) || parsed.value < min || parsed.value > max) return fail(`use a whole number from ${min} to ${max}`);
  return parsed;
}

/** Information and evaluation points: 0 or more. */
export const validatePoints = (text: string): Result<number> => validateAtLeast(text, 0);

/** Weight of a criterion: a whole number 1–5. */
export const validateWeight = (text: string): Result<number> => validateWholeNumber(text, 1, 5);

/** Max points: 0 or more, except the time-untouched penalty, which must stay below 0. */
export function validateMaxPoints(text: string, isPenalty: boolean): Result<number> {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed;
  if (isPenalty && parsed.value >= 0) return fail('a penalty stays below 0');
  if (!isPenalty && parsed.value < 0) return fail('use 0 or more (only the time-untouched penalty goes below 0)');
  return parsed;
}

/** Status penalty points: from -100 to 0. */
export function validatePenalty(text: string): Result<number> {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed;
  if (parsed.value > 0 || parsed.value < -100) return fail('use a number from -100 to 0');
  return parsed;
}

/** Percent typed by the seller, stored as a fraction (10 → 0.1). */
export function validatePercent(text: string): Result<number> {
  const parsed = validateAtLeast(text, 0, 100);
  return parsed.ok ? succeed(parsed.value / 100) : parsed;
}

/** The first problem with temperature band thresholds, or null: descending, last at 0. */
export function bandsProblem(mins: readonly number[]): string | null {
  if (mins.some((m) => !Number.isFinite(m) || m < 0 || m > 100)) return 'thresholds are between 0 and 100';
  for (let i = 1; i < mins.length; i++) {
    const previous = mins[i - 1];
    const current = mins[i];
    if (previous !== undefined && current !== undefined && current >= previous) return 'each band must start below the one above it';
  }
  if (mins.length > 0 && mins.at(-1) !== 0) return 'the last band must start at 0';
  return null;
}
