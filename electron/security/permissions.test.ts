import { describe, expect, it } from 'vitest';
import { decidePermissionRequest } from './permissions';

describe('decidePermissionRequest', () => {
  it('grants notifications to the app origin', () => {
    expect(decidePermissionRequest('notifications', 'app://lead-center')).toBe(true);
    expect(decidePermissionRequest('notifications', 'app://lead-center/index.html')).toBe(true);
  });

  it('refuses notifications to any other origin', () => {
    expect(decidePermissionRequest('notifications', 'https://example.com')).toBe(false);
    expect(decidePermissionRequest('notifications', 'app://lead-center.evil')).toBe(false);
    expect(decidePermissionRequest('notifications', '')).toBe(false);
    expect(decidePermissionRequest('notifications', null)).toBe(false);
  });

  it.each(['media', 'geolocation', 'clipboard-read', 'openExternal', 'usb', 'hid', 'serial', 'fullscreen', 'unknown'])(
    'refuses %s even to the app origin',
    (permission) => expect(decidePermissionRequest(permission, 'app://lead-center')).toBe(false),
  );
});
