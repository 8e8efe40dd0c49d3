import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NotificationRequest } from '../../core/desktop-api';
import type { DesktopServices } from '../ipc/desktop-handlers';
import { browserAppInfo } from '../services/app-info';
import { mailDesktopServices } from '../services/mail/mailDesktopServices';
import { createMailService, type MailService } from '../services/mail/mailService';
import { createFileSecretStore } from '../services/mail/secretStore';
import { platformDesktopServices } from '../services/platform/platformDesktopServices';
import { createPlatformService, type PlatformService } from '../services/platform/platformService';

/** Enough history for a test or a debugging session to look at, without growing forever. */
const keptNotifications = 100;

export interface BrowserServicesContext {
  appName: string;
  appVersion: string;
  /** The host's own origin, where the browser keeps the app's data. */
  origin: string;
  /**
   * The host's data folder (mail settings, send journal, attachments, the 0600 secrets file).
   * Without one, mail data lives in a temporary folder that close() removes (tests, benchmarks).
   */
  dataDir?: string;
}

export interface BrowserServices {
  services: DesktopServices;
  /** Notifications the page asked for, oldest first. */
  notifications: () => readonly NotificationRequest[];
  /** The platform connection (the services host serves its streams itself). */
  platform: PlatformService;
  /** Closes the mail journal (and removes a temporary data folder). */
  close(): Promise<void>;
}

async function openMail(dataDir: string | undefined): Promise<{ mail: MailService; platform: PlatformService; temporaryDir: string | null }> {
  const temporaryDir = dataDir === undefined ? await mkdtemp(path.join(tmpdir(), 'lead-center-host-data-')) : null;
  const dir = dataDir ?? temporaryDir ?? '';
  // Browser mode has no OS keychain: the secrets file is plain text, mode 0600, and says so.
  // One store for the mail secrets and the platform tokens: both write secrets.json.
  const secrets = createFileSecretStore(dir);
  const mail = await createMailService({ dataDir: dir, secrets });
  return { mail, platform: createPlatformService({ dataDir: dir, secrets }), temporaryDir };
}

/** The platform service once the data folder is known; its calls wait for it. */
function platformWhenOpen(opening: Promise<{ platform: PlatformService }>): PlatformService {
  const ready = opening.then(({ platform }) => platform);
  ready.catch(() => undefined);
  let stopped = false;
  return {
    connection: async (userId) => (await ready).connection(userId),
    connect: async (request) => (await ready).connect(request),
    disconnect: async (userId) => (await ready).disconnect(userId),
    request: async (request) => (await ready).request(request),
    stream(request, handlers) {
      let close: (() => void) | null = null;
      let closed = false;
      ready.then(
        (platform) => {
          if (!closed && !stopped) close = platform.stream(request, handlers);
        },
        (error: unknown) => handlers.onError(error instanceof Error ? error : new Error(String(error))),
      );
      return () => {
        closed = true;
        close?.();
      };
    },
    close() {
      stopped = true;
      void ready.then((platform) => platform.close()).catch(() => undefined);
    },
  };
}

/**
 * DesktopApi's services as the browser-mode host provides them. The page's browser adapter
 * raises notifications itself and opens links with window.open, so those two only record or
 * decline here. The mail channels are the Node mail service, as in the desktop app.
 */
export function createBrowserServices(context: BrowserServicesContext): BrowserServices {
  const notifications: NotificationRequest[] = [];
  const opening = openMail(context.dataDir);
  const platform = platformWhenOpen(opening);
  const services: DesktopServices = {
    getAppInfo: async () => browserAppInfo({ name: context.appName, version: context.appVersion, origin: context.origin }),
    showNotification: async (request) => {
      notifications.push(request);
      if (notifications.length > keptNotifications) notifications.shift();
      return { shown: false };
    },
    openExternal: async () => ({ opened: false }),
    ...mailDesktopServices(opening.then(({ mail }) => mail)),
    ...platformDesktopServices(platform),
  };
  return {
    services,
    notifications: () => [...notifications],
    platform,
    async close() {
      const opened = await opening.catch(() => null);
      if (opened === null) return;
      opened.platform.close();
      await opened.mail.close();
      if (opened.temporaryDir !== null) await rm(opened.temporaryDir, { recursive: true, force: true });
    },
  };
}
