import type { LeadEvent } from '../model/event';
import type { Lead } from '../model/lead';
import { counterOfEvent } from '../model/eventCounters';
import { isInterestEvent } from '../engagement/timeUntouched';
import { stageAfterEvent, type EffectiveStage } from '../settings/stageSettings';

export { counterOfEvent };

export interface StageMove {
  from: string;
  to: string;
}

export interface EventEffect {
  lead: Lead;
  stageMove: StageMove | null;
}

/**
 * What one new event does to its lead's stored facts: a counter goes up, last activity and last
 * sign of interest move forward (never back: an event logged late does not make a lead look
 * fresher than it is), a bounce marks the address, and the customer stage advances by the event
 * → stage map (forward only). Scores and levels are derived afterwards (deriveLeadState). Pure.
 */
export function applyEventToLead(lead: Lead, event: LeadEvent, stages: readonly EffectiveStage[]): EventEffect {
  const next: Lead = { ...lead };
  const counter = counterOfEvent[event.type];
  if (counter !== undefined) next.counters = { ...lead.counters, [counter]: lead.counters[counter] + 1 };
  const at = event.at;
  if (Number.isFinite(at)) {
    next.lastActivityAt = Math.max(lead.lastActivityAt ?? at, at);
    if (isInterestEvent(event)) next.lastInterestAt = Math.max(lead.lastInterestAt ?? at, at);
    const lastOfType = lead.lastEventAt[event.type];
    if (lastOfType === undefined || at > lastOfType) next.lastEventAt = { ...lead.lastEventAt, [event.type]: at };
  }
  if (event.type === 'email_bounce') next.consent = { ...lead.consent, bounced: true };
  const to = stageAfterEvent(lead.stage, event.type, stages);
  if (to !== null) next.stage = to;
  return { lead: next, stageMove: to === null ? null : { from: lead.stage, to } };
}
