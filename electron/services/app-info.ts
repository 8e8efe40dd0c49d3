import path from 'node:path';
import { appInfo, type AppInfo } from '../../core/desktop-api';

/**
 * In Electron the renderer's IndexedDB lives under userData, which is left at Electron's
 * default: <appData>/<productName>, i.e. ~/.config/Lead Center on Linux,
 * %APPDATA%\Lead Center on Windows, ~/Library/Application Support/Lead Center on macOS.
 */
export function desktopAppInfo(facts: { name: string; version: string; userDataPath: string }): AppInfo {
  return appInfo.parse({
    name: facts.name,
    version: facts.version,
    host: 'electron',
    dataLocation: path.join(facts.userDataPath, 'IndexedDB'),
  });
}

/** In browser mode the data is the browser's site data for the host's origin. */
export function browserAppInfo(facts: { name: string; version: string; origin: string }): AppInfo {
  return appInfo.parse({
    name: facts.name,
    version: facts.version,
    host: 'browser',
    dataLocation: `this browser's site data for ${facts.origin}`,
  });
}
