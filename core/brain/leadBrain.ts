import { assessEngagement } from '../engagement/assessEngagement';
import type { LeadEvent } from '../model/event';
import type { Lead } from '../model/lead';
import { compileScoring } from '../scoring/compileScoring';
import type { LeadSettings } from '../settings/leadSettings';
import { effectiveStages } from '../settings/stageSettings';
import { applyEventToLead, type EventEffect } from './eventEffects';

/** The fields of a lead the brain keeps up to date; everything else is the seller's or the buyer's. */
export interface DerivedLeadState {
  score: Lead['score'];
  temperature: Lead['temperature'];
  engagementLevel: Lead['engagementLevel'];
  urgency: Lead['urgency'];
  nextFollowUpAt: Lead['nextFollowUpAt'];
}

export const derivedFields = ['score', 'temperature', 'engagementLevel', 'urgency', 'nextFollowUpAt'] as const satisfies readonly (keyof DerivedLeadState)[];

export interface LeadBrain {
  readonly settings: LeadSettings;
  /** Engagement level, urgency and follow-up first (the score reads the level), then the score. */
  derive(lead: Lead, events: readonly LeadEvent[], now: number): DerivedLeadState;
  /** A new event's effect on the stored facts (counters, interest, stage), before derive. */
  applyEvent(lead: Lead, event: LeadEvent): EventEffect;
}

/** Compiles the settings once; the brain is then used for every lead of a pass. Pure. */
export function createLeadBrain(settings: LeadSettings): LeadBrain {
  const score = compileScoring(settings.scoring);
  const stages = effectiveStages(settings.stages);
  return {
    settings,
    derive(lead, events, now) {
      const engagement = assessEngagement(lead, events, now, settings.engagement);
      const assessed: Lead = { ...lead, engagementLevel: engagement.level, urgency: engagement.urgency, nextFollowUpAt: engagement.nextFollowUpAt };
      const { score: value, temperature } = score(assessed, events, now);
      return { score: value, temperature, engagementLevel: engagement.level, urgency: engagement.urgency, nextFollowUpAt: engagement.nextFollowUpAt };
    },
    applyEvent: (lead, event) => applyEventToLead(lead, event, stages),
  };
}

/** True when the stored lead differs from what the brain derived. */
export function derivedStateChanged(lead: Lead, derived: DerivedLeadState): boolean {
  return derivedFields.some((field) => lead[field] !== derived[field]);
}
