import path from 'node:path';
import { isTrustedAppUrl } from './app-origin';

export type StaticPathResolution =
  | { ok: true; filePath: string; mimeType: string }
  | { ok: false; status: 400 | 403; reason: string };

/** Types of what a Vite build emits; anything else is served as opaque bytes. */
const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return mimeTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path ("/assets/x.js") to a file inside rootDir, refusing anything that would
 * escape it — literal or percent-encoded "../", backslashes, drive letters, NUL bytes.
 * Pure: it does not look at the disk; a missing file is the caller's 404.
 * `pathApi` is injectable so the Windows rules are tested on any OS.
 */
export function resolveStaticPath(
  urlPathname: string,
  rootDir: string,
  pathApi: path.PlatformPath = path,
): StaticPathResolution {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return { ok: false, status: 400, reason: 'malformed percent-encoding in the path' };
  }
  // Vite never emits these; refusing them outright keeps Windows path rules out of play.
  if (/[\\:\0]/.test(decoded)) {
    return { ok: false, status: 400, reason: 'the path contains a character that is not allowed' };
  }
  let relative = decoded.replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const segments = relative.split('/');
  if (segments.includes('..')) {
    return { ok: false, status: 403, reason: 'the path leaves the app folder' };
  }
  const root = pathApi.resolve(rootDir);
  const filePath = pathApi.resolve(root, ...segments);
  const inside = pathApi.relative(root, filePath);
  if (inside === '' || inside.startsWith('..') || pathApi.isAbsolute(inside)) {
    return { ok: false, status: 403, reason: 'the path leaves the app folder' };
  }
  return { ok: true, filePath, mimeType: mimeTypeFor(filePath) };
}

/** app://lead-center/<path> → a file inside the renderer build (rootDir). */
export function resolveAppProtocolPath(requestUrl: string, rootDir: string): StaticPathResolution {
  if (!isTrustedAppUrl(requestUrl)) {
    return { ok: false, status: 403, reason: 'not a URL of the app origin' };
  }
  return resolveStaticPath(new URL(requestUrl).pathname, rootDir);
}
