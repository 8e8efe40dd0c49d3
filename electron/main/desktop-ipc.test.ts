import { describe, expect, it, vi } from 'vitest';
import type { DesktopHandlers } from '../ipc/desktop-handlers';
import { registerDesktopIpc } from './desktop-ipc';
import { mailChannelsNotUnderTest } from '../../tests/fixtures/mailChannelsNotUnderTest';
import { platformChannelsNotUnderTest } from '../../tests/fixtures/platformChannelsNotUnderTest';

type InvokeHandler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const registered = vi.hoisted(() => new Map<string, InvokeHandler>());
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: InvokeHandler) => registered.set(channel, handler) },
}));


const handlers: DesktopHandlers = {
  getAppInfo: async () => ({ name: 'Lead Center', version: '0.1.0', host: 'electron', dataLocation: '/x' }),
  showNotification: async () => ({ shown: true }),
  openExternal: async () => ({ opened: true }),
  ...mailChannelsNotUnderTest(),
    ...platformChannelsNotUnderTest(),
};

function frame(url: string, parent: object | null = null, destroyed = false) {
  return { url, parent, isDestroyed: () => destroyed };
}

describe('registerDesktopIpc', () => {
  registerDesktopIpc(handlers);

  it('registers one named channel per request, nothing generic', () => {
    expect([...registered.keys()].sort()).toEqual([
      'lead-center:addAttachment',
      'lead-center:checkMailServer',
      'lead-center:connectPlatform',
      'lead-center:deliveryStatus',
      'lead-center:disconnectPlatform',
      'lead-center:draftWithAi',
      'lead-center:getAiSettings',
      'lead-center:getAppInfo',
      'lead-center:getMailSettings',
      'lead-center:getPlatformConnection',
      'lead-center:listAttachments',
      'lead-center:openExternal',
      'lead-center:platformRequest',
      'lead-center:removeAttachment',
      'lead-center:saveAiSettings',
      'lead-center:saveMailSettings',
      'lead-center:sendEmail',
      'lead-center:showNotification',
    ]);
  });

  it('answers the app top frame', async () => {
    const handle = registered.get('lead-center:openExternal');
    await expect(handle?.({ senderFrame: frame('app://lead-center/index.html') }, 'https://a.example/')).resolves.toEqual({
      opened: true,
    });
  });

  it.each([
    ['an iframe of the app', { senderFrame: frame('app://lead-center/index.html', {}) }],
    ['a foreign page', { senderFrame: frame('https://evil.example/') }],
    ['a destroyed frame', { senderFrame: frame('app://lead-center/index.html', null, true) }],
    ['no frame', { senderFrame: null }],
    [
      'a frame that throws on access',
      {
        get senderFrame(): never {
          throw new Error('Render frame was disposed');
        },
      },
    ],
  ])('refuses %s', async (_label, event) => {
    const handle = registered.get('lead-center:getAppInfo');
    await expect(handle?.(event)).rejects.toMatchObject({ code: 'untrusted-sender' });
  });
});
