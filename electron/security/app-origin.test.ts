import { describe, expect, it } from 'vitest';
import { appEntryUrl, appOrigin, isTrustedAppUrl } from './app-origin';

describe('isTrustedAppUrl', () => {
  it.each([appEntryUrl, appOrigin, `${appOrigin}/`, `${appOrigin}/assets/index-abc.js?x=1#top`])(
    'trusts %s',
    (url) => expect(isTrustedAppUrl(url)).toBe(true),
  );

  it.each([
    'app://lead-center.evil/index.html',
    'app://evil/lead-center/',
    'app://user@lead-center/',
    'app://user:secret@lead-center/',
    'app://lead-center:8080/',
    'app:lead-center/index.html',
    'app:///lead-center/index.html',
    'https://lead-center/',
    'file:///index.html',
    'http://127.0.0.1:5174/',
    'javascript:alert(1)',
    'about:blank',
    'not a url',
    '',
    null,
    undefined,
  ])('refuses %s', (url) => expect(isTrustedAppUrl(url)).toBe(false));
});
