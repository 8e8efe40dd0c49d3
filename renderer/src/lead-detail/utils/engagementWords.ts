import type { BuyingIntent, EngagementAssessment } from '../../../../core/engagement';

const intentWords: Record<BuyingIntent, string> = {
  high: 'High — ready to talk business',
  medium: 'Medium — interested, still deciding',
  low: 'Low — browsing',
  none: 'None shown yet',
};

/** Buying intent in the seller's words; an unknown value shows as itself. */
export function buyingIntentText(intent: string): string {
  return (intentWords as Record<string, string | undefined>)[intent] ?? intent;
}

/** "HOT", or "Not judged yet" when the engine has no level for the lead. */
export function levelText(level: EngagementAssessment['level']): string {
  return level ?? 'Not judged yet';
}

/** True when a follow-up date has passed (a follow-up due within the current minute is not yet overdue). */
export function isOverdue(dueAt: number | null, now: number): boolean {
  return dueAt !== null && Number.isFinite(dueAt) && dueAt < now;
}
