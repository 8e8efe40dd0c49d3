import { isTrustedAppUrl } from './app-origin';

/**
 * Web permissions the app itself may use; everything else (camera, geolocation, clipboard
 * read, USB, …) is refused. A permission added here must be one the renderer really needs.
 */
const grantedToApp: ReadonlySet<string> = new Set(['notifications']);

/** Permission requests and checks: deny by default, grant the allow-list to the app origin. */
export function decidePermissionRequest(permission: string, requestingOrigin: string | null | undefined): boolean {
  return grantedToApp.has(permission) && isTrustedAppUrl(requestingOrigin);
}
