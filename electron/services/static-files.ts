import { readFile } from 'node:fs/promises';
import { contentSecurityPolicy } from '../security/content-security-policy';
import type { StaticPathResolution } from '../security/static-path';

/** A transport-neutral response: main wraps it in a fetch Response, the host writes it to HTTP. */
export interface StaticFileResponse {
  status: number;
  headers: Record<string, string>;
  /** ArrayBuffer-backed, so it is a valid fetch BodyInit under both Node's and the DOM's types. */
  body: Uint8Array<ArrayBuffer> | string;
}

/** Sent with every page and asset, in Electron and in browser mode alike. */
export function securityHeaders(): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
  };
}

function plainText(status: number, message: string, extra: Record<string, string> = {}): StaticFileResponse {
  return {
    status,
    headers: { ...securityHeaders(), 'content-type': 'text/plain; charset=utf-8', ...extra },
    body: `${message}\n`,
  };
}

const missingFileCodes = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

/** Reads a resolved renderer file; the path was already confined by resolveStaticPath. */
export async function serveStaticFile(method: string, resolution: StaticPathResolution): Promise<StaticFileResponse> {
  if (method !== 'GET' && method !== 'HEAD') {
    return plainText(405, 'Method not allowed', { allow: 'GET, HEAD' });
  }
  if (!resolution.ok) return plainText(resolution.status, resolution.reason);
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readFile(resolution.filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined && missingFileCodes.has(code)) return plainText(404, 'Not found');
    throw error;
  }
  return {
    status: 200,
    headers: {
      ...securityHeaders(),
      'content-type': resolution.mimeType,
      'content-length': String(body.byteLength),
      // The build is small and local; always revalidating avoids a stale UI after an update.
      'cache-control': 'no-cache',
    },
    body: method === 'HEAD' ? '' : body,
  };
}
