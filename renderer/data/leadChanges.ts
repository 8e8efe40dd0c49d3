import type { LeadEventType } from '../../core/model/event';
import type { Lead } from '../../core/model/lead';
import { deepEqual } from './deepEqual';
import type { EventData } from './eventLog';

export interface EventDraft {
  type: LeadEventType;
  data: EventData;
}

/**
 * Not "what the user changed": bookkeeping every write touches, and fields that engines derive
 * from events (scores, counters). Rescoring 100,000 leads must not log 100,000 edits.
 */
const notEdits = new Set<string>([
  'updatedAt',
  'lastActivityAt',
  'lastInterestAt',
  'counters',
  'score',
  'scoreBreakdown',
  'temperature',
  'engagementLevel',
  'urgency',
]);

/** Top-level fields a user changed, in model order. */
export function changedFields(before: Lead, after: Lead): string[] {
  return (Object.keys(after) as (keyof Lead)[]).filter((field) => !notEdits.has(field) && !deepEqual(before[field], after[field]));
}

/**
 * The events an edit produces: group_changed and stage_changed (from, to), one tag_added or
 * tag_removed per tag, and lead_updated naming the other changed fields. Group, stage and tags
 * have their own events, so they are not repeated in lead_updated.
 */
export function eventsForLeadChange(before: Lead, after: Lead): EventDraft[] {
  const fields = changedFields(before, after);
  const drafts: EventDraft[] = [];
  if (fields.includes('group')) drafts.push({ type: 'group_changed', data: { from: before.group, to: after.group } });
  if (fields.includes('stage')) drafts.push({ type: 'stage_changed', data: { from: before.stage, to: after.stage } });
  const tagDrafts = fields.includes('tags') ? tagEvents(before.tags, after.tags) : [];
  drafts.push(...tagDrafts);
  // Tags only reordered: no tag event, so lead_updated names the field.
  const others = fields.filter((field) => field !== 'group' && field !== 'stage' && (field !== 'tags' || tagDrafts.length === 0));
  if (others.length > 0) drafts.push({ type: 'lead_updated', data: { fields: others } });
  return drafts;
}

function tagEvents(before: readonly string[], after: readonly string[]): EventDraft[] {
  const had = new Set(before);
  const has = new Set(after);
  return [
    ...after.filter((tag) => !had.has(tag)).map((tag): EventDraft => ({ type: 'tag_added', data: { tag } })),
    ...before.filter((tag) => !has.has(tag)).map((tag): EventDraft => ({ type: 'tag_removed', data: { tag } })),
  ];
}
