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

function matches(action: BehaviourAction, event: LeadEvent): boolean {
  if (action.eventType !== event.type) return false;
  if (action.match === null) return true;
  const value: unknown = event.data?.[action.match.key];
  return typeof value === 'string' && value.trim().toLowerCase() === action.match.value.toLowerCase();
}

/**
 * Seed 001 behavioural score. Each event earns its action's points minus the action's decay per
 * full week of age; a page view within `withinDays` of the previous one earns the return-visit
 * bonus. The total is capped, then loses `weeklyDecay` per full week since the last engagement,
 * never going below the floor once the points reached it, and drops to 0 after
 * `resetAfterDays` without engagement. Events of other leads, in the future or with bad times are
 * ignored.
 */
export function behaviourPoints(leadId: string, events: readonly LeadEvent[], settings: BehaviourSettings, now: number): BehaviourResult {
  const usable = events
    .filter((e) => e.leadId === leadId && typeof e.at === 'number' && Number.isFinite(e.at) && e.at <= now)
    .slice()
    .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));

  let earned = 0;
  let afterActionDecay = 0;
  let actions = 0;
  let lastEngagement: number | null = null;
  let previousPageView: number | null = null;
  for (const event of usable) {
    const action = settings.actions.find((a) => matches(a, event));
    let bonus = 0;
    if (event.type === 'page_view') {
      if (previousPageView !== null && event.at - previousPageView <= settings.returnVisit.withinDays * DAY_MS) bonus = settings.returnVisit.points;
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

  if (lastEngagement === null) return { points: 0, decayed: 0, reason: 'No engagement recorded' };
  const points = Math.min(settings.maxPoints, earned);
  const start = Math.min(settings.maxPoints, afterActionDecay);
  const idleDays = Math.floor((now - lastEngagement) / DAY_MS);
  const head = `${plural(actions, 'action', 'actions')} earned ${pts(points)}`;
  if (idleDays >= settings.resetAfterDays) {
    return { points, decayed: 0, reason: `${head}; reset to 0 after ${idleDays} days without activity` };
  }
  const idleWeeks = Math.floor(idleDays / 7);
  const weekly = start * (1 - settings.weeklyDecay) ** idleWeeks;
  // The floor only stops decay: a lead that never earned the floor decays normally.
  const floor = points >= settings.floor ? settings.floor : 0;
  const decayed = round(Math.max(weekly, floor), 2);
  const parts = [head];
  if (start < points) parts.push(`${pts(start)} after action decay`);
  if (idleWeeks > 0) parts.push(`${plural(idleWeeks, 'week', 'weeks')} without engagement: ${pts(round(weekly, 2))}`);
  if (weekly < floor) parts.push(`floor: ${pts(floor)}`);
  return { points, decayed, reason: parts.join('; ') };
}
