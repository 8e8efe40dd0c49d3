import path from 'node:path';

/**
 * Where browser mode keeps its mail settings, send journal, attachments and secrets file:
 * LEAD_CENTER_DATA_DIR, else $XDG_DATA_HOME/lead-center-web, else ~/.local/share/lead-center-web.
 */
export function browserDataDir(env: Readonly<Record<string, string | undefined>>, homeDir: string): string {
  const explicit = env.LEAD_CENTER_DATA_DIR?.trim();
  if (explicit) return path.resolve(explicit);
  const xdg = env.XDG_DATA_HOME?.trim();
  // XDG says a relative XDG_DATA_HOME is invalid and must be ignored.
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(homeDir, '.local', 'share');
  return path.join(base, 'lead-center-web');
}
