import type { BuyingIntent } from './engagementAssessment';
import type { EngagementLevel, EngagementSettings } from './engagementSettings';
import { passiveKinds, strongKinds, type LeadSignals, type SignalKind } from './readSignals';
import { wholeDaysBetween } from './time';

export interface LevelDecision {
  level: EngagementLevel | null;
  silenceDays: number | null;
  /** The distinct recent signals behind the level; more of them means more urgency. */
  backing: string[];
  /** Emails sent after the buyer's last engagement, oldest first. */
  unansweredEmails: number[];
  buyingIntent: BuyingIntent;
}

/**
 * Seed 000's levels, with signals that go stale and silence that cools a lead:
 * 1. UNRESPONSIVE: 3+ emails since the buyer last engaged (or ever) and the first of them 14+ days old.
 * 2. No engagement ever: not judged (null) until the first outreach is a week old, then COLD
 *    ("did not open initial email", "no response after 7+ days").
 * 3. Otherwise the best of: HOT with a strong signal (quote, sample, meeting, call from the buyer,
 *    agreed terms, buying signal, or several replies) under strongDays old; WARM with a click,
 *    reply, chat, download, form, questionnaire, call or an older strong signal under engagedDays
 *    old, or consistentOpens different emails opened in that time; else INTERESTED.
 * 4. Silence caps it: shortDays without any engagement cools HOT to WARM and INTERESTED to COLD;
 *    longDays makes any lead COLD.
 * Page views count as engagement throughout: the buyer is looking at the seller.
 */
export function decideLevel(signals: LeadSignals, now: number, settings: EngagementSettings): LevelDecision {
  const { tallies, lastEngagementAt, outreach } = signals;
  const { shortDays, longDays } = settings.silence;
  const { strongDays, engagedDays } = settings.signalWindows;
  const within = (at: number, days: number): boolean => wholeDaysBetween(at, now) < days;

  const strong: string[] = [];
  const engaged: string[] = [];
  const passive: string[] = [];
  const ever: string[] = [];
  for (const [kind, tally] of Object.entries(tallies) as [SignalKind, { count: number; lastAt: number }][]) {
    ever.push(kind);
    if (strongKinds.has(kind) && within(tally.lastAt, strongDays)) strong.push(kind);
    if (!passiveKinds.has(kind) && within(tally.lastAt, engagedDays)) engaged.push(kind);
    if (within(tally.lastAt, shortDays)) passive.push(kind);
  }
  const replies = tallies.reply;
  if (replies !== undefined && replies.count >= settings.multipleReplies && within(replies.lastAt, strongDays)) strong.push('multiple_replies');
  if (signals.openedEmails.filter((at) => within(at, engagedDays)).length >= settings.consistentOpens) engaged.push('consistent_opens');
  for (const kind of strong) if (!engaged.includes(kind)) engaged.push(kind);

  const unansweredEmails = signals.emailsSent.filter((at) => lastEngagementAt === null || at > lastEngagementAt);
  const firstUnanswered = unansweredEmails[0];
  const silenceFrom = lastEngagementAt ?? outreach[0] ?? null;
  const silenceDays = silenceFrom === null ? null : wholeDaysBetween(silenceFrom, now);
  const buyingIntent: BuyingIntent = strong.length > 0 ? 'high' : engaged.length > 0 ? 'medium' : ever.length > 0 ? 'low' : 'none';
  const decided = (level: EngagementLevel | null, backing: string[]): LevelDecision => ({ level, silenceDays, backing, unansweredEmails, buyingIntent });

  if (
    firstUnanswered !== undefined &&
    unansweredEmails.length >= settings.unresponsive.minEmails &&
    wholeDaysBetween(firstUnanswered, now) >= settings.unresponsive.overDays
  ) {
    return decided('UNRESPONSIVE', []);
  }
  if (lastEngagementAt === null || silenceDays === null) {
    return decided(silenceDays === null || silenceDays < shortDays ? null : 'COLD', []);
  }
  if (silenceDays >= longDays) return decided('COLD', ever);
  if (strong.length > 0) return silenceDays >= shortDays ? decided('WARM', engaged) : decided('HOT', strong);
  if (engaged.length > 0) return decided('WARM', engaged);
  return silenceDays >= shortDays ? decided('COLD', ever) : decided('INTERESTED', passive);
}
