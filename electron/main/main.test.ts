import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../security/content-security-policy';

/**
 * Electron's binary cannot run on CI machines, so the composition root is exercised against a
 * recording fake of the Electron API: what is registered, in which order, with which settings.
 */
const fake = vi.hoisted(() => {
  type Handler = (...args: never[]) => unknown;
  const log: string[] = [];
  const appEvents = new Map<string, Handler>();
  const ipc = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  const protocols = new Map<string, (request: Request) => Promise<Response>>();
  const windows: FakeWindow[] = [];
  const notifications: FakeNotification[] = [];
  const session: Record<string, Handler> = {};
  let appPath = '';
  let userDataPath = '';
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });

  class FakeWindow {
    loadedUrl = '';
    sent: unknown[][] = [];
    webContents = {
      send: (...args: unknown[]) => this.sent.push(args),
      isLoading: () => false,
      once: () => undefined,
    };
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      windows.push(this);
      log.push('new BrowserWindow');
    }
    static getAllWindows = () => windows;
    once() {}
    isDestroyed = () => false;
    isMinimized = () => false;
    restore() {}
    show() {}
    focus() {}
    async loadURL(url: string) {
      this.loadedUrl = url;
    }
  }

  class FakeNotification {
    handlers = new Map<string, () => void>();
    shown = false;
    constructor(readonly options: { title: string; body: string }) {
      notifications.push(this);
    }
    static isSupported = () => true;
    on(event: string, handler: () => void) {
      this.handlers.set(event, handler);
      return this;
    }
    show() {
      this.shown = true;
    }
  }

  const module = {
    app: {
      enableSandbox: () => log.push('enableSandbox'),
      requestSingleInstanceLock: () => true,
      isPackaged: true,
      getAppPath: () => appPath,
      getName: () => 'Lead Center',
      getVersion: () => '0.1.0',
      getPath: (name: string) => (name === 'userData' ? userDataPath : `${userDataPath}/${name}`),
      setAppUserModelId: () => undefined,
      isReady: () => true,
      on: (event: string, handler: Handler) => appEvents.set(event, handler),
      whenReady: () => ready,
      quit: () => log.push('quit'),
      exit: (code: number) => log.push(`exit ${code}`),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => log.push(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        log.push(`protocol.handle ${scheme}`);
        protocols.set(scheme, handler);
      },
    },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) => ipc.set(channel, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Handler) => (session.request = handler),
        setPermissionCheckHandler: (handler: Handler) => (session.check = handler),
        setDevicePermissionHandler: (handler: Handler) => (session.device = handler),
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: { role?: string; label?: string }[]) =>
        log.push(`menu ${menu.map((item) => item.role ?? item.label).join(',')}`),
    },
    shell: { openExternal: async () => undefined },
    // Stands in for the OS keyring: reversible, but never the plain text.
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (text: string) => Buffer.from(`sealed:${Buffer.from(text).toString('hex')}`),
      decryptString: (sealed: Buffer) => Buffer.from(sealed.toString().replace(/^sealed:/, ''), 'hex').toString(),
    },
    BrowserWindow: FakeWindow,
    Notification: FakeNotification,
  };

  return {
    module,
    log,
    appEvents,
    ipc,
    protocols,
    windows,
    notifications,
    session,
    setAppPath: (value: string) => (appPath = value),
    setUserDataPath: (value: string) => (userDataPath = value),
    resolveReady: () => resolveReady(),
  };
});
vi.mock('electron', () => fake.module);

let appRoot: string;
const appFrame = { senderFrame: { url: 'app://lead-center/index.html', parent: null, isDestroyed: () => false } };

beforeAll(async () => {
  appRoot = await mkdtemp(path.join(tmpdir(), 'lead-center-app-'));
  await mkdir(path.join(appRoot, 'dist', 'renderer'), { recursive: true });
  await writeFile(path.join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Lead Center</title>');
  fake.setAppPath(appRoot);
  fake.setUserDataPath(path.join(appRoot, 'userData'));
  await import('./main');
  fake.log.push('ready');
  fake.resolveReady();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
});

afterAll(async () => {
  // will-quit closes the mail journal before its folder goes.
  (fake.appEvents.get('will-quit') as (() => void) | undefined)?.();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await rm(appRoot, { recursive: true, force: true });
});

describe('main process wiring', () => {
  it('registers the app scheme as privileged and enables the sandbox before ready', () => {
    const readyAt = fake.log.indexOf('ready');
    const schemeAt = fake.log.findIndex((entry) => entry.startsWith('registerSchemesAsPrivileged'));
    expect(schemeAt).toBeGreaterThanOrEqual(0);
    expect(schemeAt).toBeLessThan(readyAt);
    expect(fake.log.indexOf('enableSandbox')).toBeLessThan(readyAt);
    expect(fake.log[schemeAt]).toContain('{"scheme":"app","privileges":{"standard":true,"secure":true,"supportFetchAPI":true}}');
    expect(fake.log.indexOf('protocol.handle app')).toBeGreaterThan(readyAt);
  });

  it('opens one sandboxed, isolated window on app://lead-center/index.html', () => {
    const [window] = fake.windows;
    expect(window?.loadedUrl).toBe('app://lead-center/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: path.join(appRoot, 'dist', 'electron', 'preload.cjs'),
    });
  });

  it('serves the renderer build over app:// with the CSP header', async () => {
    const handler = fake.protocols.get('app');
    const page = await handler?.(new Request('app://lead-center/index.html'));
    expect(page?.status).toBe(200);
    expect(page?.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(await page?.text()).toContain('Lead Center');
    expect((await handler?.(new Request('app://lead-center/..%2f..%2fpackage.json')))?.status).toBe(403);
  });

  it('has a menu without reload in the packaged app', () => {
    expect(fake.log).toContain('menu fileMenu,editMenu,windowMenu');
  });

  it('denies permissions except notifications for the app', () => {
    const decisions: boolean[] = [];
    const request = fake.session.request as unknown as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl: string },
    ) => void;
    request(null, 'notifications', (granted) => decisions.push(granted), { requestingUrl: 'app://lead-center/index.html' });
    request(null, 'media', (granted) => decisions.push(granted), { requestingUrl: 'app://lead-center/index.html' });
    expect(decisions).toEqual([true, false]);
    const check = fake.session.check as unknown as (contents: unknown, permission: string, origin: string) => boolean;
    expect(check(null, 'geolocation', 'app://lead-center')).toBe(false);
    expect((fake.session.device as unknown as () => boolean)()).toBe(false);
  });

  it('answers desktop requests from the app and reports where the data lives', async () => {
    await expect(fake.ipc.get('lead-center:getAppInfo')?.(appFrame)).resolves.toEqual({
      name: 'Lead Center',
      version: '0.1.0',
      host: 'electron',
      dataLocation: path.join(appRoot, 'userData', 'IndexedDB'),
    });
  });

  it('keeps SMTP settings in userData and the password only encrypted with safeStorage', async () => {
    const settings = {
      host: 'smtp.example.com',
      port: 587,
      security: 'starttls',
      user: 'sam',
      fromAddress: 'sam@example.com',
      unsubscribeBaseUrl: 'https://example.com/unsubscribe',
    };
    const view = await fake.ipc.get('lead-center:saveMailSettings')?.(appFrame, { settings, password: 'hunter2-password' });
    expect(view).toMatchObject({ settings: { host: 'smtp.example.com' }, passwordSaved: true, secretStorage: 'encrypted with the system keyring (Secret Service)' });
    expect(JSON.stringify(view)).not.toContain('hunter2-password');
    const userData = path.join(appRoot, 'userData');
    expect(await readFile(path.join(userData, 'mail-settings.json'), 'utf8')).not.toContain('hunter2-password');
    const secrets = await readFile(path.join(userData, 'secrets.json'), 'utf8');
    expect(secrets).not.toContain('hunter2-password');
    expect(secrets).toContain('"encrypted": true');
  });

  it('raises an OS notification whose click opens the lead in the window', async () => {
    await expect(
      fake.ipc.get('lead-center:showNotification')?.(appFrame, { title: 'Call ACME', body: 'Due now', leadId: 'lead-42' }),
    ).resolves.toEqual({ shown: true });
    const notification = fake.notifications.at(-1);
    expect(notification?.shown).toBe(true);
    expect(notification?.options).toEqual({ title: 'Call ACME', body: 'Due now' });
    notification?.handlers.get('click')?.();
    expect(fake.windows[0]?.sent).toContainEqual(['lead-center:open-lead', 'lead-42']);
  });

  it('guards every web contents the app creates', () => {
    expect(fake.appEvents.has('web-contents-created')).toBe(true);
    expect(fake.appEvents.has('second-instance')).toBe(true);
    expect(fake.appEvents.has('will-quit')).toBe(true);
  });
});
