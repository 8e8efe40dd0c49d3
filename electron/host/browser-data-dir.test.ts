import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserDataDir } from './browser-data-dir';

describe('browserDataDir', () => {
  it('takes LEAD_CENTER_DATA_DIR first, made absolute', () => {
    expect(browserDataDir({ LEAD_CENTER_DATA_DIR: '/srv/lc', XDG_DATA_HOME: '/x' }, '/home/a')).toBe('/srv/lc');
    expect(browserDataDir({ LEAD_CENTER_DATA_DIR: 'rel/dir' }, '/home/a')).toBe(path.resolve('rel/dir'));
  });

  it('falls back to $XDG_DATA_HOME/lead-center-web, then ~/.local/share/lead-center-web', () => {
    expect(browserDataDir({ XDG_DATA_HOME: '/data' }, '/home/a')).toBe('/data/lead-center-web');
    expect(browserDataDir({}, '/home/a')).toBe('/home/a/.local/share/lead-center-web');
    expect(browserDataDir({ LEAD_CENTER_DATA_DIR: '  ', XDG_DATA_HOME: '' }, '/home/a')).toBe('/home/a/.local/share/lead-center-web');
  });

  it('ignores a relative XDG_DATA_HOME, as the XDG spec says', () => {
    expect(browserDataDir({ XDG_DATA_HOME: 'data' }, '/home/a')).toBe('/home/a/.local/share/lead-center-web');
  });
});
