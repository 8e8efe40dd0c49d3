/**
 * The app's one origin. IndexedDB is per origin, so this is chosen once and never changed:
 * a different scheme or host would open an empty local database (DESIGN.md, stack facts).
 */
export const appScheme = 'app';
export const appHost = 'lead-center';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * True only for URLs on the app origin. Parsed with URL, never compared by string prefix, so
 * look-alikes such as `app://lead-center.evil/` or `app://lead-center@evil/` do not pass.
 */
export function isTrustedAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${appScheme}:` &&
    parsed.host === appHost &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
