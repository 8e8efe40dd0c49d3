import { z } from 'zod';
import { epochMs } from '../model/base';
import { dayKeyPattern } from './reviewDay';

/**
 * Config kind 'daily-review', key `<userId>:<YYYY-MM-DD>` (the seller's local day): what the
 * seller ticked or unticked that day. Only the seller's own decisions are stored; an item whose
 * count is zero shows as done by itself (reviewChecklist.ts), so nothing is written for it.
 */
export const dailyReviewTick = z.object({
  ticked: z.boolean(),
  at: epochMs,
});
export type DailyReviewTick = z.infer<typeof dailyReviewTick>;

export const dailyReviewData = z.object({
  userId: z.string().min(1).max(64),
  day: z.string().regex(dayKeyPattern, 'the day is written YYYY-MM-DD'),
  /** By item id; ids this version does not know are kept as they are (a newer app may add items). */
  items: z.record(z.string().min(1).max(40), dailyReviewTick).default({}),
});
export type DailyReviewData = z.infer<typeof dailyReviewData>;
