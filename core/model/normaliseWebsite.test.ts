import { describe, expect, it } from 'vitest';
import { normaliseWebsite } from './normaliseWebsite';

describe('normaliseWebsite', () => {
  it.each([
    ['acme.ae', 'https://acme.ae'],
    ['www.ACME-Power.com/', 'https://www.acme-power.com'],
    ['http://acme.ae', 'http://acme.ae'],
    ['HTTPS://Acme.ae/Products?id=5', 'https://acme.ae/Products?id=5'],
    ['acme.co.uk:8080/en', 'https://acme.co.uk:8080/en'],
  ])('%s → %s', (typed, expected) => {
    expect(normaliseWebsite(typed)).toEqual({ ok: true, value: expected });
  });

  it.each(['', 'acme', 'javascript:alert(1)', 'ftp://acme.ae', 'acme .ae', 'http://', '-acme.ae'])('refuses %j', (typed) => {
    expect(normaliseWebsite(typed).ok).toBe(false);
  });
});
