import { useMemo } from 'react';
import { assessEngagement, timeSince, timeSinceVariants, timeUntouched, type EngagementAssessment, type TimeUntouched } from '../../../../core/engagement';
import type { LeadEvent } from '../../../../core/model/event';
import type { Lead } from '../../../../core/model/lead';
import type { EngagementSettings } from '../../../../core/engagement/engagementSettings';

export interface LiveEngagement {
  assessment: EngagementAssessment;
  untouched: TimeUntouched;
  /** Days since each action-specific variant (null: never), in the engine's order, without the headline one. */
  since: { id: string; label: string; days: number | null }[];
}

/** Seed 000's level, follow-up and stage suggestion plus seed 002's time untouched, computed live (memoised like the score). */
export function useEngagement(lead: Lead, events: readonly LeadEvent[], now: number, settings: EngagementSettings): LiveEngagement {
  return useMemo(
    () => ({
      assessment: assessEngagement(lead, events, now, settings),
      untouched: timeUntouched(lead, events, now),
      since: timeSinceVariants
        .filter((v) => v.id !== 'interest')
        .map((v) => ({ id: v.id, label: v.label, days: timeSince(events, lead.id, v.id, now) })),
    }),
    [lead, events, now, settings],
  );
}
