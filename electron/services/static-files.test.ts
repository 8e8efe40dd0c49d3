import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../security/content-security-policy';
import { resolveStaticPath } from '../security/static-path';
import { serveStaticFile } from './static-files';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'lead-center-static-'));
  await mkdir(path.join(root, 'assets'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Lead Center</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1);');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const get = (pathname: string, method = 'GET') => serveStaticFile(method, resolveStaticPath(pathname, root));

describe('serveStaticFile', () => {
  it('serves a file with its type and the security headers', async () => {
    const response = await get('/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(contentSecurityPolicy());
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.from(response.body).toString()).toBe('console.log(1);');
  });

  it('serves index.html for the root and no body for HEAD', async () => {
    expect((await get('/')).headers['content-type']).toBe('text/html; charset=utf-8');
    const head = await get('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('answers 404 for missing files and folders', async () => {
    expect((await get('/nope.js')).status).toBe(404);
    expect((await get('/assets/app.js/x')).status).toBe(404);
  });

  it('refuses traversal and other methods', async () => {
    expect((await get('/..%2f..%2fetc%2fpasswd')).status).toBe(403);
    const post = await get('/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});
