import { bookkeepingEventTypes, type LeadEvent, type LeadEventType } from '../model/event';
import type { Lead } from '../model/lead';
import { callReachedBuyer, usableEvents } from './readSignals';
import { isPastTime, wholeDaysBetween } from './time';

/**
 * Seed 002, "Definition of Time Untouched": the time since the last interaction that shows active
 * interest. Its examples map onto our events as:
 * - responding to seller communication → email_reply, chat, questionnaire_answered, a call or
 *   meeting with the buyer (a call only when it reached them: see callReachedBuyer);
 * - actions with purchase intent → quote_request, download (product specs), form_submit (seed 002
 *   G4B: "Contact Seller … shows active interest").
 * Opens, clicks and page views are browsing, "less reliable than direct actions", so they do not
 * count (the page-view dwell time seed 002 mentions is not recorded on our events).
 */
export const interestEventTypes = [
  'email_reply',
  'chat',
  'questionnaire_answered',
  'call',
  'meeting',
  'quote_request',
  'download',
  'form_submit',
] as const satisfies readonly LeadEventType[];

const interestTypes: ReadonlySet<string> = new Set(interestEventTypes);

/** True when the event shows active interest (an unanswered call does not). */
export function isInterestEvent(event: Pick<LeadEvent, 'type' | 'data'>): boolean {
  if (!interestTypes.has(event.type)) return false;
  return event.type !== 'call' || callReachedBuyer(event);
}

export interface TimeUntouched {
  /** Whole days (floor) since `since`. */
  days: number;
  since: number;
  /** 'interest': since the last sign of active interest; 'created': none yet, so since the lead arrived. */
  basis: 'interest' | 'created';
}

/**
 * Time untouched of a lead: from its latest interest event, or lead.lastInterestAt when that is
 * later (the lead may know of events not passed in); a lead with neither counts from its
 * creation. Unusable times are ignored; with no usable time at all it is 0 days since `now`.
 */
export function timeUntouched(lead: Lead, events: readonly LeadEvent[], now: number): TimeUntouched {
  const safeNow = Number.isFinite(now) ? now : 0;
  let since: number | null = isPastTime(lead.lastInterestAt, safeNow) ? lead.lastInterestAt : null;
  for (const event of usableEvents(lead.id, events, safeNow)) if (isInterestEvent(event) && (since === null || event.at > since)) since = event.at;
  if (since !== null) return { days: wholeDaysBetween(since, safeNow), since, basis: 'interest' };
  const created = isPastTime(lead.createdAt, safeNow) ? lead.createdAt : safeNow;
  return { days: wholeDaysBetween(created, safeNow), since: created, basis: 'created' };
}


/** Seed 002's action-specific time untouched ("Time Untouched Since Quote Request"). */
export const timeSinceVariants = [
  { id: 'interest', label: 'since last sign of interest' },
  { id: 'quote_request', label: 'since quote request' },
  { id: 'email_reply', label: 'since email reply' },
  { id: 'email_sent', label: 'since email sent' },
  { id: 'email_open', label: 'since email opened' },
  { id: 'email_click', label: 'since email link clicked' },
  { id: 'page_view', label: 'since page view' },
  { id: 'download', label: 'since download' },
  { id: 'chat', label: 'since chat' },
  { id: 'call', label: 'since call' },
  { id: 'meeting', label: 'since meeting' },
  { id: 'form_submit', label: 'since form submitted' },
  { id: 'any_activity', label: 'since any activity' },
] as const;
export type TimeSinceVariant = (typeof timeSinceVariants)[number]['id'];

function matchesVariant(event: LeadEvent, variant: TimeSinceVariant): boolean {
  if (variant === 'interest') return isInterestEvent(event);
  // Any contact between buyer and seller; edits, tags, notes and rules are not activity.
  if (variant === 'any_activity') return !bookkeepingEventTypes.has(event.type);
  return event.type === variant;
}

/** Whole days (floor) since the lead's latest event of the variant; null when it never happened or the variant is unknown. */
export function timeSince(events: readonly LeadEvent[], leadId: string, variant: TimeSinceVariant, now: number): number | null {
  if (!Number.isFinite(now) || !timeSinceVariants.some((v) => v.id === variant)) return null;
  let latest: number | null = null;
  for (const event of usableEvents(leadId, events, now)) if (matchesVariant(event, variant) && (latest === null || event.at > latest)) latest = event.at;
  return latest === null ? null : wholeDaysBetween(latest, now);
}
