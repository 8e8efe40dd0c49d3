import { describe, expect, it } from 'vitest';
import { appEntryUrl } from '../security/app-origin';
import { entryUrlFor } from './entry-url';

describe('entryUrlFor', () => {
  it('opens the plain entry without a demo request', () => {
    expect(entryUrlFor(['/usr/bin/electron', '.'])).toBe(appEntryUrl);
  });

  it('passes a valid demo request to the renderer as a query', () => {
    expect(entryUrlFor(['electron', '.', '--leads', '5000', '--seed=3'])).toBe(`${appEntryUrl}?seed-demo=5000&seed=3`);
  });

  it('drops a malformed request with a warning', () => {
    const warnings: string[] = [];
    expect(entryUrlFor(['electron', '.', '--leads=lots'], (m) => warnings.push(m))).toBe(appEntryUrl);
    expect(warnings[0]).toMatch(/--leads must be a whole number/);
  });
});
