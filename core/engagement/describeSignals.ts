import type { EngagementSignal } from './engagementAssessment';
import type { EngagementLevel } from './engagementSettings';
import { signalKinds, type LeadSignals, type SignalKind } from './readSignals';
import { counted, daysAgo, wholeDaysBetween } from './time';

type Phrase = (count: number, ago: string) => string;
const one = (single: string, many: (n: number) => string): Phrase => (n, ago) => (n === 1 ? `${single} ${ago}` : `${many(n)}, last ${ago}`);

const phrases: Record<SignalKind, Phrase> = {
  agreed_terms: one('Agreed terms', (n) => `Agreed terms ${n} times`),
  quote_request: one('Requested a quote', (n) => `Requested ${n} quotes`),
  sample_request: one('Requested a sample', (n) => `Requested ${n} samples`),
  meeting: one('Asked for a meeting', (n) => `Had ${n} meetings`),
  called_in: one('Called you', (n) => `Called you ${n} times`),
  buying_signal: one('Showed a strong buying signal', (n) => `Showed ${n} strong buying signals`),
  reply: one('Replied to an email', (n) => `Replied to ${n} emails`),
  call_talk: one('Spoke with you on a call', (n) => `Spoke with you on ${n} calls`),
  specs_request: one('Requested specs', (n) => `Requested specs ${n} times`),
  click: one('Clicked a link in an email', (n) => `Clicked ${n} email links`),
  chat: one('Chatted with you', (n) => `Chatted with you ${n} times`),
  questionnaire: one('Answered the questionnaire', (n) => `Answered the questionnaire ${n} times`),
  form: one('Submitted a form', (n) => `Submitted ${n} forms`),
  download: one('Downloaded a file', (n) => `Downloaded ${n} files`),
  open: one('Opened an email', (n) => `Opened emails ${n} times`),
  page_view: one('Viewed your page', (n) => `Viewed your pages ${n} times`),
};

export interface DescribeInput {
  level: EngagementLevel | null;
  signals: LeadSignals;
  silenceDays: number | null;
  unansweredEmails: readonly number[];
  createdAt: number | null;
  now: number;
}

/** The reasons behind an assessment, strongest first, then what the silence looks like. */
export function describeSignals({ level, signals, silenceDays, unansweredEmails, createdAt, now }: DescribeInput): EngagementSignal[] {
  const out: EngagementSignal[] = [];
  for (const kind of signalKinds) {
    const tally = signals.tallies[kind];
    if (tally === undefined) continue;
    const ago = daysAgo(wholeDaysBetween(tally.lastAt, now));
    const distinctOpens = signals.openedEmails.length;
    const text =
      kind === 'open' && distinctOpens > 1 ? `Opened ${distinctOpens} emails, last ${ago}` : kind === 'open' && tally.count > 1 ? `Opened an email ${tally.count} times, last ${ago}` : phrases[kind](tally.count, ago);
    out.push({ key: kind, text });
  }

  const { lastEngagementAt, outreach } = signals;
  if (level === 'UNRESPONSIVE' && unansweredEmails[0] !== undefined) {
    const span = wholeDaysBetween(unansweredEmails[0], now);
    out.push({ key: 'unanswered', text: `${counted(unansweredEmails.length, 'email', 'emails')} over ${counted(span, 'day', 'days')} with no opens, clicks or replies` });
  } else if (unansweredEmails.length >= 2) {
    out.push({ key: 'unanswered', text: `${counted(unansweredEmails.length, 'email', 'emails')} without a response` });
  }
  const lastEngagement = lastEngagementAt;
  const contactedSince = lastEngagement !== null && outreach.some((at) => at > lastEngagement);
  if (silenceDays !== null && silenceDays >= 1) {
    if (lastEngagement === null || contactedSince) out.push({ key: 'silence', text: `No response for ${counted(silenceDays, 'day', 'days')}` });
    else out.push({ key: 'awaiting_seller', text: `Nothing sent since their last action ${daysAgo(silenceDays)}` });
  }
  if (signals.lastBounceAt !== null) out.push({ key: 'bounce', text: `An email bounced ${daysAgo(wholeDaysBetween(signals.lastBounceAt, now))}` });
  if (lastEngagement === null && outreach.length === 0) {
    out.push({ key: 'no_contact', text: createdAt === null ? 'No contact yet' : `No contact yet; the lead arrived ${daysAgo(wholeDaysBetween(createdAt, now))}` });
  }
  return out;
}
