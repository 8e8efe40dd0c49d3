import type { DailyReviewData, DailyReviewTick } from './dailyReviewData';
import type { ReviewCount, ReviewCounts } from './reviewCounts';
import { reviewItems, type ReviewItemDefinition, type ReviewItemId } from './reviewItems';

/**
 * Ticks: the seller's own tick or untick of the day wins; without one, an item whose count is
 * zero is done by itself ("done — nothing left") and stops being done as soon as something new
 * arrives (it was never the seller's decision). A count not known yet never ticks anything.
 */
export type TickedBy = 'you' | 'nothing-left';

export interface ReviewItemTick {
  ticked: boolean;
  by: TickedBy | null;
  /** When the seller ticked or unticked it; null for automatic ticks. */
  at: number | null;
}

export function itemTick(count: number | null, stored: DailyReviewTick | undefined): ReviewItemTick {
  if (stored !== undefined && typeof stored.ticked === 'boolean') return { ticked: stored.ticked, by: 'you', at: stored.at };
  if (count === 0) return { ticked: true, by: 'nothing-left', at: null };
  return { ticked: false, by: null, at: null };
}

export interface ReviewItemState extends ReviewItemDefinition, ReviewCount, ReviewItemTick {}

export interface ReviewChecklist {
  day: string;
  items: ReviewItemState[];
  done: number;
  total: number;
}

/** The day's checklist for `userId`: each item with its count and tick (another day's or user's document is not read). */
export function reviewChecklist(userId: string, day: string, counts: ReviewCounts, stored: DailyReviewData | null): ReviewChecklist {
  const storedItems = stored !== null && stored.day === day && stored.userId === userId ? stored.items : {};
  const items = reviewItems.map((item) => {
    const count = counts[item.id] ?? { count: null, leadIds: [], ruleIds: [] };
    return { ...item, ...count, ...itemTick(count.count, Object.prototype.hasOwnProperty.call(storedItems, item.id) ? storedItems[item.id] : undefined) };
  });
  return { day, items, done: items.filter((item) => item.ticked).length, total: items.length };
}

/** The day's document after the seller ticks (or unticks) one item; other days' ticks never carry over. */
export function withTick(stored: DailyReviewData | null, userId: string, day: string, itemId: ReviewItemId, ticked: boolean, now: number): DailyReviewData {
  const items = stored !== null && stored.day === day && stored.userId === userId ? stored.items : {};
  return { userId, day, items: { ...items, [itemId]: { ticked, at: now } } };
}

/** "4 of 10 done today". */
export function doneSummary(checklist: Pick<ReviewChecklist, 'done' | 'total'>): string {
  return `${checklist.done} of ${checklist.total} done today`;
}
