import type { LeadEvent } from '../model/event';
import type { Lead } from '../model/lead';
import { decideLevel } from './decideLevel';
import { describeSignals } from './describeSignals';
import type { EngagementAssessment } from './engagementAssessment';
import { defaultEngagementSettings, type EngagementSettings } from './engagementSettings';
import { planFollowUp } from './planFollowUp';
import { readSignals } from './readSignals';
import { suggestStage } from './suggestStage';
import { isPastTime } from './time';

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

const notAssessable = (text: string): EngagementAssessment => ({
  level: null,
  urgency: 0,
  signals: [{ key: 'not_assessable', text }],
  buyingIntent: 'none',
  nextFollowUpAt: null,
  followUp: { step: 1, action: 'follow_up', dueAt: null, text: 'Make first contact' },
  suggestedStage: null,
  lastSignalAt: null,
  silenceDays: null,
});

/**
 * Seed 000's engagement level of one lead at `now`, with urgency, the reasons in plain words,
 * buying intent, the next follow-up from the timing table and a forward stage suggestion.
 * Events of other leads, in the future or with unusable times are ignored, as are negative or
 * non-numeric counters; it never throws. Level rules: decideLevel; follow-ups: planFollowUp.
 *
 * Urgency sits inside the level's range: half of it is recency (days of silence against the
 * level's recencyDays), half strength (1 backing signal → none, 2 → half, 3 or more → all).
 * A lead not judged yet (level null) has urgency 0.
 */
export function assessEngagement(
  lead: Lead,
  events: readonly LeadEvent[],
  now: number,
  settings: EngagementSettings = defaultEngagementSettings,
): EngagementAssessment {
  if (typeof lead !== 'object' || lead === null) return notAssessable('Cannot assess: no lead');
  if (typeof now !== 'number' || !Number.isFinite(now) || now < 0) return notAssessable('Cannot assess: the current time is not valid');

  const signals = readSignals(lead, events, now);
  const decision = decideLevel(signals, now, settings);
  const { level, silenceDays } = decision;
  const createdAt = isPastTime(lead.createdAt, now) ? lead.createdAt : null;

  let urgency = 0;
  if (level !== null) {
    const range = settings.urgency[level];
    const recency = clamp01(1 - (silenceDays ?? 0) / range.recencyDays);
    const strength = clamp01((decision.backing.length - 1) / 2);
    urgency = Math.min(10, Math.max(0, range.min + Math.round(((range.max - range.min) * (recency + strength)) / 2)));
  }

  return {
    level,
    urgency,
    signals: describeSignals({ level, signals, silenceDays, unansweredEmails: decision.unansweredEmails, createdAt, now }),
    buyingIntent: decision.buyingIntent,
    ...planFollowUp(level, signals, createdAt, now, settings),
    suggestedStage: suggestStage(level, signals, lead.stage, now, settings),
    lastSignalAt: signals.lastEngagementAt,
    silenceDays,
  };
}
