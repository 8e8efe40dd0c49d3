import { describe, expect, it } from 'vitest';
import { countryName, countryOptions, normaliseCountry } from './normaliseCountry';

describe('normaliseCountry', () => {
  it.each([
    ['AE', 'AE'],
    ['ae', 'AE'],
    [' de ', 'DE'],
    ['ARE', 'AE'],
    ['deu', 'DE'],
    ['784', 'AE'],
    ['United Arab Emirates', 'AE'],
    ['united arab emirates', 'AE'],
    ['UAE', 'AE'],
    ['U.A.E.', 'AE'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['United States', 'US'],
    ['UK', 'GB'],
    ['uk', 'GB'],
    ['United Kingdom', 'GB'],
    ['England', 'GB'],
    ['Saudi', 'SA'],
    ['KSA', 'SA'],
    ['Saudi Arabia', 'SA'],
    ['Kingdom of Saudi Arabia', 'SA'],
    ['Korea, Republic of', 'KR'],
    ['South Korea', 'KR'],
    ["Côte d'Ivoire", 'CI'],
    ['Cote dIvoire', 'CI'],
    ['Ivory Coast', 'CI'],
    ['The Netherlands', 'NL'],
    ['Holland', 'NL'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Trinidad & Tobago', 'TT'],
    ['Bosnia and Herzegovina', 'BA'],
    ['Russia', 'RU'],
    ['  qatar  ', 'QA'],
    ['United Arab Emirates (UAE)', 'AE'],
    ['Dubai, UAE', 'AE'],
  ])('%s → %s', (typed, code) => {
    expect(normaliseCountry(typed)).toEqual({ ok: true, value: code });
  });

  it('asks for a country when empty', () => {
    expect(normaliseCountry('  ')).toEqual({ ok: false, error: 'enter a country' });
  });

  it.each(['Narnia', 'XX', 'ZZZ', '999', 'Atlantis (Lost)'])('refuses %s with plain words', (typed) => {
    const result = normaliseCountry(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(typed);
      expect(result.error).toContain('country');
    }
  });

  it('names countries in English', () => {
    expect(countryName('AE')).toBe('United Arab Emirates');
    expect(countryName('QQ')).toBe('QQ');
  });

  it('lists every country once, sorted by name', () => {
    const options = countryOptions();
    expect(options.length).toBeGreaterThan(240);
    expect(new Set(options.map((option) => option.code)).size).toBe(options.length);
    const names = options.map((option) => option.name);
    expect([...names].sort((a, b) => a.localeCompare(b, 'en'))).toEqual(names);
  });
});
