import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { guardWebContents } from './web-contents-guards';

type WindowOpenHandler = (details: { url: string }) => { action: string };

/** Just enough of WebContents to drive the guards the way Electron does. */
class FakeContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | undefined;
  constructor(private readonly currentUrl: string) {
    super();
  }
  getURL(): string {
    return this.currentUrl;
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  /** Emits like Electron and reports whether a listener called preventDefault. */
  attempt(eventName: string, url: string): boolean {
    let prevented = false;
    this.emit(eventName, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

function guarded(currentUrl = 'app://lead-center/index.html') {
  const contents = new FakeContents(currentUrl);
  const opened: string[] = [];
  guardWebContents(contents as unknown as WebContents, (url) => opened.push(url));
  return { contents, opened };
}

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: stays inside the app origin', (eventName) => {
    const { contents } = guarded();
    expect(contents.attempt(eventName, 'app://lead-center/index.html#/leads')).toBe(false);
    expect(contents.attempt(eventName, 'https://evil.example/')).toBe(true);
    expect(contents.attempt(eventName, 'file:///etc/passwd')).toBe(true);
    expect(contents.attempt(eventName, 'app://lead-center.evil/')).toBe(true);
  });

  it('denies every new window, opening only https and mailto links in the OS', () => {
    const { contents, opened } = guarded();
    const open = (url: string) => contents.windowOpenHandler?.({ url });
    expect(open('https://www.powercozmo.com/')).toEqual({ action: 'deny' });
    expect(open('mailto:buyer@example.com')).toEqual({ action: 'deny' });
    expect(open('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' });
    expect(open('app://lead-center/index.html')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.powercozmo.com/', 'mailto:buyer@example.com']);
  });

  it('refuses <webview>', () => {
    const { contents } = guarded();
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });
});
