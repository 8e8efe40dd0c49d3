import type { LeadEvent } from '../model/event';
import { DAY_MS, WEEK_MS, plural, pts, round } from './format';
import type { BehaviourAction, BehaviourSettings } from './scoringModel';

export interface BehaviourResult {
  /** Points earned by actions before any decay, capped at the behaviour maximum. */
  points: number;
  /** Points left after per-action decay, weekly decay, floor and reset. */
  decayed: number;
  reason: string;
}

/** The numbers behind a behaviour result, before any words. */
export interface BehaviourTally {
  points: number;
  decayed: number;
  actions: number;
  /** Points after per-action decay, capped (before weekly decay). */
  start: number;
  idleDays: number;
  idleWeeks: number;
  weekly: number;
  floor: number;
  reset: boolean;
}

function matches(action: BehaviourAction, event: LeadEvent): boolean {
  if (action.match === null) return true;
  const value: unknown = event.data?.[action.match.key];
  return typeof value === 'string' && value.trim().toLowerCase() === action.match.value.toLowerCase();
}

// Ties broken by id without assuming it is a string: records from sync are not trusted.
const byTime = (a: LeadEvent, b: LeadEvent): number => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Seed 001: decay and the 90-day reset run from the last activity of the buyer, not only from
 * actions that earn behaviour points (a reply or a call keeps a lead alive).
 */
export const buyerActivityTypes: ReadonlySet<string> = new Set([
  'email_open',
  'email_click',
  'email_reply',
  'quote_request',
  'page_view',
  'download',
  'chat',
  'call',
  'meeting',
  'form_submit',
  'questionnaire_answered',
]);

/**
 * Seed 001 behavioural score, compiled once per settings (actions grouped by event type). Each
 * event earns its action's points minus the action's decay per full week of age; a page view
 * within `withinDays` of the previous one earns the return-visit bonus. The total is capped, then
 * loses `weeklyDecay` per full week since the last engagement, never going below the floor once
 * the points reached it, and drops to 0 after `resetAfterDays` without activity (any buyer
 * activity counts, see buyerActivityTypes). Events of
 * other leads, in the future or with bad times are ignored. Returns null without engagement.
 */
export function compileBehaviour(settings: BehaviourSettings): (leadId: string, events: readonly LeadEvent[], now: number) => BehaviourTally | null {
  const actionsByType = new Map<string, BehaviourAction[]>();
  for (const action of settings.actions) {
    const list = actionsByType.get(action.eventType);
    if (list) list.push(action);
    else actionsByType.set(action.eventType, [action]);
  }
  const returnWindow = settings.returnVisit.withinDays * DAY_MS;
  return (leadId, events, now) => {
    let usable: LeadEvent[] = [];
    let sorted = true;
    for (const e of events) {
      if (e.leadId !== leadId || typeof e.at !== 'number' || !Number.isFinite(e.at) || !(e.at <= now)) continue;
      if (!buyerActivityTypes.has(e.type) && !actionsByType.has(e.type)) continue;
      const previous = usable[usable.length - 1];
      if (previous !== undefined && byTime(previous, e) > 0) sorted = false;
      usable.push(e);
    }
    // Events usually arrive in time order (index leadId+at); sort only when they do not.
    if (!sorted) usable = usable.sort(byTime);

    let earned = 0;
    let afterActionDecay = 0;
    let actions = 0;
    let lastEngagement: number | null = null;
    let lastActivity: number | null = null;
    let previousPageView: number | null = null;
    for (const event of usable) {
      if (buyerActivityTypes.has(event.type)) lastActivity = event.at;
      const candidates = actionsByType.get(event.type);
      let action: BehaviourAction | undefined;
      if (candidates) for (const a of candidates) if (matches(a, event)) { action = a; break; }
      let bonus = 0;
      if (event.type === 'page_view') {
        if (previousPageView !== null && event.at - previousPageView <= returnWindow) bonus = settings.returnVisit.points;
        previousPageView = event.at;
      }
      if (action === undefined && bonus === 0) continue;
      const weeks = Math.floor((now - event.at) / WEEK_MS);
      const base = action?.points ?? 0;
      earned += base + bonus;
      afterActionDecay += Math.max(0, base - (action?.decayPerWeek ?? 0) * weeks) + bonus;
      actions += 1;
      lastEngagement = event.at;
    }

    if (lastEngagement === null) return null;
    const points = Math.min(settings.maxPoints, earned);
    const start = Math.min(settings.maxPoints, afterActionDecay);
    const idleDays = Math.floor((now - Math.max(lastEngagement, lastActivity ?? lastEngagement)) / DAY_MS);
    const idleWeeks = Math.floor(idleDays / 7);
    if (idleDays >= settings.resetAfterDays) return { points, decayed: 0, actions, start, idleDays, idleWeeks, weekly: 0, floor: 0, reset: true };
    const weekly = start * (1 - settings.weeklyDecay) ** idleWeeks;
    // The floor only stops decay: a lead that never earned the floor decays normally.
    const floor = points >= settings.floor ? settings.floor : 0;
    return { points, decayed: round(Math.max(weekly, floor), 2), actions, start, idleDays, idleWeeks, weekly, floor, reset: false };
  };
}

/** The tally in plain words, for the ledger. */
export function describeBehaviour(tally: BehaviourTally | null): BehaviourResult {
  if (tally === null) return { points: 0, decayed: 0, reason: 'No engagement recorded' };
  const head = `${plural(tally.actions, 'action', 'actions')} earned ${pts(tally.points)}`;
  if (tally.reset) return { points: tally.points, decayed: 0, reason: `${head}; reset to 0 after ${tally.idleDays} days without activity` };
  const parts = [head];
  if (tally.start < tally.points) parts.push(`${pts(tally.start)} after action decay`);
  if (tally.idleWeeks > 0) parts.push(`${plural(tally.idleWeeks, 'week', 'weeks')} without engagement: ${pts(round(tally.weekly, 2))}`);
  if (tally.weekly < tally.floor) parts.push(`floor: ${pts(tally.floor)}`);
  return { points: tally.points, decayed: tally.decayed, reason: parts.join('; ') };
}

/** Seed 001 behavioural score of one lead, with its explanation (see compileBehaviour). */
export function behaviourPoints(leadId: string, events: readonly LeadEvent[], settings: BehaviourSettings, now: number): BehaviourResult {
  return describeBehaviour(compileBehaviour(settings)(leadId, events, now));
}
