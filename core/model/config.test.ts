import { describe, expect, it } from 'vitest';
import { configDocument, configId, configKinds, parseConfigData } from './config';
import { emptyLeadForm } from './leadForm';

const base = { ownerId: 'seller-1', teamId: 'team-1', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 };

describe('config documents', () => {
  it('uses kind:key as id', () => {
    expect(configId('saved-view', 'hot-gulf')).toBe('saved-view:hot-gulf');
    const parsed = configDocument.parse({ ...base, id: 'saved-view:hot-gulf', kind: 'saved-view', key: 'hot-gulf', data: { name: 'Hot Gulf' } });
    expect(parsed.data).toEqual({ name: 'Hot Gulf' });
  });

  it('refuses an id that is not kind:key', () => {
    const parsed = configDocument.safeParse({ ...base, id: 'saved-view:other', kind: 'saved-view', key: 'hot-gulf' });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues[0]?.path).toEqual(['id']);
  });

  it('refuses unknown kinds, bad keys and non-JSON data', () => {
    expect(configDocument.safeParse({ ...base, id: 'weather:x', kind: 'weather', key: 'x' }).success).toBe(false);
    expect(configDocument.safeParse({ ...base, id: 'smtp:a b', kind: 'smtp', key: 'a b' }).success).toBe(false);
    expect(configDocument.safeParse({ ...base, id: 'smtp:main', kind: 'smtp', key: 'main', data: { port: Number.NaN } }).success).toBe(false);
    expect(configDocument.safeParse({ ...base, id: 'smtp:main', kind: 'smtp', key: 'main', data: { when: new Date(0) } }).success).toBe(false);
  });

  it('knows every kind of the design', () => {
    for (const kind of ['scoring-model', 'thresholds', 'groups', 'stages', 'tag-catalogue', 'saved-view', 'capture-session', 'capture-draft', 'email-template', 'questionnaire-template', 'attachment-library', 'approval-policy', 'smtp', 'daily-review']) {
      expect(configKinds).toContain(kind);
    }
  });
});

describe('typed config payloads', () => {
  it('reads a saved view with defaults', () => {
    const result = parseConfigData('saved-view', { name: 'Gulf hot leads', columns: ['name', 'score'], filters: { countries: ['AE', 'SA'] } });
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Gulf hot leads',
        columns: ['name', 'score'],
        sort: null,
        filters: { search: '', groups: [], sources: [], tags: [], countries: ['AE', 'SA'], temperatures: [], engagementLevels: [], owners: [] },
      },
    });
  });

  it('refuses a saved view with a bad sort or country', () => {
    expect(parseConfigData('saved-view', { name: 'x', columns: [], sort: { column: 'score', direction: 'up' } }).ok).toBe(false);
    const result = parseConfigData('saved-view', { name: 'x', columns: [], filters: { countries: ['UAE'] } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('filters.countries.0');
  });

  it('reads a capture session with event source defaults', () => {
    const result = parseConfigData('capture-session', { eventName: 'ADIPEC 2025', eventDate: 1_762_300_800_000, startedAt: 1_762_330_000_000 });
    expect(result).toMatchObject({
      ok: true,
      value: { sourceCategory: 'Offline Channels', sourceChannel: 'Events', capturedCount: 0, capturedBy: '', endedAt: null },
    });
    expect(parseConfigData('capture-session', { eventName: ' ', eventDate: 1, startedAt: 1 })).toEqual({
      ok: false,
      error: 'capture-session settings are not valid (eventName: name the event)',
    });
  });

  it('reads a capture draft, filling missing form fields', () => {
    const result = parseConfigData('capture-draft', { fields: { name: 'Omar' }, updatedAt: 5 });
    expect(result).toEqual({ ok: true, value: { fields: { ...emptyLeadForm, name: 'Omar' }, sessionKey: '', updatedAt: 5 } });
    expect(parseConfigData('capture-draft', { fields: { name: 42 }, updatedAt: 5 }).ok).toBe(false);
  });

  it('reads a tag catalogue and refuses repeated tags', () => {
    expect(parseConfigData('tag-catalogue', { tags: ['solar', 'pumps'] })).toEqual({ ok: true, value: { tags: ['solar', 'pumps'] } });
    expect(parseConfigData('tag-catalogue', { tags: ['Solar', 'solar'] }).ok).toBe(false);
    expect(parseConfigData('tag-catalogue', null).ok).toBe(false);
  });
});

describe('config keys', () => {
  it('allow keys up to the 40 characters the stored schema holds, and refuse longer ones here rather than in the storage', () => {
    const key = `${'u'.repeat(29)}:2025-11-23`;
    expect(key).toHaveLength(40);
    expect(configDocument.safeParse({ ...base, id: `questionnaire-template:${key}`, kind: 'questionnaire-template', key }).success).toBe(true);
    const tooLong = `${'u'.repeat(30)}:2025-11-23`;
    const parsed = configDocument.safeParse({ ...base, id: `daily-review:${tooLong}`, kind: 'daily-review', key: tooLong });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues.map((issue) => issue.message)).toContain('config keys have at most 40 characters');
  });
});
