import { externalUrl } from '../../core/desktop-api';
import { isTrustedAppUrl } from './app-origin';

/** In-app navigation stays on the app origin; anything else would load untrusted code. */
export function shouldAllowNavigation(fromUrl: string, toUrl: string): boolean {
  return isTrustedAppUrl(fromUrl) && isTrustedAppUrl(toUrl);
}

export interface WindowOpenDecision {
  /** The app never opens a second Electron window for page content. */
  action: 'deny';
  /** A validated https: or mailto: link to hand to the OS, or null to drop the request. */
  openExternally: string | null;
}

/** window.open and target=_blank links: deny, and pass only web and mail links to the OS. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  const checked = externalUrl.safeParse(url);
  return { action: 'deny', openExternally: checked.success ? checked.data : null };
}
