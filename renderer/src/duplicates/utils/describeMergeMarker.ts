import type { LeadEvent } from '../../../../core/model/event';

function names(value: unknown): string {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '').join(', ') : '';
}

/**
 * The timeline's sentence for the merge markers (issue 6: no new event types, a data.action
 * instead); null for any other event.
 */
export function describeMergeMarker(event: LeadEvent): string | null {
  const action = event.data.action;
  if (action === 'merged') {
    if (event.type === 'lead_updated') {
      const merged = names(event.data.mergedNames);
      return merged ? `Merged with ${merged}` : 'Merged with other leads';
    }
    if (event.type === 'lead_deleted') return 'Merged into another lead';
  }
  if (action === 'merge_undone') {
    if (event.type === 'lead_updated') return 'Merge undone';
    if (event.type === 'lead_restored') return 'Restored: the merge was undone';
  }
  return null;
}
