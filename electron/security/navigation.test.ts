import { describe, expect, it } from 'vitest';
import { decideWindowOpen, shouldAllowNavigation } from './navigation';

const app = 'app://lead-center/index.html';

describe('shouldAllowNavigation', () => {
  it('allows moves within the app origin', () => {
    expect(shouldAllowNavigation(app, 'app://lead-center/index.html#/leads')).toBe(true);
    expect(shouldAllowNavigation(app, 'app://lead-center/')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5174/',
    'file:///etc/passwd',
    'app://lead-center.evil/',
    'app://evil@lead-center/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
  ])('denies leaving the app for %s', (to) => expect(shouldAllowNavigation(app, to)).toBe(false));

  it('denies navigation that does not start on the app origin', () => {
    expect(shouldAllowNavigation('https://example.com/', app)).toBe(false);
    expect(shouldAllowNavigation('about:blank', app)).toBe(false);
  });
});

describe('decideWindowOpen', () => {
  it('always denies, handing https and mailto links to the OS', () => {
    expect(decideWindowOpen('https://www.powercozmo.com/')).toEqual({
      action: 'deny',
      openExternally: 'https://www.powercozmo.com/',
    });
    expect(decideWindowOpen('mailto:buyer@example.com')).toEqual({
      action: 'deny',
      openExternally: 'mailto:buyer@example.com',
    });
  });

  it.each([
    'http://example.com/',
    'file:///C:/Windows/System32/calc.exe',
    'smb://server/share',
    'javascript:alert(1)',
    'app://lead-center/index.html',
    'ms-msdt:/id PCWDiagnostic',
    'not a url',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('denies without opening %s', (url) => {
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: null });
  });
});
