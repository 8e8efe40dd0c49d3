import { describe, expect, it } from 'vitest';
import { lead } from '../../core/model/lead';
import { changedFields, eventsForLeadChange } from './leadChanges';

const before = lead.parse({ id: 'l1', ownerId: 'u', teamId: 't', createdAt: 1, updatedAt: 1, name: 'A', tags: ['x', 'y'], customFields: { a: 1, b: 'z' } });

describe('eventsForLeadChange', () => {
  it('gives group, stage and tag events and names the other fields', () => {
    const after = { ...before, group: 'qualified', stage: 'confirmed', tags: ['y', 'z'], name: 'B', company: { ...before.company, name: 'Co' }, updatedAt: 2 };
    expect(eventsForLeadChange(before, after)).toEqual([
      { type: 'group_changed', data: { from: 'untouched', to: 'qualified' } },
      { type: 'stage_changed', data: { from: 'unknown', to: 'confirmed' } },
      { type: 'tag_added', data: { tag: 'z' } },
      { type: 'tag_removed', data: { tag: 'x' } },
      { type: 'lead_updated', data: { fields: ['name', 'company'] } },
    ]);
  });

  it('names tags in lead_updated when they were only reordered', () => {
    expect(eventsForLeadChange(before, { ...before, tags: ['y', 'x'] })).toEqual([{ type: 'lead_updated', data: { fields: ['tags'] } }]);
  });

  it('ignores bookkeeping and derived fields, and key order', () => {
    const after = { ...before, updatedAt: 9, lastActivityAt: 9, score: 50, temperature: 'warm' as const, customFields: { b: 'z', a: 1 } };
    expect(changedFields(before, after)).toEqual([]);
    expect(eventsForLeadChange(before, after)).toEqual([]);
  });
});
