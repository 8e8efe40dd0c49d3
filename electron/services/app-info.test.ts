import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserAppInfo, desktopAppInfo } from './app-info';

describe('app info', () => {
  it('points desktop users at the IndexedDB folder under userData', () => {
    const userDataPath = path.join('/home/sam/.config', 'Lead Center');
    expect(desktopAppInfo({ name: 'Lead Center', version: '0.1.0', userDataPath })).toEqual({
      name: 'Lead Center',
      version: '0.1.0',
      host: 'electron',
      dataLocation: path.join(userDataPath, 'IndexedDB'),
    });
  });

  it('names the origin whose site data holds the browser database', () => {
    expect(browserAppInfo({ name: 'Lead Center', version: '0.1.0', origin: 'http://127.0.0.1:5174' })).toMatchObject({
      host: 'browser',
      dataLocation: "this browser's site data for http://127.0.0.1:5174",
    });
  });
});
