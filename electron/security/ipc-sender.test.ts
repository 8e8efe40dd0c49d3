import { describe, expect, it } from 'vitest';
import { isTrustedIpcSender } from './ipc-sender';

describe('isTrustedIpcSender', () => {
  it('trusts the top frame of the app origin', () => {
    expect(isTrustedIpcSender({ frameUrl: 'app://lead-center/index.html', isTopFrame: true })).toBe(true);
  });

  it('refuses iframes, even on the app origin', () => {
    expect(isTrustedIpcSender({ frameUrl: 'app://lead-center/index.html', isTopFrame: false })).toBe(false);
  });

  it('refuses other origins and vanished frames', () => {
    expect(isTrustedIpcSender({ frameUrl: 'https://example.com/', isTopFrame: true })).toBe(false);
    expect(isTrustedIpcSender({ frameUrl: 'file:///index.html', isTopFrame: true })).toBe(false);
    expect(isTrustedIpcSender({ frameUrl: undefined, isTopFrame: true })).toBe(false);
  });
});
