import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAppProtocolPath, resolveStaticPath } from './static-path';

const root = path.resolve('/srv/lead-center/dist/renderer');

describe('resolveAppProtocolPath', () => {
  it('serves index.html for the origin root', () => {
    expect(resolveAppProtocolPath('app://lead-center/', root)).toEqual({
      ok: true,
      filePath: path.join(root, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveAppProtocolPath('app://lead-center', root)).toMatchObject({ ok: true, filePath: path.join(root, 'index.html') });
  });

  it('maps asset paths inside the root, ignoring query and fragment', () => {
    expect(resolveAppProtocolPath('app://lead-center/assets/index-B2x.js?v=1#x', root)).toEqual({
      ok: true,
      filePath: path.join(root, 'assets', 'index-B2x.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppProtocolPath('app://lead-center/assets/', root)).toMatchObject({
      ok: true,
      filePath: path.join(root, 'assets', 'index.html'),
    });
  });

  it('decodes percent-encoded names', () => {
    expect(resolveAppProtocolPath('app://lead-center/img/logo%20large.png', root)).toMatchObject({
      ok: true,
      filePath: path.join(root, 'img', 'logo large.png'),
      mimeType: 'image/png',
    });
  });

  it.each([
    'app://lead-center/..%2f..%2fetc/passwd',
    'app://lead-center/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://lead-center/%2e%2e%2f%2e%2e%2fsecret',
  ])('refuses traversal in %s', (url) => {
    const result = resolveAppProtocolPath(url, root);
    expect(result.ok).toBe(false);
  });

  // URL parsing already folds literal and encoded dot segments; what survives must stay inside.
  it('never resolves outside the root, whatever the URL', () => {
    for (const url of [
      'app://lead-center/../../etc/passwd',
      'app://lead-center/%2e%2e/%2e%2e/etc/passwd',
      'app://lead-center/%2E%2E/%2E%2E/secret',
      'app://lead-center/a/b/../../../x',
    ]) {
      const result = resolveAppProtocolPath(url, root);
      if (result.ok) expect(result.filePath.startsWith(root + path.sep)).toBe(true);
    }
  });

  it.each([
    'app://lead-center/..%5c..%5cwindows%5cwin.ini',
    'app://lead-center/C%3A/Windows/win.ini',
    'app://lead-center/index.html%00.png',
  ])('refuses backslashes, drive letters and NUL in %s', (url) => {
    expect(resolveAppProtocolPath(url, root)).toMatchObject({ ok: false, status: 400 });
  });

  it('refuses malformed percent-encoding', () => {
    expect(resolveAppProtocolPath('app://lead-center/%E0%A4%A', root)).toMatchObject({ ok: false, status: 400 });
  });

  it.each(['app://lead-center.evil/index.html', 'https://lead-center/index.html', 'file:///index.html'])(
    'refuses other origins: %s',
    (url) => expect(resolveAppProtocolPath(url, root)).toMatchObject({ ok: false, status: 403 }),
  );
});

describe('resolveStaticPath with Windows paths', () => {
  const winRoot = 'C:\\Program Files\\Lead Center\\resources\\app.asar\\dist\\renderer';

  it('maps inside the root', () => {
    expect(resolveStaticPath('/assets/a.css', winRoot, path.win32)).toEqual({
      ok: true,
      filePath: `${winRoot}\\assets\\a.css`,
      mimeType: 'text/css; charset=utf-8',
    });
  });

  it.each(['/..%5c..%5cWindows', '/%2e%2e%5cWindows', '/D%3A%5Csecret.txt', '/%5c%5cserver%5cshare'])(
    'refuses %s',
    (pathname) => expect(resolveStaticPath(pathname, winRoot, path.win32).ok).toBe(false),
  );
});

describe('mimeTypeFor', () => {
  it('knows what Vite emits and falls back to bytes', () => {
    expect(mimeTypeFor('a.WOFF2')).toBe('font/woff2');
    expect(mimeTypeFor('worker.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.js.map')).toBe('application/json; charset=utf-8');
    expect(mimeTypeFor('README')).toBe('application/octet-stream');
  });
});
