import { describe, expect, it } from 'vitest';
import { lead } from '../model/lead';
import { defaultLeadGroupId, isDefaultLeadGroupId, leadGroupIds, leadGroups } from './leadGroups';

describe('leadGroups (seed 002)', () => {
  it('are the eight groups in order', () => {
    expect(leadGroups.map((group) => group.name)).toEqual([
      'Untouched',
      'Nurturing',
      'Qualified',
      'Unqualified',
      'Recycled',
      'Customer',
      'Spam/Blocked/Deleted',
      'Not Interested/No Category',
    ]);
    expect(leadGroups.map((group) => group.id)).toEqual([...leadGroupIds]);
    expect(leadGroups.map((group) => group.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('have descriptions and tooltips', () => {
    for (const group of leadGroups) {
      expect(group.description.length).toBeGreaterThan(20);
      expect(group.tooltip.length).toBeGreaterThan(20);
    }
  });

  it('suppress email only for spam and not interested', () => {
    expect(leadGroups.filter((group) => group.suppressesEmail).map((group) => group.id)).toEqual(['spam', 'not_interested']);
  });

  it('start new leads in the lead schema\'s default group', () => {
    const parsed = lead.parse({ id: 'l', ownerId: 'o', teamId: 't', createdAt: 0, updatedAt: 0 });
    expect(parsed.group).toBe(defaultLeadGroupId);
  });

  it('recognise default group ids only', () => {
    expect(isDefaultLeadGroupId('qualified')).toBe(true);
    expect(isDefaultLeadGroupId('Qualified')).toBe(false);
    expect(isDefaultLeadGroupId('vip-buyers')).toBe(false);
  });
});
