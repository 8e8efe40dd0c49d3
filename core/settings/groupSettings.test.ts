import { describe, expect, it } from 'vitest';
import { effectiveGroups, groupSettings, newGroupId } from './groupSettings';

describe('groupSettings', () => {
  it('lists the eight default groups, renamed where set, then the seller’s own', () => {
    const settings = groupSettings.parse({ names: { nurturing: 'Warming up' }, custom: [{ id: 'trade_show', name: 'Trade show' }] });
    const groups = effectiveGroups(settings);
    expect(groups).toHaveLength(9);
    expect(groups[1]).toMatchObject({ id: 'nurturing', name: 'Warming up', custom: false });
    expect(groups[8]).toMatchObject({ id: 'trade_show', name: 'Trade show', custom: true, suppressesEmail: false, order: 9 });
  });

  it('refuses a custom group that reuses a default id, a duplicate id or a duplicate name', () => {
    expect(groupSettings.safeParse({ custom: [{ id: 'spam', name: 'Junk' }] }).success).toBe(false);
    expect(groupSettings.safeParse({ custom: [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }] }).success).toBe(false);
    expect(groupSettings.safeParse({ custom: [{ id: 'a', name: 'qualified' }] }).success).toBe(false);
    expect(groupSettings.safeParse({ names: { untouched: 'Nurturing' } }).success).toBe(false);
  });

  it('refuses empty names and ids with capitals or spaces', () => {
    expect(groupSettings.safeParse({ custom: [{ id: 'a', name: '  ' }] }).success).toBe(false);
    expect(groupSettings.safeParse({ custom: [{ id: 'A b', name: 'X' }] }).success).toBe(false);
  });

  it('makes ids from names, avoiding ids in use', () => {
    expect(newGroupId('Trade show 2026', [])).toBe('trade_show_2026');
    expect(newGroupId('Trade show 2026', ['trade_show_2026'])).toBe('trade_show_2026_2');
    expect(newGroupId('Spam', [])).toBe('spam_2');
    expect(newGroupId('Énergie', [])).toBe('energie');
    expect(newGroupId('!!!', [])).toBe('group');
  });
});
