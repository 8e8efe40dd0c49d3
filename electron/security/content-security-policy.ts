/**
 * The policy the app is served with: as an HTTP header by the app:// protocol handler and the
 * browser-mode host, and as the <meta> tag in renderer/index.html (a test keeps the two equal;
 * a browser enforces both, so a drift would silently tighten one of them).
 * No 'unsafe-eval': RxDB's runtime-compiling validators are not used (DESIGN.md, stack facts).
 */
const directives: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  // React and charting libraries set inline style attributes.
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  // The local platform server (and the browser-mode host) listen on loopback; a remote platform
  // or an AI drafter endpoint is https.
  ['connect-src', ["'self'", 'http://127.0.0.1:*', 'http://localhost:*', 'https:']],
  // The batch passes run in a Web Worker.
  ['worker-src', ["'self'", 'blob:']],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
];

export function contentSecurityPolicy(): string {
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}
