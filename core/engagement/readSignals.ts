import type { LeadEvent } from '../model/event';
import type { Lead } from '../model/lead';
import { isPastTime } from './time';

/**
 * What the buyer did, read from the event log (with the lead's counters as a fallback). Each
 * event type maps onto seed 000's identification signals as follows:
 * - email_reply → a reply; two or more are seed 000's "replied to multiple emails".
 * - quote_request → "requested quotation or pricing"; with data.kind 'sample' it is "requested sample shipment".
 * - meeting → "asked for meeting/call"; so is a call with data.direction 'inbound' (the buyer called).
 * - any other call is the seller's attempt; when it reached the buyer (no data.outcome of no_answer,
 *   voicemail, busy or failed, and not data.durationMinutes 0) it is also a conversation, weighed like a reply.
 * - data.outcome 'terms_agreed' on a meeting or a call that reached the buyer → "agreed terms".
 * - data.buyingSignal === true on any event → "showed strong buying signals" (a seller or rule marks it).
 * - download with data.kind specs / spec / specifications / datasheet → "requested specs"; other downloads are content engagement.
 * - email_click, chat, form_submit, questionnaire_answered → WARM engagement (clicks, questions, content).
 * - email_open, page_view → passive engagement (INTERESTED).
 * - email_sent (and calls not from the buyer) are outreach; email_bounce is noted, not engagement.
 */
export const signalKinds = [
  'agreed_terms',
  'quote_request',
  'sample_request',
  'meeting',
  'called_in',
  'buying_signal',
  'reply',
  'call_talk',
  'specs_request',
  'click',
  'chat',
  'questionnaire',
  'form',
  'download',
  'open',
  'page_view',
] as const;
export type SignalKind = (typeof signalKinds)[number];

/** Seed 000's HOT signals (replies count as HOT only when there are several). */
export const strongKinds: ReadonlySet<SignalKind> = new Set<SignalKind>(['agreed_terms', 'quote_request', 'sample_request', 'meeting', 'called_in', 'buying_signal']);
/** Seed 000's INTERESTED signals: looking, not answering. */
export const passiveKinds: ReadonlySet<SignalKind> = new Set<SignalKind>(['open', 'page_view']);

export interface SignalTally {
  count: number;
  lastAt: number;
}

export interface LeadSignals {
  tallies: Partial<Record<SignalKind, SignalTally>>;
  /** Time of the latest open of each different email (data.emailId, else each open is its own email). */
  openedEmails: number[];
  /** The buyer's latest engagement of any kind. */
  lastEngagementAt: number | null;
  /** The seller's attempts (emails sent, calls not from the buyer), oldest first. */
  outreach: number[];
  /** Emails sent, oldest first. */
  emailsSent: number[];
  lastBounceAt: number | null;
}

const unreachedOutcomes = new Set(['no_answer', 'voicemail', 'busy', 'failed']);
const specKinds = new Set(['specs', 'spec', 'specifications', 'datasheet']);

function text(data: unknown, key: string): string {
  if (typeof data !== 'object' || data === null) return '';
  const value: unknown = (data as Record<string, unknown>)[key];
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

function field(data: unknown, key: string): unknown {
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : undefined;
}

/** True when a call reached the buyer; a call with no outcome recorded is assumed to have. */
export function callReachedBuyer(event: Pick<LeadEvent, 'data'>): boolean {
  if (text(event.data, 'direction') === 'inbound') return true;
  if (unreachedOutcomes.has(text(event.data, 'outcome'))) return false;
  return field(event.data, 'durationMinutes') !== 0;
}

/** The signals one event stands for (empty for outreach and bookkeeping events). */
export function signalKindsOf(event: Pick<LeadEvent, 'type' | 'data'>): SignalKind[] {
  const kinds: SignalKind[] = [];
  const terms = text(event.data, 'outcome') === 'terms_agreed';
  switch (event.type) {
    case 'email_reply':
      kinds.push('reply');
      break;
    case 'quote_request':
      kinds.push(text(event.data, 'kind') === 'sample' ? 'sample_request' : 'quote_request');
      break;
    case 'meeting':
      kinds.push('meeting');
      if (terms) kinds.push('agreed_terms');
      break;
    case 'call':
      if (text(event.data, 'direction') === 'inbound') kinds.push('called_in');
      else if (callReachedBuyer(event)) kinds.push('call_talk');
      if (terms && callReachedBuyer(event)) kinds.push('agreed_terms');
      break;
    case 'download':
      kinds.push(specKinds.has(text(event.data, 'kind')) ? 'specs_request' : 'download');
      break;
    case 'email_click':
      kinds.push('click');
      break;
    case 'chat':
      kinds.push('chat');
      break;
    case 'form_submit':
      kinds.push('form');
      break;
    case 'questionnaire_answered':
      kinds.push('questionnaire');
      break;
    case 'email_open':
      kinds.push('open');
      break;
    case 'page_view':
      kinds.push('page_view');
      break;
    default:
      break;
  }
  if (field(event.data, 'buyingSignal') === true) kinds.push('buying_signal');
  return kinds;
}

/** Outreach is the seller reaching out: an email sent, or a call the buyer did not make. */
export function isOutreach(event: Pick<LeadEvent, 'type' | 'data'>): boolean {
  return event.type === 'email_sent' || (event.type === 'call' && text(event.data, 'direction') !== 'inbound');
}

type Counters = Lead['counters'];

/**
 * Counter fallback: counts above what the events show happened at a time we do not know. Interest
 * counts take lead.lastInterestAt (the lead's record of its latest interest); passive ones and
 * emails sent take the lead's creation, so an unknown-time open never looks fresh.
 */
const counterFallbacks: ReadonlyArray<{ counter: keyof Counters; kind: SignalKind; eventType: LeadEvent['type']; when: 'interest' | 'created' }> = [
  { counter: 'emailsOpened', kind: 'open', eventType: 'email_open', when: 'created' },
  { counter: 'emailsClicked', kind: 'click', eventType: 'email_click', when: 'created' },
  { counter: 'pageViews', kind: 'page_view', eventType: 'page_view', when: 'created' },
  { counter: 'emailsReplied', kind: 'reply', eventType: 'email_reply', when: 'interest' },
  { counter: 'quoteRequests', kind: 'quote_request', eventType: 'quote_request', when: 'interest' },
  { counter: 'downloads', kind: 'download', eventType: 'download', when: 'interest' },
  { counter: 'chats', kind: 'chat', eventType: 'chat', when: 'interest' },
  { counter: 'calls', kind: 'call_talk', eventType: 'call', when: 'interest' },
  { counter: 'meetings', kind: 'meeting', eventType: 'meeting', when: 'interest' },
  { counter: 'formSubmits', kind: 'form', eventType: 'form_submit', when: 'interest' },
];

/** Enough unknown-time emails or opens to meet any threshold the settings allow. */
const maxFallbackItems = 100;

function cleanCount(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** The events that belong to this lead and happened at a usable time, oldest first. */
export function usableEvents(leadId: string, events: readonly LeadEvent[], now: number): LeadEvent[] {
  if (!Array.isArray(events)) return [];
  return events
    .filter((e): e is LeadEvent => typeof e === 'object' && e !== null && e.leadId === leadId && isPastTime(e.at, now))
    .sort((a, b) => a.at - b.at || String(a.id).localeCompare(String(b.id)));
}

export function readSignals(lead: Lead, events: readonly LeadEvent[], now: number): LeadSignals {
  const tallies: Partial<Record<SignalKind, SignalTally>> = {};
  const opened = new Map<string, number>();
  const outreach: number[] = [];
  const emailsSent: number[] = [];
  const seen = new Map<LeadEvent['type'], number>();
  let lastBounceAt: number | null = null;

  const note = (kind: SignalKind, at: number, times = 1): void => {
    const tally = tallies[kind];
    if (tally === undefined) tallies[kind] = { count: times, lastAt: at };
    else {
      tally.count += times;
      tally.lastAt = Math.max(tally.lastAt, at);
    }
  };

  for (const event of usableEvents(lead.id, events, now)) {
    seen.set(event.type, (seen.get(event.type) ?? 0) + 1);
    for (const kind of signalKindsOf(event)) note(kind, event.at);
    if (event.type === 'email_open') {
      const emailId = field(event.data, 'emailId');
      const key = typeof emailId === 'string' && emailId !== '' ? `email:${emailId}` : `event:${event.id}`;
      opened.set(key, Math.max(opened.get(key) ?? 0, event.at));
    }
    if (isOutreach(event)) outreach.push(event.at);
    if (event.type === 'email_sent') emailsSent.push(event.at);
    if (event.type === 'email_bounce') lastBounceAt = event.at;
  }

  const counters: Partial<Counters> = typeof lead.counters === 'object' && lead.counters !== null ? lead.counters : {};
  const createdAt = isPastTime(lead.createdAt, now) ? lead.createdAt : null;
  const interestAt = isPastTime(lead.lastInterestAt, now) ? lead.lastInterestAt : createdAt;
  for (const fallback of counterFallbacks) {
    const extra = cleanCount(counters[fallback.counter]) - (seen.get(fallback.eventType) ?? 0);
    const at = fallback.when === 'interest' ? interestAt : createdAt;
    if (extra <= 0 || at === null) continue;
    note(fallback.kind, at, extra);
    if (fallback.kind === 'open') for (let i = 0; i < Math.min(extra, maxFallbackItems); i += 1) opened.set(`counter:${i}`, at);
  }
  const extraEmails = cleanCount(counters.emailsSent) - (seen.get('email_sent') ?? 0);
  if (extraEmails > 0 && createdAt !== null) {
    for (let i = 0; i < Math.min(extraEmails, maxFallbackItems); i += 1) {
      emailsSent.unshift(createdAt);
      outreach.unshift(createdAt);
    }
    // Unknown-time emails sit at creation; keep both lists in time order.
    emailsSent.sort((a, b) => a - b);
    outreach.sort((a, b) => a - b);
  }

  let lastEngagementAt: number | null = null;
  for (const tally of Object.values(tallies)) if (lastEngagementAt === null || tally.lastAt > lastEngagementAt) lastEngagementAt = tally.lastAt;
  return { tallies, openedEmails: [...opened.values()], lastEngagementAt, outreach, emailsSent, lastBounceAt };
}
