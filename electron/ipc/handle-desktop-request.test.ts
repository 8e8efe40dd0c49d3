import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AppInfo, NotificationRequest, OutgoingMail } from '../../core/desktop-api';
import { createDesktopHandlers, type DesktopServices } from './desktop-handlers';
import { DesktopRequestError } from './desktop-request-error';
import { dispatchDesktopRequest, handleDesktopRequest, isDesktopChannel } from './handle-desktop-request';
import { mailChannelsNotUnderTest } from '../../tests/fixtures/mailChannelsNotUnderTest';
import { platformChannelsNotUnderTest } from '../../tests/fixtures/platformChannelsNotUnderTest';

const appSender = { frameUrl: 'app://lead-center/index.html', isTopFrame: true };
const info: AppInfo = { name: 'Lead Center', version: '0.1.0', host: 'electron', dataLocation: '/tmp/x' };


function recordingServices() {
  const calls: { notifications: NotificationRequest[]; links: string[]; mails: OutgoingMail[] } = { notifications: [], links: [], mails: [] };
  const services: DesktopServices = {
    getAppInfo: async () => info,
    showNotification: async (request) => {
      calls.notifications.push(request);
      return { shown: true };
    },
    openExternal: async (url) => {
      calls.links.push(url);
      return { opened: true };
    },
    ...mailChannelsNotUnderTest(),
    ...platformChannelsNotUnderTest(),
    sendEmail: async (mail) => {
      calls.mails.push(mail);
      return { status: 'accepted', acceptedAt: 1, response: '250 recorded', alreadySent: false };
    },
  };
  return { calls, handlers: createDesktopHandlers(services) };
}

async function refusal(promise: Promise<unknown>): Promise<DesktopRequestError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DesktopRequestError);
  return error as DesktopRequestError;
}

describe('handleDesktopRequest', () => {
  it('runs a valid request from the app and returns a typed result', async () => {
    const { handlers } = recordingServices();
    const result = await handleDesktopRequest('getAppInfo', appSender, [], handlers);
    expectTypeOf(result).toEqualTypeOf<AppInfo>();
    expect(result).toEqual(info);
  });

  it('passes validated arguments, defaults filled in, to the service', async () => {
    const { calls, handlers } = recordingServices();
    await expect(
      handleDesktopRequest('showNotification', appSender, [{ title: ' Call ACME ', leadId: 'lead-1' }], handlers),
    ).resolves.toEqual({ shown: true });
    expect(calls.notifications).toEqual([{ title: 'Call ACME', body: '', leadId: 'lead-1' }]);
  });

  it.each([
    { frameUrl: 'https://evil.example/', isTopFrame: true },
    { frameUrl: 'app://lead-center/index.html', isTopFrame: false },
    { frameUrl: undefined, isTopFrame: true },
  ])('refuses the untrusted sender %o before anything else', async (sender) => {
    const { calls, handlers } = recordingServices();
    const error = await refusal(handleDesktopRequest('openExternal', sender, ['https://example.com/'], handlers));
    expect(error.code).toBe('untrusted-sender');
    expect((await refusal(handleDesktopRequest('noSuchChannel', sender, [], handlers))).code).toBe('untrusted-sender');
    expect(calls.links).toEqual([]);
  });

  it.each([
    ['openExternal', ['file:///etc/passwd']],
    ['openExternal', ['javascript:alert(1)']],
    ['openExternal', []],
    ['openExternal', ['https://a.example/', 'extra']],
    ['openExternal', 'https://a.example/'],
    ['showNotification', [{ title: '' }]],
    ['showNotification', [{ title: 'x'.repeat(201) }]],
    ['showNotification', [{ title: 'ok', body: 42 }]],
    ['showNotification', [null]],
    ['getAppInfo', [1]],
    ['getAppInfo', undefined],
  ] as const)('refuses %s with bad arguments %j', async (channel, args) => {
    const { calls, handlers } = recordingServices();
    const error = await refusal(handleDesktopRequest(channel, appSender, args, handlers));
    expect(error.code).toBe('invalid-arguments');
    expect(error.message).toContain(channel);
    expect(calls).toEqual({ notifications: [], links: [], mails: [] });
  });

  const mail = { messageId: '<e-1@example.com>', to: [{ email: 'buyer@example.org' }], subject: 'Hello', text: 'Body' };

  it('hands a valid email to the mail service with its defaults filled in', async () => {
    const { calls, handlers } = recordingServices();
    await handleDesktopRequest('sendEmail', appSender, [mail], handlers);
    expect(calls.mails).toEqual([{ ...mail, to: [{ email: 'buyer@example.org', name: '' }], headers: {}, attachmentIds: [] }]);
  });

  it.each([
    ['a header value with a line break (header injection)', { ...mail, headers: { 'X-Note': 'a\r\nBcc: victim@example.org' } }],
    ['a header name with a colon', { ...mail, headers: { 'X-A: b': 'c' } }],
    ['a Message-ID without angle brackets', { ...mail, messageId: 'e-1@example.com' }],
    ['a recipient that is not an address', { ...mail, to: [{ email: 'buyer@example.org>, evil@example.org' }] }],
    ['no recipient', { ...mail, to: [] }],
  ])('refuses sendEmail with %s before the mail service sees it', async (_label, bad) => {
    const { calls, handlers } = recordingServices();
    const error = await refusal(handleDesktopRequest('sendEmail', appSender, [bad], handlers));
    expect(error.code).toBe('invalid-arguments');
    expect(calls.mails).toEqual([]);
  });

  it.each(['sendMail', '__proto__', 'constructor', 'toString', ''])('refuses the unknown channel "%s"', async (channel) => {
    const { handlers } = recordingServices();
    const error = await refusal(handleDesktopRequest(channel, appSender, [], handlers));
    expect(error.code).toBe('unknown-channel');
  });
});

describe('platform channels', () => {
  function platformServices() {
    const requests: unknown[] = [];
    const services: DesktopServices = {
      getAppInfo: async () => info,
      showNotification: async () => ({ shown: true }),
      openExternal: async () => ({ opened: true }),
      ...mailChannelsNotUnderTest(),
      getPlatformConnection: async (userId) => {
        requests.push(['getPlatformConnection', userId]);
        return { state: 'not_connected', url: null, user: null, expiresAt: null, secretStorage: 'a file', message: null };
      },
      connectPlatform: async (request) => {
        requests.push(['connectPlatform', request]);
        return { state: 'not_connected', url: null, user: null, expiresAt: null, secretStorage: 'a file', message: null };
      },
      disconnectPlatform: async (userId) => {
        requests.push(['disconnectPlatform', userId]);
        return { state: 'not_connected', url: null, user: null, expiresAt: null, secretStorage: 'a file', message: null };
      },
      platformRequest: async (request) => {
        requests.push(['platformRequest', request]);
        return { ok: true, status: 200, body: null };
      },
    };
    return { requests, handlers: createDesktopHandlers(services) };
  }

  it('passes valid requests, the URL trimmed of its slash and the user id defaulted', async () => {
    const { requests, handlers } = platformServices();
    await handleDesktopRequest('getPlatformConnection', appSender, [], handlers);
    await handleDesktopRequest('connectPlatform', appSender, [{ url: ' https://platform.example.com/ ', email: ' omar@example.com ', password: 'pw' }], handlers);
    await handleDesktopRequest('connectPlatform', appSender, [{ url: 'http://127.0.0.1:8080', email: 'omar@example.com', password: 'pw' }], handlers);
    await handleDesktopRequest('platformRequest', appSender, [{ userId: 'u-1', method: 'POST', path: '/sync/events/push', body: { rows: [] } }], handlers);
    await handleDesktopRequest('platformRequest', appSender, [{ userId: 'u-1', method: 'GET', path: '/auth/me' }], handlers);
    expect(requests).toEqual([
      ['getPlatformConnection', null],
      ['connectPlatform', { url: 'https://platform.example.com', email: 'omar@example.com', password: 'pw' }],
      ['connectPlatform', { url: 'http://127.0.0.1:8080', email: 'omar@example.com', password: 'pw' }],
      ['platformRequest', { userId: 'u-1', method: 'POST', path: '/sync/events/push', body: { rows: [] } }],
      ['platformRequest', { userId: 'u-1', method: 'GET', path: '/auth/me' }],
    ]);
  });

  it.each([
    ['connectPlatform', [{ url: 'http://platform.example.com', email: 'a@b.c', password: 'pw' }]],
    ['connectPlatform', [{ url: 'https://platform.example.com/sub/path', email: 'a@b.c', password: 'pw' }]],
    ['connectPlatform', [{ url: 'file:///etc', email: 'a@b.c', password: 'pw' }]],
    ['connectPlatform', [{ url: 'https://user@platform.example.com', email: 'a@b.c', password: 'pw' }]],
    ['connectPlatform', [{ url: 'https://platform.example.com', email: 'a@b.c', password: '' }]],
    ['disconnectPlatform', []],
    ['platformRequest', [{ userId: 'u-1', method: 'POST', path: '/auth/logout' }]],
    ['platformRequest', [{ userId: 'u-1', method: 'POST', path: '/admin/users/u-2/revoke-tokens' }]],
    ['platformRequest', [{ userId: 'u-1', method: 'POST', path: '/sync/leads/stream' }]],
    ['platformRequest', [{ userId: 'u-1', method: 'POST', path: '/sync/nothing/pull' }]],
    ['platformRequest', [{ userId: 'u-1', method: 'POST', path: '/sync/leads/pull/' }]],
    ['platformRequest', [{ userId: 'u-1', method: 'GET', path: '/sync/leads/pull' }]],
    ['platformRequest', [{ userId: 'u-1', method: 'POST', path: '/auth/me' }]],
    ['platformRequest', [{ userId: 'u-1', method: 'DELETE', path: '/sync/leads/pull' }]],
    ['platformRequest', [{ userId: '', method: 'POST', path: '/sync/leads/pull' }]],
  ] as const)('refuses %s with %j before the service sees it', async (channel, args) => {
    const { requests, handlers } = platformServices();
    const error = await refusal(handleDesktopRequest(channel, appSender, args, handlers));
    expect(error.code).toBe('invalid-arguments');
    expect(requests).toEqual([]);
  });
});

describe('dispatchDesktopRequest', () => {
  it('runs requests the transport already vetted', async () => {
    const { calls, handlers } = recordingServices();
    await expect(dispatchDesktopRequest('openExternal', ['mailto:a@b.example'], handlers)).resolves.toEqual({ opened: true });
    expect(calls.links).toEqual(['mailto:a@b.example']);
  });
});

describe('isDesktopChannel', () => {
  it('knows the channels of core/desktop-api', () => {
    expect(['getAppInfo', 'showNotification', 'openExternal'].every(isDesktopChannel)).toBe(true);
    expect(isDesktopChannel('hasOwnProperty')).toBe(false);
  });
});
