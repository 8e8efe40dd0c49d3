import type { MenuItemConstructorOptions } from 'electron';

/**
 * A minimal menu: the Edit roles give copy/paste/undo their keyboard shortcuts (without an
 * Edit menu they do not work on macOS); reload and devtools only in development, so a user
 * cannot reload away unsaved form state or open devtools in a packaged app.
 */
export function applicationMenuTemplate(options: { platform: NodeJS.Platform; isDev: boolean }): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [];
  if (options.platform === 'darwin') template.push({ role: 'appMenu' });
  template.push({ role: 'fileMenu' }, { role: 'editMenu' });
  if (options.isDev) {
    template.push({
      label: 'View',
      submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }],
    });
  }
  template.push({ role: 'windowMenu' });
  return template;
}
