import { assessEngagement } from '../engagement/assessEngagement';
import type { BuyingIntent, EngagementAssessment } from '../engagement/engagementAssessment';
import { defaultEngagementSettings, type EngagementLevel, type EngagementSettings } from '../engagement/engagementSettings';
import { signalKindsOf, usableEvents, type SignalKind } from '../engagement/readSignals';
import { counted, daysAgo, wholeDaysBetween, DAY_MS } from '../engagement/time';
import type { LeadEvent } from '../model/event';
import { engagementLevels, type Lead } from '../model/lead';
import { findIndustry } from '../reference/industries';
import { defaultEmailTemplateLibrary, defaultEmailTemplates, templatesForLevel, type EmailTemplateLibrary } from './emailTemplates';

/**
 * Seed 000's "AI analysis" worked out on the device, deterministically: engagement level and
 * urgency (as the lead brain stored them), buying intent with its reasons, pain points, the next
 * best action and the template to use. The engagement rules live in core/engagement; this file
 * only reads them and puts them in the words of seed 000.
 */

export interface LeadAnalysis {
  engagementLevel: EngagementLevel | null;
  /** 0–10. */
  urgency: number;
  buyingIntent: BuyingIntent;
  intentReasons: string[];
  painPoints: string[];
  nextBestAction: string;
  /** Seed 000 "EMAIL TYPE" of the recommended template. */
  recommendedMessageType: string;
  recommendedTemplateId: string;
}

export interface AnalyseOptions {
  settings?: EngagementSettings;
  /** The seller's template library; the recommended template is picked from it. */
  library?: EmailTemplateLibrary;
}

const maxReasons = 8;
const maxPainPoints = 8;
const maxEventPainPoints = 3;
/** Buyer questions older than this say little about what they care about now. */
const eventPainPointDays = 90;

/** Seed 000 "Recommended Action" per level. */
const recommendedActions: Record<EngagementLevel, string> = {
  HOT: 'Call them today and send a detailed quotation',
  WARM: 'Send more value (a case study or whitepaper) and offer a free consultation call',
  INTERESTED: 'Try a different angle or offer: testimonials, certifications or a resource to download',
  COLD: 'Send a last-attempt "Should I close your file?" email, or try another contact',
  UNRESPONSIVE: 'Pause emails: try another address or contact at the company, or LinkedIn, and re-engage in 90 days with a fresh angle',
};

/** Concerns buyers in each sector usually raise; a hint for the seller, marked as typical. */
const industryHints: ReadonlyArray<{ match: RegExp; hint: string }> = [
  { match: /solar|wind|renewable|hydro|hydrogen|energy storage/i, hint: 'project timelines, certified performance and long-term warranties' },
  { match: /water|desalination|wastewater/i, hint: 'water quality compliance, running costs and corrosion resistance' },
  { match: /oil|gas|lng|petrochem|refin|pipeline|oilfield/i, hint: 'safety certification, lead times and reliable supply in harsh conditions' },
  { match: /power generation|nuclear|utilities|transmission|distribution|electrical/i, hint: 'uptime, efficiency and spare-part availability' },
  { match: /mining|construction|epc|manufacturing|automation|hvac/i, hint: 'delivery on schedule, total cost and after-sales support' },
];

const eventTopicKeys = ['question', 'topic', 'product', 'subject', 'interest', 'title', 'message'] as const;

const eventTopicWords: Partial<Record<SignalKind, string>> = {
  quote_request: 'Asked for a quote',
  sample_request: 'Asked for a sample',
  specs_request: 'Requested specs',
  reply: 'Replied about',
  chat: 'Chatted about',
  meeting: 'Met about',
  called_in: 'Called about',
  call_talk: 'Talked about',
  questionnaire: 'Answered the questionnaire on',
  form: 'Sent a form about',
  download: 'Downloaded',
  click: 'Clicked',
};

function oneLine(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

function addUnique(list: string[], item: string, max: number): void {
  const text = oneLine(item, 200);
  if (text === '' || list.length >= max) return;
  if (!list.some((existing) => existing.toLowerCase() === text.toLowerCase())) list.push(text);
}

function isLevel(value: unknown): value is EngagementLevel {
  return typeof value === 'string' && (engagementLevels as readonly string[]).includes(value);
}

/** What the buyer's recent events say they care about: their questions, requests and topics. */
function eventPainPoints(lead: Lead, events: readonly LeadEvent[], now: number): string[] {
  const out: string[] = [];
  const recent = usableEvents(lead.id, events, now).filter((e) => now - e.at <= eventPainPointDays * DAY_MS);
  for (const event of recent.reverse()) {
    const kind = signalKindsOf(event).find((k) => eventTopicWords[k] !== undefined);
    if (kind === undefined) continue;
    const data: Record<string, unknown> = typeof event.data === 'object' && event.data !== null ? event.data : {};
    const topic = eventTopicKeys.map((key) => data[key]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (topic === undefined) continue;
    addUnique(out, `${eventTopicWords[kind]} ${oneLine(topic, 120)} (${daysAgo(wholeDaysBetween(event.at, now))})`, maxEventPainPoints);
  }
  return out;
}

function painPointsOf(lead: Lead, events: readonly LeadEvent[], now: number): string[] {
  const points: string[] = [];
  const q = typeof lead.qualification === 'object' && lead.qualification !== null ? lead.qualification : null;
  for (const challenge of Array.isArray(q?.challenges) ? q.challenges : []) if (typeof challenge === 'string') addUnique(points, challenge, maxPainPoints);
  if (typeof q?.need === 'string' && q.need.trim() !== '') addUnique(points, `Needs ${q.need.trim()}`, maxPainPoints);
  if (typeof q?.timeline === 'string' && q.timeline.trim() !== '') addUnique(points, `Timeline: ${q.timeline.trim()}`, maxPainPoints);
  for (const point of eventPainPoints(lead, events, now)) addUnique(points, point, maxPainPoints);
  const industry = typeof lead.company?.industry === 'string' ? lead.company.industry.trim() : '';
  const hint = industry === '' ? undefined : industryHints.find((h) => h.match.test(industry));
  if (hint !== undefined) addUnique(points, `Typical in ${findIndustry(industry) ?? industry}: ${hint.hint}`, maxPainPoints);
  return points;
}

/** The specifics behind the action: what they asked for, the stage to move to, when it is due. */
function actionDetails(level: EngagementLevel | null, assessment: EngagementAssessment, lead: Lead, now: number): string[] {
  const details: string[] = [];
  const asked = new Set(assessment.signals.map((s) => s.key));
  if (level === 'HOT' || level === 'WARM') {
    if (asked.has('sample_request')) details.push('they asked for a sample: offer it with expedited testing');
    if (asked.has('quote_request') && level === 'WARM') details.push('they asked for a quote: send it');
    if (asked.has('meeting') || asked.has('called_in')) details.push('propose a technical call this week');
    if (asked.has('specs_request')) details.push('send the technical specifications');
  }
  if (assessment.suggestedStage !== null) details.push(`move the lead to stage ${assessment.suggestedStage.pipelineStage} (${assessment.suggestedStage.pipelineStageName})`);
  // The follow-up plan follows the assessment's level; quote it only when it agrees with the lead's.
  const due = assessment.followUp.dueAt;
  if (assessment.level === level && due !== null) {
    const days = Math.ceil((due - now) / DAY_MS);
    if (assessment.followUp.action === 're_engage' && days <= 0) details.push('the 90 days are over: re-engage now with a fresh angle');
    else if (assessment.followUp.action === 'follow_up') details.push(days <= 0 ? 'the follow-up is due now' : `follow up within ${counted(days, 'day', 'days')}`);
  }
  return details;
}

function nextBestActionOf(level: EngagementLevel | null, assessment: EngagementAssessment, lead: Lead, now: number): string {
  if (lead.consent?.unsubscribed === true) return 'Do not email them: they unsubscribed. Call them if there is a reason to.';
  if (lead.consent?.bounced === true) return 'Their email address bounced: find a working address or another contact before emailing.';
  const base =
    level !== null
      ? recommendedActions[level]
      : assessment.silenceDays === null
        ? 'Make first contact: introduce yourself and ask about their needs'
        : 'Wait for a response, then follow up with something of value';
  const details = actionDetails(level, assessment, lead, now);
  return details.length === 0 ? `${base}.` : `${base}; ${details.join('; ')}.`;
}

/**
 * Seed 000's analysis of one lead at `now`. Level and urgency are the lead's stored ones (the
 * lead brain derives them on every change); the rest is read from the lead and its events.
 * Never throws: bad events are ignored (as the engagement rules ignore them).
 */
export function analyseLead(lead: Lead, events: readonly LeadEvent[], now: number, options: AnalyseOptions = {}): LeadAnalysis {
  const assessment = assessEngagement(lead, Array.isArray(events) ? events : [], now, options.settings ?? defaultEngagementSettings);
  const level = isLevel(lead?.engagementLevel) ? lead.engagementLevel : null;
  const stored = lead?.urgency;
  const urgency = typeof stored === 'number' && Number.isFinite(stored) ? Math.min(10, Math.max(0, stored)) : assessment.urgency;
  const library = options.library ?? defaultEmailTemplateLibrary;
  const template = templatesForLevel(library, level)[0] ?? templatesForLevel({ templates: [...defaultEmailTemplates] }, level)[0];
  const intentReasons = assessment.signals.slice(0, maxReasons).map((s) => s.text);
  const validLead = typeof lead === 'object' && lead !== null;
  return {
    engagementLevel: level,
    urgency,
    buyingIntent: assessment.buyingIntent,
    intentReasons,
    painPoints: validLead && Number.isFinite(now) ? painPointsOf(lead, Array.isArray(events) ? events : [], now) : [],
    nextBestAction: validLead ? nextBestActionOf(level, assessment, lead, now) : 'Open the lead to see what to do next.',
    recommendedMessageType: template?.emailType || template?.name || 'Follow-up',
    recommendedTemplateId: template?.id ?? 'general-follow-up',
  };
}
