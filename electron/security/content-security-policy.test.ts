import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';

const policy = contentSecurityPolicy();
const directive = (name: string): string[] =>
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name)
    ?.slice(1) ?? [];

const headerOnly = new Set(['frame-ancestors']);

function directivesOf(value: string, ignored: ReadonlySet<string>): Record<string, string[]> {
  const entries = value
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter(([name]) => name !== undefined && name !== '' && !ignored.has(name))
    .map(([name, ...sources]) => [name, sources] as const);
  return Object.fromEntries(entries);
}

describe('contentSecurityPolicy', () => {
  it('allows scripts from the app only, never eval or inline scripts', () => {
    expect(directive('script-src')).toEqual(["'self'"]);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('wasm-unsafe-eval');
  });

  it('lets the renderer reach the local platform server', () => {
    expect(directive('connect-src')).toEqual(expect.arrayContaining(["'self'", 'http://127.0.0.1:*']));
  });

  it('refuses plugins, base rewriting and framing', () => {
    expect(directive('object-src')).toEqual(["'none'"]);
    expect(directive('base-uri')).toEqual(["'none'"]);
    expect(directive('frame-ancestors')).toEqual(["'none'"]);
  });

  // Browsers ignore frame-ancestors in a <meta> tag (and log an error), so the page may omit it.
  it('is the policy the renderer page carries in its meta tag', () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta, 'renderer/index.html has no CSP meta tag').not.toBeNull();
    expect(directivesOf(meta?.[1] ?? '', headerOnly)).toEqual(directivesOf(policy, headerOnly));
  });
});
