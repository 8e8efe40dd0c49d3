import { describe, expect, it } from 'vitest';
import { companyKey, companyWords, emailKey, nameCompanyKeys, nameWords, phoneKey } from './duplicateKeys';

describe('emailKey', () => {
  it('lowercases and trims', () => {
    expect(emailKey('  Ahmed@Gulf.AE ')).toBe('ahmed@gulf.ae');
    expect(emailKey('mailto:a@b.c')).toBe('a@b.c');
  });

  it('is empty for text that is no address', () => {
    expect(emailKey('')).toBe('');
    expect(emailKey('ahmed')).toBe('');
    expect(emailKey('a@@b')).toBe('');
  });
});

describe('phoneKey', () => {
  it('takes E.164 as is', () => {
    expect(phoneKey('+971501234567')).toBe('+971501234567');
  });

  it('parses typed numbers with the default country', () => {
    expect(phoneKey('050 123 4567', 'AE')).toBe('+971501234567');
    expect(phoneKey('+971 (50) 123-4567')).toBe('+971501234567');
    expect(phoneKey('00971 50 123 4567')).toBe('+971501234567');
  });

  it('falls back to digits for numbers it cannot read', () => {
    expect(phoneKey('050 123 4567')).toBe('0501234567');
    expect(phoneKey('+999 1234 5678')).toBe('+99912345678');
  });

  it('is empty for blanks and scraps', () => {
    expect(phoneKey('')).toBe('');
    expect(phoneKey('   ')).toBe('');
    expect(phoneKey('12-34')).toBe('');
  });
});

describe('name and company words', () => {
  it('ignore case, accents, punctuation and honorifics', () => {
    expect(nameWords('  Eng. José  GARCÍA-López ')).toEqual(['jose', 'garcia', 'lopez']);
    expect(nameWords("Sean O'Brien")).toEqual(['sean', 'obrien']);
    expect(nameWords('Jürgen Groß')).toEqual(['jurgen', 'gross']);
    expect(nameWords('Dr')).toEqual(['dr']);
    expect(nameWords('')).toEqual([]);
  });

  it('drop legal forms of companies at either end', () => {
    expect(companyWords('Gulf Power L.L.C.')).toEqual(['gulf', 'power']);
    expect(companyWords('Siemens Energy GmbH & Co. KG')).toEqual(['siemens', 'energy']);
    expect(companyWords('PT Pertamina (Persero) Tbk')).toEqual(['pertamina', 'persero']);
    expect(companyWords('Sino Power Co., Ltd.')).toEqual(['sino', 'power']);
    expect(companyWords('Al Noor Trading FZ-LLC')).toEqual(['al', 'noor', 'trading']);
    expect(companyWords('The Water Company')).toEqual(['water']);
  });

  it('keep a company whose whole name is a legal word', () => {
    expect(companyWords('Limited')).toEqual(['limited']);
    expect(companyKey('Co.')).toBe('co');
  });

  it('make company keys insensitive to spacing', () => {
    expect(companyKey('Power Cozmo Inc')).toBe(companyKey('PowerCozmo, Inc.'));
    expect(companyKey('ACME-Power Ltd')).toBe(companyKey('acme power limited'));
  });
});

describe('nameCompanyKeys', () => {
  it('needs both a name and a company', () => {
    expect(nameCompanyKeys('Ahmed Ali', '')).toEqual([]);
    expect(nameCompanyKeys('', 'Gulf Power')).toEqual([]);
    expect(nameCompanyKeys('Mr.', 'Inc.')).toEqual(['mr|inc']);
  });

  it('gives the written order and the sorted order', () => {
    expect(nameCompanyKeys('Wei Wang', 'Sino Power')).toEqual(['weiwang|sinopower', 'wangwei|sinopower']);
    expect(nameCompanyKeys('Anna Berg', 'X')).toEqual(['annaberg|x']);
  });
});
