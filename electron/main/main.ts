/**
 * Composition root of the Electron main process: wires the plain modules (security decisions,
 * IPC handlers, services) to Electron. No business rules here (DESIGN.md, process model).
 *
 * userData is left at Electron's default, <appData>/<productName>:
 *   Linux   ~/.config/Lead Center
 *   Windows %APPDATA%\Lead Center
 *   macOS   ~/Library/Application Support/Lead Center
 * The renderer's IndexedDB lives there, so renaming the product would strand the local data.
 * The mail service keeps its files there too (mail-settings.json, mail-journal.jsonl,
 * attachments/, secrets.json with the secrets encrypted by safeStorage).
 */
import path from 'node:path';
import { app, BrowserWindow, Menu, safeStorage, session, shell } from 'electron';
import { openLeadEventChannel } from '../../core/desktop-api';
import { createDesktopHandlers } from '../ipc/desktop-handlers';
import { desktopAppInfo } from '../services/app-info';
import { entryUrlFor } from '../services/entry-url';
import { createExternalLinkService } from '../services/external-links';
import { mailDesktopServices } from '../services/mail/mailDesktopServices';
import { createMailService } from '../services/mail/mailService';
import { createFileSecretStore } from '../services/mail/secretStore';
import { createNotificationService } from '../services/notification-service';
import { platformDesktopServices } from '../services/platform/platformDesktopServices';
import { createPlatformService } from '../services/platform/platformService';
import { createPlatformStreamHub } from '../services/platform/platformStreamHub';
import { registerAppSchemeAsPrivileged, serveAppProtocol } from './app-protocol';
import { registerDesktopIpc } from './desktop-ipc';
import { registerPlatformStreamIpc } from './platform-stream-ipc';
import { createElectronNotificationPort } from './electron-notification-port';
import { createMainWindow } from './main-window';
import { safeStorageCipher } from './safe-storage-cipher';
import { applicationMenuTemplate } from './menu-template';
import { applyPermissionPolicy } from './session-permissions';
import { guardWebContents } from './web-contents-guards';

const appId = 'com.powercozmo.leadcenter';

// Both must happen before `ready`.
registerAppSchemeAsPrivileged();
app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  startApp();
} else {
  // A second copy would open the same IndexedDB; hand over to the running one instead.
  app.quit();
}

function startApp(): void {
  const isDev = !app.isPackaged;
  const appRoot = app.getAppPath();
  const rendererDir = path.join(appRoot, 'dist', 'renderer');
  const preloadPath = path.join(appRoot, 'dist', 'electron', 'preload.cjs');
  const entryUrl = entryUrlFor(process.argv, (message) => console.warn(message));
  let mainWindow: BrowserWindow | null = null;

  /** Brings the window forward, recreating it on macOS where the app outlives its windows. */
  const revealMainWindow = (): BrowserWindow => {
    if (mainWindow === null || mainWindow.isDestroyed()) {
      mainWindow = createMainWindow(preloadPath, entryUrl);
      return mainWindow;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
    return mainWindow;
  };

  const links = createExternalLinkService((url) => shell.openExternal(url));
  const notifications = createNotificationService({
    port: createElectronNotificationPort(),
    openLead: (leadId) => {
      const window = revealMainWindow();
      const send = (): void => window.webContents.send(openLeadEventChannel, leadId);
      if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
      else send();
    },
    now: () => Date.now(),
  });

  if (process.platform === 'win32') app.setAppUserModelId(appId); // toasts need it on Windows

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, (url) => void links.openExternal(url));
  });
  app.on('second-instance', () => {
    if (app.isReady()) revealMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) revealMainWindow();
  });

  app
    .whenReady()
    .then(() => {
      Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate({ platform: process.platform, isDev })));
      applyPermissionPolicy(session.defaultSession);
      serveAppProtocol(rendererDir);
      // Mail files sit beside the renderer's IndexedDB; secrets are encrypted with safeStorage,
      // which only works once the app is ready.
      const dataDir = app.getPath('userData');
      // One secret store for mail and the platform token: both write secrets.json.
      const secrets = createFileSecretStore(dataDir, safeStorageCipher(safeStorage, process.platform));
      const mail = createMailService({ dataDir, secrets });
      const platform = createPlatformService({ dataDir, secrets });
      registerPlatformStreamIpc(createPlatformStreamHub(platform));
      app.on('will-quit', () => {
        platform.close();
        void mail.then((service) => service.close()).catch(() => undefined);
      });
      registerDesktopIpc(
        createDesktopHandlers({
          getAppInfo: async () =>
            desktopAppInfo({ name: app.getName(), version: app.getVersion(), userDataPath: app.getPath('userData') }),
          showNotification: (request) => notifications.showNotification(request),
          openExternal: (url) => links.openExternal(url),
          ...mailDesktopServices(mail),
          ...platformDesktopServices(platform),
        }),
      );
      revealMainWindow();
    })
    .catch((error: unknown) => {
      console.error('Lead Center could not start:', error);
      app.exit(1);
    });
}
