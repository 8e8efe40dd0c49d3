import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from './menu-template';

const roles = (items: ReturnType<typeof applicationMenuTemplate>) => items.map((item) => item.role ?? item.label);

describe('applicationMenuTemplate', () => {
  it('has an Edit menu and no reload in a packaged app', () => {
    const template = applicationMenuTemplate({ platform: 'linux', isDev: false });
    expect(roles(template)).toEqual(['fileMenu', 'editMenu', 'windowMenu']);
    expect(JSON.stringify(template)).not.toMatch(/reload|toggleDevTools/i);
  });

  it('adds View with reload in development', () => {
    const template = applicationMenuTemplate({ platform: 'win32', isDev: true });
    expect(roles(template)).toEqual(['fileMenu', 'editMenu', 'View', 'windowMenu']);
  });

  it('starts with the app menu on macOS', () => {
    expect(roles(applicationMenuTemplate({ platform: 'darwin', isDev: false }))[0]).toBe('appMenu');
  });
});
