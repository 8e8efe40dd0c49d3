import { protocol } from 'electron';
import { appScheme } from '../security/app-origin';
import { resolveAppProtocolPath } from '../security/static-path';
import { serveStaticFile } from '../services/static-files';

/**
 * Must run before `app` is ready. `standard` + `secure` give the scheme a real origin, so
 * IndexedDB, ES modules and crypto.subtle work (they do not from file://); supportFetchAPI lets
 * the page fetch its own assets (workers, source maps).
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the renderer build from rootDir at app://lead-center/, with the CSP header. */
export function serveAppProtocol(rootDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const response = await serveStaticFile(request.method, resolveAppProtocolPath(request.url, rootDir));
    return new Response(response.body, { status: response.status, headers: response.headers });
  });
}
