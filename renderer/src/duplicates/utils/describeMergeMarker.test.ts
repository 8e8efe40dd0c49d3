import { describe, expect, it } from 'vitest';
import type { LeadEvent } from '../../../../core/model/event';
import { describeMergeMarker } from './describeMergeMarker';

const event = (type: LeadEvent['type'], data: LeadEvent['data']): LeadEvent => ({
  id: 'e1',
  ownerId: 'u1',
  teamId: 't1',
  createdAt: 1,
  updatedAt: 1,
  leadId: 'l1',
  type,
  at: 1,
  actor: { kind: 'user', id: 'u1' },
  data,
});

describe('describeMergeMarker', () => {
  it('says what a merge and its undo did', () => {
    expect(describeMergeMarker(event('lead_updated', { action: 'merged', mergedNames: ['Ahmad Ali', 'A. Ali'] }))).toBe('Merged with Ahmad Ali, A. Ali');
    expect(describeMergeMarker(event('lead_updated', { action: 'merged', mergedNames: [] }))).toBe('Merged with other leads');
    expect(describeMergeMarker(event('lead_deleted', { action: 'merged', mergedInto: 'l2' }))).toBe('Merged into another lead');
    expect(describeMergeMarker(event('lead_updated', { action: 'merge_undone' }))).toBe('Merge undone');
    expect(describeMergeMarker(event('lead_restored', { action: 'merge_undone' }))).toBe('Restored: the merge was undone');
  });

  it('leaves other events to the timeline', () => {
    expect(describeMergeMarker(event('lead_updated', { fields: ['name'] }))).toBeNull();
    expect(describeMergeMarker(event('lead_deleted', {}))).toBeNull();
    expect(describeMergeMarker(event('call', { action: 'merged' }))).toBeNull();
  });
});
