import { isSupportedCountry, parsePhoneNumberWithError, ParseError, type CountryCode } from 'libphonenumber-js/min';
import { fail, succeed } from './result';

export type PhoneResult = { ok: true; value: string; extension: string } | { ok: false; error: string };

const parseErrorWords: Record<string, string> = {
  INVALID_COUNTRY: 'add the country code, starting with + (for example +971 50 123 4567)',
  NOT_A_NUMBER: 'that is not a phone number',
  TOO_SHORT: 'that phone number is too short',
  TOO_LONG: 'that phone number is too long',
  INVALID_LENGTH: 'that phone number has the wrong number of digits',
};

/** Letters only as an extension marker ("ext", "x"); "+1 800 FLOWERS" is refused, not guessed. */
const extensionMarker = /(?:;?\s*ext\.?|;ext=|\s*x|#)\s*(\d{1,7})\s*$/i;

/** Is this a country the phone library knows, as an upper-case ISO code? */
export function isPhoneCountry(code: string): code is CountryCode {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);
}

/**
 * A phone number as typed → E.164 (+971501234567). Numbers without "+" or "00" are read as
 * numbers of `defaultCountry` (ISO alpha-2). An extension is returned separately, because
 * E.164 has none.
 */
export function normalisePhone(raw: string, defaultCountry?: string): PhoneResult {
  const typed = raw.trim();
  if (typed === '') return fail('enter a phone number');
  const extensionMatch = extensionMarker.exec(typed);
  const extension = extensionMatch?.[1] ?? '';
  const number = (extensionMatch ? typed.slice(0, extensionMatch.index) : typed).trim();
  if (/\p{L}/u.test(number)) return fail('a phone number uses digits only (write an extension as "ext 123")');
  if (!/\d/.test(number)) return fail('that is not a phone number');
  if (!/^[\d\s()+./\-\u2010-\u2015]+$/.test(number)) return fail('a phone number uses digits, spaces, + - ( ) only');
  const international = number.replace(/^\s*00/, '+');
  const region = defaultCountry ? defaultCountry.trim().toUpperCase() : '';
  const country = isPhoneCountry(region) ? region : undefined;
  if (!international.startsWith('+') && !country) {
    return fail('add the country code, starting with + (for example +971 50 123 4567)');
  }
  try {
    const parsed = parsePhoneNumberWithError(international, country ? { defaultCountry: country } : {});
    if (!parsed.isPossible()) return fail('that phone number has the wrong number of digits for its country');
    if (!parsed.isValid()) return fail('that is not a valid phone number for its country');
    return { ...succeed(parsed.number), extension };
  } catch (error) {
    if (error instanceof ParseError) return fail(parseErrorWords[error.message] ?? 'that is not a phone number');
    throw error;
  }
}

/** Country of an E.164 number, or '' when the number does not name one (e.g. +800). */
export function countryOfPhone(e164: string): string {
  try {
    return parsePhoneNumberWithError(e164).country ?? '';
  } catch {
    return '';
  }
}

