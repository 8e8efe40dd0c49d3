import type { DesktopApi } from '../../../core/desktop-api';
import { createBrowserDesktopApi } from './createBrowserDesktopApi';

declare global {
  interface Window {
    /** Installed by the Electron preload; absent in a plain browser. */
    leadCenter?: DesktopApi;
  }
}

let desktopApi: DesktopApi | undefined;

/** The host seam: the Electron preload's API when present, else the browser adapter. */
export function getDesktopApi(): DesktopApi {
  desktopApi ??= window.leadCenter ?? createBrowserDesktopApi();
  return desktopApi;
}
