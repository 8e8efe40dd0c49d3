import type { EngagementAssessment } from './engagementAssessment';
import type { EngagementLevel, EngagementSettings } from './engagementSettings';
import type { LeadSignals } from './readSignals';
import { DAY_MS } from './time';

/**
 * Seed 000's follow-up timing. The table's days count from the last signal (INTERESTED 5, 10, 15
 * is one follow-up every five days); the outreach sent since that signal says which step is next.
 * A follow-up sent late pushes the next one by the table's gap, so a late seller is not told to
 * send the next one at once. A lead that never engaged counts from its first contact, which is
 * not itself a follow-up, and is timed like a COLD lead. UNRESPONSIVE counts from the last
 * attempt: archive now, re-engage 90 days later. An archive step is done by pausing, so once the
 * step after it is due, that step is shown instead.
 */
export function planFollowUp(
  level: EngagementLevel | null,
  signals: Pick<LeadSignals, 'outreach' | 'lastEngagementAt'>,
  createdAt: number | null,
  now: number,
  settings: EngagementSettings,
): Pick<EngagementAssessment, 'followUp' | 'nextFollowUpAt'> {
  const { outreach, lastEngagementAt } = signals;
  const firstOutreach = outreach[0];
  if (level === null && firstOutreach === undefined) {
    const dueAt = createdAt === null ? now : createdAt + settings.firstContactDays * DAY_MS;
    return { followUp: { step: 1, action: 'follow_up', dueAt, text: 'Make first contact' }, nextFollowUpAt: dueAt };
  }

  const table = settings.followUp[level ?? 'COLD'];
  let ref: number;
  let since: number[];
  if (level === 'UNRESPONSIVE') {
    ref = outreach.at(-1) ?? lastEngagementAt ?? createdAt ?? now;
    since = [];
  } else if (lastEngagementAt !== null) {
    const signalAt = lastEngagementAt;
    ref = signalAt;
    since = outreach.filter((at) => at > signalAt);
  } else {
    ref = firstOutreach ?? createdAt ?? now;
    since = outreach.slice(1);
  }
  const lastSince = since.at(-1) ?? null;

  const dueOf = (index: number): number => {
    const step = table[index];
    const previous = table[index - 1];
    const fromRef = ref + (step?.afterDays ?? 0) * DAY_MS;
    if (lastSince === null || step === undefined || previous === undefined) return fromRef;
    return Math.max(fromRef, lastSince + Math.max(0, step.afterDays - previous.afterDays) * DAY_MS);
  };

  let index = since.length;
  if (index >= table.length) {
    const who = level === null ? 'this lead' : `${level} leads`;
    return {
      followUp: { step: index + 1, action: 'follow_up', dueAt: null, text: `No more follow-ups planned for ${who}: wait for a response` },
      nextFollowUpAt: null,
    };
  }
  while (table[index]?.action === 'archive' && index + 1 < table.length && dueOf(index + 1) <= now) index += 1;
  const step = table[index];
  if (step === undefined) return { followUp: { step: index + 1, action: 'follow_up', dueAt: null, text: 'Wait for a response' }, nextFollowUpAt: null };
  const dueAt = dueOf(index);
  let nextFollowUpAt: number | null = dueAt;
  if (step.action === 'archive') {
    const after = table.findIndex((s, i) => i > index && s.action !== 'archive');
    nextFollowUpAt = after === -1 ? null : dueOf(after);
  }
  return { followUp: { step: index + 1, action: step.action, dueAt, text: step.label }, nextFollowUpAt };
}
