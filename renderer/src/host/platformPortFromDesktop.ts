import type { DesktopApi } from '../../../core/desktop-api';
import { PlatformUnreachableError, type PlatformPort } from '../../data/sync/platformPort';

/**
 * The replication's PlatformPort over the DesktopApi: the host (Electron main or the browser-mode
 * services host) holds the platform user's token and adds it; the page only names the user.
 * "Never reached the platform" becomes PlatformUnreachableError (the replication waits and
 * retries); "no session on this device" becomes the platform's own 401, so the status says to
 * sign in again instead of retrying forever.
 */
export function platformPortFromDesktop(desktopApi: Pick<DesktopApi, 'platformRequest' | 'openPlatformStream'>, userId: string): PlatformPort {
  return {
    async request(request) {
      let reply;
      try {
        reply = await desktopApi.platformRequest({ userId, method: request.method, path: request.path, body: request.body });
      } catch (error) {
        // The host itself did not answer (browser mode: the services host stopped).
        throw new PlatformUnreachableError(error instanceof Error ? error.message : String(error));
      }
      if (reply.ok) return { status: reply.status, body: reply.body };
      if (reply.reason === 'unreachable') throw new PlatformUnreachableError(reply.message);
      return { status: 401, body: { error: 'unauthorized', message: reply.message } };
    },
    stream(path, handlers) {
      return desktopApi.openPlatformStream({ userId, path }, handlers);
    },
  };
}
