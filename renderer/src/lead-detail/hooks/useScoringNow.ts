import type { Lead } from '../../../../core/model/lead';
import { useNow } from '../../ui/useNow';

const MINUTE_MS = 60_000;

/**
 * "Now" for live scoring: a clock that ticks once a minute (decay and time untouched move in
 * days, so a minute is fine and keeps the memoised scoring cheap), but never earlier than the
 * lead's last write, so an event just logged is never "in the future" for the live score.
 */
export function useScoringNow(lead: Pick<Lead, 'updatedAt'>): number {
  const tick = useNow(MINUTE_MS);
  return Math.max(tick, lead.updatedAt);
}
