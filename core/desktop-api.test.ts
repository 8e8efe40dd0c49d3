import { describe, expect, it } from 'vitest';
import { desktopRequests, externalUrl, ipcChannelName, notificationRequest } from './desktop-api';

describe('externalUrl', () => {
  it.each(['https://powercozmo.com', 'https://powercozmo.com/seller?id=1#x', 'mailto:buyer@example.com'])(
    'accepts %s',
    (url) => expect(externalUrl.safeParse(url).success).toBe(true),
  );

  it.each([
    'http://powercozmo.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://lead-center/index.html',
    'https://',
    'https://user@evil.example',
    'https://a b.com',
    ' https://powercozmo.com',
    '',
  ])('refuses %j', (url) => expect(externalUrl.safeParse(url).success).toBe(false));
});

describe('desktop requests', () => {
  it('names one IPC channel per request', () => {
    const names = Object.keys(desktopRequests).map((channel) => ipcChannelName(channel as keyof typeof desktopRequests));
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('lead-center:showNotification');
  });

  it('requires a notification title and defaults the body', () => {
    expect(notificationRequest.safeParse({ title: '  ' }).success).toBe(false);
    expect(notificationRequest.parse({ title: 'Call Ahmed' })).toEqual({ title: 'Call Ahmed', body: '' });
    expect(desktopRequests.showNotification.safeParse([{ title: 'x' }, 'extra']).success).toBe(false);
  });
});
