import type { Lead } from '../model/lead';
import type { EngagementAssessment, EngagementSignal } from './engagementAssessment';

export interface HotLeadAlert {
  lead: Lead;
  assessment: EngagementAssessment;
  /** One line: the strongest reasons ("Requested a quote today; Replied to 2 emails, last yesterday"). */
  why: string;
  /** When the next follow-up is due (may be past: overdue); null when none is planned. */
  dueAt: number | null;
  /** What to do next, from the follow-up table. */
  followUp: string;
}

const reasonsInWhy = 2;

/**
 * Seed 000's Hot_Leads_Alert sheet: the HOT leads, most urgent first, then the most recent
 * signal, then lead id (so the order is stable). Without a limit (or with NaN) all of them;
 * a limit of 0 or less gives none.
 */
export function hotLeadAlerts(items: readonly { lead: Lead; assessment: EngagementAssessment }[], limit?: number): HotLeadAlert[] {
  if (!Array.isArray(items)) return [];
  const hot = items.filter((item) => item?.assessment?.level === 'HOT' && typeof item.lead?.id === 'string');
  const signalAt = (a: EngagementAssessment): number => (typeof a.lastSignalAt === 'number' && Number.isFinite(a.lastSignalAt) ? a.lastSignalAt : -Infinity);
  const urgency = (a: EngagementAssessment): number => (Number.isFinite(a.urgency) ? a.urgency : 0);
  hot.sort(
    (x, y) =>
      urgency(y.assessment) - urgency(x.assessment) ||
      signalAt(y.assessment) - signalAt(x.assessment) ||
      (x.lead.id < y.lead.id ? -1 : x.lead.id > y.lead.id ? 1 : 0),
  );
  const cap = typeof limit === 'number' && !Number.isNaN(limit) ? Math.max(0, Math.floor(limit)) : hot.length;
  return hot.slice(0, cap).map(({ lead, assessment }) => ({
    lead,
    assessment,
    why: assessment.signals.slice(0, reasonsInWhy).map((signal: EngagementSignal) => signal.text).join('; ') || 'Strong buying signals',
    dueAt: assessment.followUp.dueAt,
    followUp: assessment.followUp.text,
  }));
}
