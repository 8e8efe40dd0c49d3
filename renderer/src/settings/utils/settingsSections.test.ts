import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../app/parseRoute';
import { hashForSection, sectionFromHash, settingsSections } from './settingsSections';

describe('settings section links', () => {
  it('reads the section from the hash', () => {
    expect(sectionFromHash('#/settings/groups')).toBe('groups');
    expect(sectionFromHash('#settings/criteria')).toBe('criteria');
    expect(sectionFromHash('#/settings')).toBeNull();
    expect(sectionFromHash('#/settings/nonsense')).toBeNull();
    expect(sectionFromHash('#/leads/groups')).toBeNull();
    expect(sectionFromHash('')).toBeNull();
  });

  it('links every section with a hash the app still routes to settings', () => {
    for (const s of settingsSections) {
      const hash = hashForSection(s.id);
      expect(parseRoute(hash)).toEqual({ name: 'settings' });
      expect(sectionFromHash(hash) ?? 'general').toBe(s.id);
    }
  });
});
