import { emailKey } from '../capture/duplicateKeys';

/** Addresses anyone can get: their domain says nothing about the buyer's company. */
export const freeMailDomains: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.co.in', 'ymail.com', 'hotmail.com', 'hotmail.co.uk',
  'hotmail.fr', 'outlook.com', 'live.com', 'msn.com', 'aol.com', 'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com',
  'gmx.com', 'gmx.de', 'gmx.net', 'web.de', 'mail.com', 'mail.ru', 'yandex.com', 'yandex.ru', 'qq.com', '163.com', '126.com',
  'sina.com', 'rediffmail.com', 'zoho.com', 'tutanota.com', 'fastmail.com', 'orange.fr', 'free.fr', 'libero.it', 'naver.com',
]);

/** "https://www.Acme.com/about" → "acme.com"; '' when it is not a web address. */
export function websiteDomain(website: string): string {
  const host = website
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .split(/[/?#:]/)[0];
  if (!host || !/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(host)) return '';
  return host.replace(/^www\d?\./, '');
}

/** The company domain of an address; '' for free-mail providers and for what is not an address. */
export function emailCompanyDomain(email: string): string {
  const key = emailKey(email);
  const domain = key.slice(key.indexOf('@') + 1);
  if (key === '' || freeMailDomains.has(domain)) return '';
  return domain;
}
