import { isValidPhoneNumber, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { countryName } from '../model/normaliseCountry';
import { demoCountries } from './demoCountries';
import { createRandom } from './seededRandom';

describe('demoCountries', () => {
  it('are real ISO countries, each listed once', () => {
    const codes = demoCountries.map((country) => country.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(countryName(code)).not.toBe(code);
  });

  it('cover the Gulf, Europe, Asia, Africa and the Americas', () => {
    const codes = new Set(demoCountries.map((country) => country.code));
    for (const code of ['AE', 'SA', 'DE', 'GB', 'IN', 'CN', 'NG', 'ZA', 'US', 'BR']) expect(codes).toContain(code);
  });

  it('have mobile patterns whose every fill is a valid number of that country (full metadata)', () => {
    const random = createRandom(2024);
    for (const country of demoCountries) {
      for (const pattern of country.mobilePatterns) {
        for (let attempt = 0; attempt < 200; attempt++) {
          const national = pattern.replace(/[XN]/g, (char) => String(char === 'N' ? random.int(2, 9) : random.int(0, 9)));
          const e164 = `+${country.callingCode}${national}`;
          expect(isValidPhoneNumber(e164), `${country.code} ${e164}`).toBe(true);
          expect(parsePhoneNumberWithError(e164).country).toBe(country.code);
        }
      }
    }
  });

  it('give every country names, company words and legal forms', () => {
    for (const country of demoCountries) {
      expect(country.names.first.length).toBeGreaterThan(5);
      expect(country.names.last.length).toBeGreaterThan(5);
      expect(country.companyPrefixes.length).toBeGreaterThan(3);
      expect(country.legalForms.length).toBeGreaterThan(0);
      expect(country.weight).toBeGreaterThan(0);
      expect(country.tld).toMatch(/^[a-z]{2,3}(\.[a-z]{2})?$/);
    }
  });
});
