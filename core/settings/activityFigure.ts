import type { LeadEvent } from '../model/event';

const DAY_MS = 86_400_000;

/** Events that are bookkeeping, not activity with the buyer. */
const notActivity = new Set<LeadEvent['type']>(['lead_updated', 'lead_deleted', 'lead_restored', 'group_changed', 'stage_changed', 'tag_added', 'tag_removed', 'rule_fired']);

/**
 * Seed 004 asks for the activity of the last 30 days beside the stage: how many events with or
 * about the buyer happened in the `days` before `now` (events in the future or with bad times
 * are not counted).
 */
export function activityInLastDays(events: readonly LeadEvent[], now: number, days = 30): number {
  const from = now - days * DAY_MS;
  let count = 0;
  for (const e of events) {
    if (typeof e.at === 'number' && e.at > from && e.at <= now && !notActivity.has(e.type)) count++;
  }
  return count;
}
