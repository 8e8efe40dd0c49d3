import { describe, expect, it } from 'vitest';
import { emailCompanyDomain, websiteDomain } from './companyDomain';

describe('company domains', () => {
  it('takes the host of a website without www, path or port', () => {
    expect(websiteDomain('https://www.Acme-Power.ae/about?x=1')).toBe('acme-power.ae');
    expect(websiteDomain('acme.com:8080')).toBe('acme.com');
    expect(websiteDomain('www2.acme.com')).toBe('acme.com');
    expect(websiteDomain('not a site')).toBe('');
    expect(websiteDomain('')).toBe('');
  });

  it('takes the domain of a company address, never of free mail', () => {
    expect(emailCompanyDomain('Ana@Acme.com')).toBe('acme.com');
    expect(emailCompanyDomain('ana@gmail.com')).toBe('');
    expect(emailCompanyDomain('ana@outlook.com')).toBe('');
    expect(emailCompanyDomain('no-address')).toBe('');
  });
});
