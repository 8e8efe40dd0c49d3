import type { WebContents } from 'electron';
import { decideWindowOpen, shouldAllowNavigation } from '../security/navigation';

/**
 * Applied to every WebContents the app creates (app 'web-contents-created'), so a page can
 * never navigate away from the app origin, open a window, or embed a <webview>.
 */
export function guardWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  const refuseForeignNavigation = (event: { url: string; preventDefault(): void }): void => {
    if (!shouldAllowNavigation(contents.getURL(), event.url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeignNavigation);
  // Subframe navigations and server redirects take other paths than will-navigate.
  contents.on('will-frame-navigate', refuseForeignNavigation);
  contents.on('will-redirect', refuseForeignNavigation);

  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally !== null) openExternal(decision.openExternally);
    return { action: decision.action };
  });

  contents.on('will-attach-webview', (event) => event.preventDefault());
}
