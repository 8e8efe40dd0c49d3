import { describe, expect, it } from 'vitest';
import { countryOfPhone, isPhoneCountry, normalisePhone } from './normalisePhone';

describe('normalisePhone', () => {
  it('formats an international number as E.164', () => {
    expect(normalisePhone('+971 50 123 4567')).toEqual({ ok: true, value: '+971501234567', extension: '' });
  });

  it('reads a national number with the default country', () => {
    expect(normalisePhone('050 123 4567', 'AE')).toEqual({ ok: true, value: '+971501234567', extension: '' });
    expect(normalisePhone('(212) 555-0142', 'us')).toMatchObject({ ok: true, value: '+12125550142' });
    expect(normalisePhone('0151 1234 5678', 'DE')).toMatchObject({ ok: true, value: '+4915112345678' });
  });

  it('treats a leading 00 as the international prefix', () => {
    expect(normalisePhone('00966 55 123 4567')).toMatchObject({ ok: true, value: '+966551234567' });
  });

  it('ignores the default country when the number has its own code', () => {
    expect(normalisePhone('+44 20 7946 0958', 'AE')).toMatchObject({ ok: true, value: '+442079460958' });
  });

  it('keeps an extension apart', () => {
    expect(normalisePhone('+971 4 123 4567 ext. 204')).toEqual({ ok: true, value: '+97141234567', extension: '204' });
    expect(normalisePhone('+971 4 123 4567 x12')).toEqual({ ok: true, value: '+97141234567', extension: '12' });
  });

  it('asks for a country code when there is neither + nor a usable default', () => {
    for (const defaultCountry of [undefined, '', 'XX', 'United Arab Emirates']) {
      const result = normalisePhone('050 123 4567', defaultCountry);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toContain('country code');
    }
  });

  it('refuses empty input and text', () => {
    expect(normalisePhone('  ')).toEqual({ ok: false, error: 'enter a phone number' });
    expect(normalisePhone('call me', 'AE').ok).toBe(false);
    expect(normalisePhone('---', 'AE')).toEqual({ ok: false, error: 'that is not a phone number' });
  });

  it('refuses vanity letters instead of guessing', () => {
    const result = normalisePhone('+1 800 FLOWERS');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('digits only');
  });

  it('refuses odd characters', () => {
    expect(normalisePhone('+971*50*123', 'AE').ok).toBe(false);
  });

  it('refuses too short, too long and impossible numbers', () => {
    expect(normalisePhone('12', 'AE').ok).toBe(false);
    expect(normalisePhone('+97150123456789012').ok).toBe(false);
    expect(normalisePhone('+1 212 555 01', 'US').ok).toBe(false);
  });

  it('knows supported phone countries', () => {
    expect(isPhoneCountry('AE')).toBe(true);
    expect(isPhoneCountry('ae')).toBe(false);
    expect(isPhoneCountry('XX')).toBe(false);
  });

  it('tells the country of an E.164 number', () => {
    expect(countryOfPhone('+971501234567')).toBe('AE');
    expect(countryOfPhone('+4915112345678')).toBe('DE');
    expect(countryOfPhone('not a phone')).toBe('');
  });
});
