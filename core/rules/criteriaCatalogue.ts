import type { LeadEventType } from '../model/event';
import { engagementLevels, leadPriorities, leadTypes, temperatures, type Lead } from '../model/lead';
import type { Rule, RuleConditionGroup } from '../model/rule';
import { countryOptions } from '../model/normaliseCountry';
import { industries } from '../reference/industries';
import { jobTitles } from '../reference/jobTitles';
import { leadSourceCategories, leadSources } from '../reference/leadSources';
import { g3QualificationOptions, qualificationOptions, type QualificationOption } from '../reference/qualificationOptions';
import type { RuleOperator } from './compileCriteria';

/**
 * The lead facts a rule can test: seed 002's criteria G1–G5 plus the workflow facts (group, stage,
 * tags, score…), each with its data type: the type decides which operators apply (seed 002 lists
 * operators by data type). Readers are pure: time is an argument, so "time untouched" is judged at
 * the moment of evaluation. Criteria the lead record cannot answer (Power Cozmo analytics) read
 * lead.platformFacts[<key>] and are marked `source: 'platform'`: empty until the platform sends them.
 */

/** custom: a custom field, whose values may be text, numbers or yes/no. */
export type CriterionType = 'text' | 'number' | 'tags' | 'yes_no' | 'custom';

/** What a reader returns: null when the lead has no value ("is empty"). */
export type CriterionValue = string | number | boolean | readonly string[] | null;

export type CriterionGroup = 'G1' | 'G2' | 'G3' | 'G4' | 'G5' | 'Workflow';

export interface CriterionOption {
  value: string | number | boolean;
  label: string;
}

export interface CriterionDefinition {
  id: string;
  label: string;
  type: CriterionType;
  read(lead: Lead, now: number): CriterionValue;
  group: CriterionGroup;
  /** The sub-table of seed 002 it comes from, e.g. "4B Buyer interaction with seller: communication". */
  section: string;
  /** Seed 002's tooltip, plus where the value comes from when that is not obvious. */
  tooltip: string;
  /** 'lead': read from the lead record; 'platform': Power Cozmo analytics (lead.platformFacts). */
  source: 'lead' | 'platform';
  /** Values offered in a dropdown. Groups, stages and people are the seller's own: see optionsFrom. */
  options?: readonly CriterionOption[];
  /** The dropdown is filled at UI time from the RuleCatalogueContext. */
  optionsFrom?: 'groups' | 'stages' | 'users';
  unit?: string;
  /** The criterion of the scoring model (core/scoring/defaultScoringModel.ts) it corresponds to. */
  scoringCriterionId?: string;
  /**
   * A narrower operator list than its data type's (a fixed dropdown has no use for "contains").
   * compileCriteria judges by type only; this list is what the Rule Builder offers.
   */
  operators?: readonly RuleOperator[];
}

export const criteriaGroups: readonly { id: CriterionGroup; label: string }[] = [
  { id: 'G1', label: 'Lead contact information' },
  { id: 'G2', label: 'Lead company information' },
  { id: 'G3', label: 'Lead BANT-CHAMP information' },
  { id: 'G4', label: 'Buyer engagement with the seller' },
  { id: 'G5', label: 'Buyer engagement with Power Cozmo' },
  { id: 'Workflow', label: 'Workflow' },
];

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/** Whole hours since a moment; null when it never happened. A clock behind the moment reads 0. */
function hoursSince(at: number | null | undefined, now: number): number | null {
  return at === null || at === undefined ? null : Math.max(0, Math.floor((now - at) / hourMs));
}

function daysSince(at: number | null, now: number): number | null {
  return at === null ? null : Math.max(0, Math.floor((now - at) / dayMs));
}

/** Whole percent of part over whole, at most 100; null when nothing was sent. */
function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.min(100, Math.round((part / whole) * 100)) : null;
}

type Meta = Omit<CriterionDefinition, 'id' | 'label' | 'type' | 'read' | 'source'>;

/** A text value as rules see it: trimmed, and null when blank (the fast path allocates nothing). */
export function cleanText(value: string): string | null {
  const last = value.length - 1;
  if (last < 0) return null;
  // Printable ASCII at both ends: nothing to trim (trim() also removes Unicode spaces, hence < 127).
  const first = value.charCodeAt(0);
  const end = value.charCodeAt(last);
  if (first > 32 && first < 127 && end > 32 && end < 127) return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * `read` is the reader itself (it calls cleanText), not wrapped: criteria are read on every lead
 * for every rule, and one call less per condition is measurable over 100,000 leads.
 */
const text = (id: string, label: string, read: (lead: Lead) => string | null, meta: Meta): CriterionDefinition => ({
  id,
  label,
  type: 'text',
  source: 'lead',
  read,
  ...meta,
});

const number = (id: string, label: string, read: (lead: Lead, now: number) => number | null, meta: Meta): CriterionDefinition => ({
  id,
  label,
  type: 'number',
  source: 'lead',
  read,
  ...meta,
});

const yesNo = (id: string, label: string, read: (lead: Lead) => boolean, meta: Meta): CriterionDefinition => ({
  id,
  label,
  type: 'yes_no',
  source: 'lead',
  read,
  options: yesNoOptions,
  ...meta,
});

const platformNote = ' Reported by Power Cozmo’s analytics; empty until the platform sends it.';

/** A Power Cozmo analytics value, kept in lead.platformFacts[key]; anything of the wrong type reads as empty. */
function platform(key: string, label: string, type: 'text' | 'number' | 'yes_no', meta: Meta): CriterionDefinition {
  const read = (lead: Lead): CriterionValue => {
    const value = lead.platformFacts[key];
    if (type === 'number') return typeof value === 'number' && Number.isFinite(value) ? value : null;
    if (type === 'yes_no') return typeof value === 'boolean' ? value : null;
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  };
  return {
    id: `platform.${key}`,
    label,
    type,
    source: 'platform',
    read,
    ...(type === 'yes_no' ? { options: yesNoOptions } : {}),
    ...meta,
    tooltip: meta.tooltip + platformNote,
  };
}

const yesNoOptions: readonly CriterionOption[] = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
];
const labelled = (values: readonly string[]): CriterionOption[] => values.map((value) => ({ value, label: value }));
/** The default list first, then seed 002's G3 wording, each stored value once. */
function qualificationChoices(...lists: (readonly QualificationOption[])[]): CriterionOption[] {
  const seen = new Set<string>();
  const out: CriterionOption[] = [];
  for (const option of lists.flat()) {
    if (seen.has(option.value)) continue;
    seen.add(option.value);
    out.push({ value: option.value, label: option.label });
  }
  return out;
}

/** Operators for a fixed dropdown. */
const choiceOperators: readonly RuleOperator[] = ['equals', 'not_equals', 'in_list', 'not_in_list', 'is_empty', 'is_not_empty'];
const compareOperators: readonly RuleOperator[] = ['greater_than', 'less_than', 'within_range', 'equals', 'is_empty', 'is_not_empty'];

const g1 = 'Lead contact information';
const g2 = 'Lead company information';
const g3 = 'Lead BANT-CHAMP information';
const g4a = '4A Buyer engagement with seller related pages';
const g4b = '4B Buyer interaction with seller: communication channel';
const g4c = '4C Buyer engagement with seller: clicks and actions';
const g5type = 'Buyer type';
const g5score = 'Overall engagement score';
const g5journey = 'Buyer journey stage';
const g5buying = 'Purchasing behaviour';
const g5interaction = 'Buyer interaction with Power Cozmo';
const g5channel = 'Preferred communication channel';
const workflow = 'Workflow';
const consent = 'Consent';

/** Event types whose time since the latest one is a criterion (seed 002: time untouched "at the action level"). */
export const timeUntouchedEventTypes = [
  'quote_request',
  'email_reply',
  'email_sent',
  'email_open',
  'email_click',
  'page_view',
  'download',
  'chat',
  'call',
  'meeting',
  'form_submit',
  'questionnaire_answered',
  'group_changed',
  'stage_changed',
] as const satisfies readonly LeadEventType[];

const eventWords: Record<(typeof timeUntouchedEventTypes)[number], string> = {
  quote_request: 'quote request',
  email_reply: 'email reply',
  email_sent: 'email sent',
  email_open: 'email opened',
  email_click: 'email link clicked',
  page_view: 'page view',
  download: 'download',
  chat: 'chat',
  call: 'call',
  meeting: 'meeting',
  form_submit: 'form submitted',
  questionnaire_answered: 'questionnaire answered',
  group_changed: 'group change',
  stage_changed: 'stage change',
};

const timeUntouchedVariants: CriterionDefinition[] = timeUntouchedEventTypes.map((type) =>
  number(`timeUntouched.${type}`, `Hours since last ${eventWords[type]}`, (l, now) => hoursSince(l.lastEventAt[type], now), {
    group: 'G4',
    section: g4a,
    tooltip: `How long since the lead's last ${eventWords[type]}? Time untouched tracked at the action level (seed 002: "Time Untouched Since Quote Request"). Empty when it never happened.`,
    unit: 'hours',
    scoringCriterionId: 'time_untouched',
  }),
);

export const criteriaCatalogue: readonly CriterionDefinition[] = [
  // G1 Lead contact information
  text('name', 'Name', (l) => cleanText(l.name), {
    group: 'G1', section: g1, scoringCriterionId: 'contacts',
    tooltip: 'Full name of the lead. Used for personalizing communication. Essential for uniquely identifying the lead.',
  }),
  text('email', 'Email', (l) => cleanText(l.email), {
    group: 'G1', section: g1, scoringCriterionId: 'primary_email',
    tooltip: "The lead's main email for communication. Crucial for direct communication and marketing outreach.",
  }),
  text('phone', 'Phone', (l) => cleanText(l.phone), {
    group: 'G1', section: g1, scoringCriterionId: 'phone',
    tooltip: 'A direct contact number for calls or SMS, enhancing lead engagement.',
  }),
  text('country', 'Country', (l) => cleanText(l.country), {
    group: 'G1', section: g1, scoringCriterionId: 'location',
    options: countryOptions().map((c) => ({ value: c.code, label: c.name })),
    tooltip: 'Location: the buyer’s country. Allows for regional targeting and segmentation.',
  }),
  text('jobTitle', 'Job title', (l) => cleanText(l.jobTitle), {
    group: 'G1', section: g1, scoringCriterionId: 'job_title',
    options: labelled(jobTitles.map((t) => t.title)),
    tooltip: 'Facilitates role-based targeting, enhancing relevance of communication.',
  }),
  text('department', 'Department', (l) => cleanText(l.department), {
    group: 'G1', section: g1,
    tooltip: 'The part of the buyer’s company the contact works in.',
  }),
  text('source.channel', 'Lead source', (l) => cleanText(l.source.channel), {
    group: 'G1', section: g1, scoringCriterionId: 'lead_source',
    options: labelled([...new Set(leadSources.map((s) => s.source))]),
    tooltip: 'Identifies the origin of the lead, useful for tracking the effectiveness of marketing channels.',
  }),
  text('source.category', 'Lead source category', (l) => cleanText(l.source.category), {
    group: 'G1', section: g1, scoringCriterionId: 'lead_source',
    options: labelled(leadSourceCategories.map((c) => c.name)),
    operators: choiceOperators,
    tooltip: 'The lead source table’s category (Online Channels, Offline Channels…).',
  }),
  text('source.event', 'Event or campaign', (l) => cleanText(l.source.event), {
    group: 'G1', section: g1,
    tooltip: 'The trade show or campaign where the lead was captured.',
  }),

  // G2 Lead company information
  text('company.name', 'Company', (l) => cleanText(l.company.name), {
    group: 'G2', section: g2, scoringCriterionId: 'company_name',
    tooltip: "The name of the company where the lead is employed. Identifies the lead's company for personalized outreach.",
  }),
  number('company.size', 'Company size (employees)', (l) => l.company.size, {
    group: 'G2', section: g2, scoringCriterionId: 'company_size', unit: 'employees',
    tooltip: 'Number of employees. Useful for segmenting leads based on company scale, affecting solution scalability and pricing discussions.',
  }),
  number('company.annualRevenue', 'Annual revenue (USD)', (l) => l.company.annualRevenue, {
    group: 'G2', section: g2, scoringCriterionId: 'annual_revenue', unit: 'USD',
    tooltip: "Helps gauge the financial capacity and potential budget available for the lead's company.",
  }),
  text('company.industry', 'Industry', (l) => cleanText(l.company.industry), {
    group: 'G2', section: g2, scoringCriterionId: 'industry',
    options: labelled(industries),
    tooltip: "The sector the company operates in. Ensures marketing and sales efforts are aligned with the lead's industry-specific needs and challenges.",
  }),
  text('company.website', 'Website', (l) => cleanText(l.company.website), {
    group: 'G2', section: g2,
    tooltip: 'The company’s website.',
  }),

  // G3 Lead BANT-CHAMP information
  number('qualification.budgetAmount', 'Budget amount', (l) => l.qualification.budgetAmount, {
    group: 'G3', section: g3, scoringCriterionId: 'budget', unit: 'in the lead’s currency',
    tooltip: "Specify the minimum, maximum, or acceptable range of the lead's budget. Indicates financial capacity and flexibility for the project.",
  }),
  text('qualification.budget', 'Budget', (l) => cleanText(l.qualification.budget), {
    group: 'G3', section: g3, scoringCriterionId: 'budget',
    options: qualificationChoices(qualificationOptions.budget), operators: choiceOperators,
    tooltip: 'The budget band (high, medium, low). Indicates financial capacity and flexibility for the project.',
  }),
  text('qualification.authority', 'Authority', (l) => cleanText(l.qualification.authority), {
    group: 'G3', section: g3, scoringCriterionId: 'authority',
    options: qualificationChoices(qualificationOptions.authority, g3QualificationOptions.authority), operators: choiceOperators,
    tooltip: "Indicates the lead's power to make or influence the purchasing decision and identifies the contact's role in the decision-making process.",
  }),
  text('qualification.need', 'Need', (l) => cleanText(l.qualification.need), {
    group: 'G3', section: g3, scoringCriterionId: 'need',
    options: qualificationChoices(qualificationOptions.need, g3QualificationOptions.need), operators: choiceOperators,
    tooltip: 'How pressing is the problem the lead is trying to solve? Reflects how critical the solution is to the lead.',
  }),
  text('qualification.timeline', 'Timeline', (l) => cleanText(l.qualification.timeline), {
    group: 'G3', section: g3, scoringCriterionId: 'timeline',
    options: qualificationChoices(qualificationOptions.timeline, g3QualificationOptions.timeline, g3QualificationOptions.timelineTerms), operators: choiceOperators,
    tooltip: 'How soon does the lead intend to make a purchase?',
  }),
  {
    id: 'qualification.challenges', label: 'Challenges', type: 'tags', source: 'lead', read: (l) => l.qualification.challenges,
    group: 'G3', section: g3, scoringCriterionId: 'challenges',
    options: qualificationChoices(g3QualificationOptions.challenges),
    tooltip: 'What obstacles is the lead facing (technical, financial, operational)? Consider multiple challenges.',
  },
  text('qualification.fit', 'Fit', (l) => cleanText(l.qualification.fit), {
    group: 'G3', section: g3, scoringCriterionId: 'need_alignment',
    options: qualificationChoices(qualificationOptions.fit), operators: choiceOperators,
    tooltip: "Product/solution fit: does the lead's expressed need match what your product or service directly solves?",
  }),

  // G4A Buyer engagement with seller related pages
  text('engagementLevel', 'Engagement level', (l) => cleanText(l.engagementLevel ?? ''), {
    group: 'G4', section: g4a, scoringCriterionId: 'engagement_level',
    options: labelled(engagementLevels), operators: choiceOperators,
    tooltip: 'Overall interaction level, calculated by Lead Center from page views, email opens, replies, quote requests and more (HOT, WARM, INTERESTED, COLD, UNRESPONSIVE).',
  }),
  platform('seasons_engaged', 'Seasons engaged', 'number', {
    group: 'G4', section: g4a, scoringCriterionId: 'seasons_engaged', operators: compareOperators,
    tooltip: 'Number of separate seasons (visits) in which the lead engaged.',
  }),
  number('counters.pageViews', 'Page views', (l) => l.counters.pageViews, {
    group: 'G4', section: g4a, scoringCriterionId: 'page_viewed',
    tooltip: 'How many of your pages the lead viewed (product, category and other pages).',
  }),
  platform('page_viewed', 'Page viewed', 'text', {
    group: 'G4', section: g4a, scoringCriterionId: 'page_viewed',
    tooltip: 'Specific product page, category page, or other relevant URLs.',
  }),
  platform('page_revisits', 'Page revisits', 'number', {
    group: 'G4', section: g4a, scoringCriterionId: 'page_revisits', operators: compareOperators,
    tooltip: 'Indicates strong interest in a specific page.',
  }),
  platform('time_on_page', 'Time on page', 'number', {
    group: 'G4', section: g4a, scoringCriterionId: 'time_on_page', unit: 'seconds', operators: compareOperators,
    tooltip: 'Threshold based on the average length of content.',
  }),
  platform('scroll_depth', 'Scroll depth', 'number', {
    group: 'G4', section: g4a, scoringCriterionId: 'scroll_depth', unit: '%', operators: compareOperators,
    tooltip: 'Did the lead read most of the page?',
  }),
  number('counters.emailsClicked', 'Clicks', (l) => l.counters.emailsClicked, {
    group: 'G4', section: g4a, scoringCriterionId: 'clicks',
    tooltip: 'Links clicked in your emails. Demonstrates interaction beyond browsing.',
  }),
  platform('element_clicked', 'Element clicked', 'text', {
    group: 'G4', section: g4a, scoringCriterionId: 'element_clicked',
    options: labelled(['Quote', 'Contact', 'Purchase']), operators: ['equals', 'not_equals', 'in_list', 'not_in_list', 'is_empty', 'is_not_empty'],
    tooltip: 'Track clicks on important elements (quote, contact, purchase).',
  }),
  // Seed 002 "Time untouched": since the last sign of active interest, or since the lead arrived.
  number('timeUntouchedHours', 'Time untouched (hours)', (l, now) => hoursSince(l.lastInterestAt ?? l.createdAt, now), {
    group: 'G4', section: g4a, scoringCriterionId: 'time_untouched', unit: 'hours',
    tooltip: 'How long since the lead’s last activity showing active interest (a reply, a quote request, a download…), or since the lead arrived when there was none.',
  }),
  ...timeUntouchedVariants,

  // G4B Buyer interaction with seller: communication channel
  number('emailOpenRate', 'Email open rate', (l) => percent(l.counters.emailsOpened, l.counters.emailsSent), {
    group: 'G4', section: g4b, scoringCriterionId: 'email_open_rate', unit: '%',
    tooltip: 'Percentage of emails sent to the lead that were opened. Empty until an email was sent.',
  }),
  platform('chat_response_rate', 'Chat response rate', 'number', {
    group: 'G4', section: g4b, scoringCriterionId: 'chat_response_rate', unit: '%',
    tooltip: '% of chat sessions initiated by the seller where the lead responded.',
  }),
  number('emailResponseRate', 'Email response rate', (l) => percent(l.counters.emailsReplied, l.counters.emailsSent), {
    group: 'G4', section: g4b, scoringCriterionId: 'email_response_rate', unit: '%',
    tooltip: 'Percentage of emails sent by the seller where the lead replied. Empty until an email was sent.',
  }),
  number('counters.chats', 'Chats with the seller', (l) => l.counters.chats, {
    group: 'G4', section: g4b, scoringCriterionId: 'chat_with_seller',
    tooltip: 'Chat with seller: wants direct communication. The number of chats recorded.',
  }),
  platform('chat_with_seller', 'Chat with seller (status)', 'text', {
    group: 'G4', section: g4b, scoringCriterionId: 'chat_with_seller',
    options: labelled(['Started', 'Completed', 'Abandoned']), operators: choiceOperators,
    tooltip: 'Wants direct communication.',
  }),
  number('counters.formSubmits', 'Contact seller forms', (l) => l.counters.formSubmits, {
    group: 'G4', section: g4b, scoringCriterionId: 'contact_seller',
    tooltip: 'Contact seller: shows active interest. The number of forms the lead submitted.',
  }),
  platform('contact_seller', 'Contact seller (status)', 'text', {
    group: 'G4', section: g4b, scoringCriterionId: 'contact_seller',
    options: labelled(['Submitted', 'Failed', 'Pending']), operators: choiceOperators,
    tooltip: 'Shows active interest.',
  }),
  number('counters.emailsSent', 'Emails sent', (l) => l.counters.emailsSent, {
    group: 'G4', section: g4b,
    tooltip: 'Emails sent to the lead.',
  }),
  number('counters.emailsOpened', 'Emails opened', (l) => l.counters.emailsOpened, {
    group: 'G4', section: g4b, scoringCriterionId: 'email_open_rate',
    tooltip: 'Emails the lead opened.',
  }),
  number('counters.emailsReplied', 'Emails replied', (l) => l.counters.emailsReplied, {
    group: 'G4', section: g4b, scoringCriterionId: 'email_response_rate',
    tooltip: 'Emails the lead replied to.',
  }),
  number('counters.calls', 'Calls', (l) => l.counters.calls, {
    group: 'G4', section: g4b,
    tooltip: 'Calls with the lead that were logged.',
  }),
  number('counters.meetings', 'Meetings', (l) => l.counters.meetings, {
    group: 'G4', section: g4b,
    tooltip: 'Meetings with the lead that were logged.',
  }),

  // G4C Buyer engagement with seller: clicks and actions
  number('counters.quoteRequests', 'Quote requests', (l) => l.counters.quoteRequests, {
    group: 'G4', section: g4c, scoringCriterionId: 'quote_request',
    tooltip: 'Indicates the lead is actively seeking pricing. The number of quote requests recorded.',
  }),
  platform('quote_request', 'Quote request (status)', 'text', {
    group: 'G4', section: g4c, scoringCriterionId: 'quote_request',
    options: labelled(['Submitted', 'Failed', 'Pending', 'Abandoned']), operators: choiceOperators,
    tooltip: 'Indicates the lead is actively seeking pricing.',
  }),
  platform('wishlist', 'Wishlist', 'text', {
    group: 'G4', section: g4c, scoringCriterionId: 'wishlist',
    options: labelled(['Add', 'View', 'Remove']), operators: choiceOperators,
    tooltip: 'Product interest, but maybe not immediate purchase.',
  }),
  platform('order_value', 'Order value', 'number', {
    group: 'G4', section: g4c, scoringCriterionId: 'order_value', unit: 'USD', operators: compareOperators,
    tooltip: 'Order data: strongest indicator of purchase intent (e.g. $5000).',
  }),
  platform('order_frequency', 'Order frequency', 'number', {
    group: 'G4', section: g4c, scoringCriterionId: 'order_frequency', unit: 'orders per month', operators: compareOperators,
    tooltip: 'Order data: strongest indicator of purchase intent (e.g. 3/month).',
  }),
  platform('conversion_rate', 'Conversion rate', 'number', {
    group: 'G4', section: g4c, scoringCriterionId: 'conversion_rate', unit: '%', operators: compareOperators,
    tooltip: 'Order data: strongest indicator of purchase intent (e.g. 3%).',
  }),
  platform('product_image_clicks', 'Product image clicks', 'yes_no', {
    group: 'G4', section: g4c, scoringCriterionId: 'product_image_clicks',
    tooltip: 'Lead is interested in visuals.',
  }),
  platform('product_spec_tap_view', 'Product spec tap view', 'yes_no', {
    group: 'G4', section: g4c, scoringCriterionId: 'product_spec_tap_view',
    tooltip: 'Lead wants technical details.',
  }),
  number('counters.downloads', 'Downloads', (l) => l.counters.downloads, {
    group: 'G4', section: g4c, scoringCriterionId: 'download_catalog_click',
    tooltip: 'Download catalog clicks: suggests serious interest & product comparison. The number of downloads recorded.',
  }),
  platform('download_catalog', 'Download catalog (status)', 'text', {
    group: 'G4', section: g4c, scoringCriterionId: 'download_catalog_click',
    options: labelled(['Success', 'Failed', 'Pending']), operators: choiceOperators,
    tooltip: 'Suggests serious interest & product comparison.',
  }),
  platform('time_on_product_pages', 'Time on product pages', 'number', {
    group: 'G4', section: g4c, unit: 'seconds', operators: compareOperators,
    tooltip: 'Longer dwell time = higher interest.',
  }),
  platform('content_downloads', 'Content downloads', 'text', {
    group: 'G4', section: g4c,
    options: labelled(['Whitepaper', 'Case Study', 'Catalog', 'Brochure', 'Datasheet']), operators: choiceOperators,
    tooltip: 'The type of content downloaded (whitepaper, case study…). Shows interest in product uses.',
  }),
  platform('social_share_clicks', 'Social share clicks', 'number', {
    group: 'G4', section: g4c, scoringCriterionId: 'social_share_clicks', operators: compareOperators,
    tooltip: 'Potential reach, seeking opinions.',
  }),
  platform('seller_review_submitted', 'Seller review (submit)', 'yes_no', {
    group: 'G4', section: g4c, scoringCriterionId: 'seller_review',
    tooltip: 'Impacts seller reputation.',
  }),
  platform('seller_reviews_read', 'Seller review (read)', 'number', {
    group: 'G4', section: g4c, scoringCriterionId: 'seller_review', operators: compareOperators,
    tooltip: 'Indicates the lead is researching the seller.',
  }),
  platform('seller_rate', 'Seller rate', 'number', {
    group: 'G4', section: g4c, scoringCriterionId: 'seller_rate', unit: 'stars (1–5)', operators: compareOperators,
    tooltip: "Impacts seller's reputation.",
  }),
  platform('visit_store_click', 'Visit store clicks', 'number', {
    group: 'G4', section: g4c, scoringCriterionId: 'visit_store_click', operators: compareOperators,
    tooltip: "Exploring seller's other offerings.",
  }),
  platform('company_profile_click', 'Company profile clicks', 'number', {
    group: 'G4', section: g4c, scoringCriterionId: 'company_profile_click', operators: compareOperators,
    tooltip: "Researching seller's reputation.",
  }),
  platform('add_to_contacts_click', 'Add to contacts click', 'yes_no', {
    group: 'G4', section: g4c, scoringCriterionId: 'add_to_contacts_click',
    tooltip: 'Wants to save seller info.',
  }),

  // G5 Lead engagement with Power Cozmo
  platform('buyer_type', 'Buyer type', 'text', {
    group: 'G5', section: g5type, scoringCriterionId: 'buyer_type',
    options: labelled(['New', 'Returning', 'High-Value', 'VIP']), operators: choiceOperators,
    tooltip: "Defines the lead's relationship to the Power Cozmo platform.",
  }),
  platform('overall_engagement_score', 'Overall engagement score', 'number', {
    group: 'G5', section: g5score, scoringCriterionId: 'overall_engagement_score', unit: '0–100', operators: compareOperators,
    tooltip: 'Composite score based on multiple factors.',
  }),
  platform('buyer_journey_stage', 'Buyer journey stage', 'text', {
    group: 'G5', section: g5journey, scoringCriterionId: 'buyer_journey_stage',
    options: labelled(['Awareness', 'Consideration', 'Decision', 'Purchase']), operators: choiceOperators,
    tooltip: 'Indicates where the lead is in the buying process.',
  }),
  platform('purchase_history', 'Purchase history', 'yes_no', {
    group: 'G5', section: g5buying, scoringCriterionId: 'purchase_history',
    tooltip: "Indicates if they've bought from the platform before.",
  }),
  platform('buying_frequency', 'Buying frequency', 'number', {
    group: 'G5', section: g5buying, scoringCriterionId: 'buying_frequency', unit: 'purchases per month', operators: compareOperators,
    tooltip: 'Reveals how often the lead buys overall.',
  }),
  platform('spending_patterns', 'Spending patterns', 'number', {
    group: 'G5', section: g5buying, scoringCriterionId: 'spending_patterns', unit: 'USD per purchase', operators: compareOperators,
    tooltip: 'Shows typical spending level per purchase (average transaction value).',
  }),
  platform('review_rating', 'Review rating', 'number', {
    group: 'G5', section: g5interaction, scoringCriterionId: 'review_rating', unit: 'stars (1–5)', operators: compareOperators,
    tooltip: 'Indicates sentiment towards the platform (if reviews exist).',
  }),
  platform('wishlist_items', 'Wishlist items', 'number', {
    group: 'G5', section: g5interaction, scoringCriterionId: 'wishlist_items', operators: compareOperators,
    tooltip: 'Shows interest in specific products.',
  }),
  platform('search_term', 'Search term', 'text', {
    group: 'G5', section: g5interaction, scoringCriterionId: 'search_term',
    operators: ['equals', 'contains', 'not_contains', 'in_list', 'is_empty', 'is_not_empty'],
    tooltip: 'Reveals what the lead is looking for.',
  }),
  platform('quote_requests', 'Quote requests (platform)', 'number', {
    group: 'G5', section: g5interaction, scoringCriterionId: 'quote_request_repeat', operators: compareOperators,
    tooltip: 'Indicates intent across the platform.',
  }),
  platform('time_on_platform', 'Time on platform', 'number', {
    group: 'G5', section: g5interaction, scoringCriterionId: 'time_spent_on_platform', unit: 'seconds', operators: compareOperators,
    tooltip: 'Overall engagement level.',
  }),
  platform('frequent_features', 'Frequent features', 'text', {
    group: 'G5', section: g5interaction, scoringCriterionId: 'most_used_features',
    options: labelled(['Search', 'Product Filters', 'Compare', 'Wishlist', 'Get Quote']), operators: choiceOperators,
    tooltip: 'Reveals how the lead navigates the platform.',
  }),
  platform('communication_channel', 'Communication channel', 'text', {
    group: 'G5', section: g5channel, scoringCriterionId: 'communication_channel',
    options: labelled(['Email', 'Chat', 'Phone']), operators: choiceOperators,
    tooltip: "Lead's preferred contact method.",
  }),
  ...(['email', 'chat', 'phone'] as const).map((channel) =>
    platform(`${channel}_channel_metrics`, `${channel.charAt(0).toUpperCase()}${channel.slice(1)} channel metrics`, 'number', {
      group: 'G5', section: g5channel, scoringCriterionId: 'channel_metrics', unit: '%', operators: compareOperators,
      tooltip: `Shows engagement on the ${channel} channel.`,
    }),
  ),

  // Workflow: where the lead is and what Lead Center made of it
  text('group', 'Group', (l) => cleanText(l.group), {
    group: 'Workflow', section: workflow, optionsFrom: 'groups',
    tooltip: 'The lead’s group (Untouched, Nurturing, Qualified…).',
  }),
  text('stage', 'Customer stage', (l) => cleanText(l.stage), {
    group: 'Workflow', section: workflow, optionsFrom: 'stages',
    tooltip: 'Where the buyer is in the customer journey (Initial Contact … Closed Customers).',
  }),
  {
    id: 'tags', label: 'Tags', type: 'tags', source: 'lead', read: (l) => l.tags,
    group: 'Workflow', section: workflow,
    tooltip: 'Labels on the lead, by you or by rules.',
  },
  number('score', 'Score', (l) => l.score, {
    group: 'Workflow', section: workflow, unit: '0–100',
    tooltip: 'The lead score (0–100) from the scoring model.',
  }),
  text('temperature', 'Temperature', (l) => cleanText(l.temperature), {
    group: 'Workflow', section: workflow, options: labelled(temperatures), operators: choiceOperators,
    tooltip: 'Hot, warm, cool or cold, from the score.',
  }),
  number('urgency', 'Urgency', (l) => l.urgency, {
    group: 'Workflow', section: workflow, unit: '0–10',
    tooltip: 'How soon the lead needs attention (0–10), from timeline, need and recent intent.',
  }),
  text('priority', 'Priority', (l) => cleanText(l.priority ?? ''), {
    group: 'Workflow', section: workflow, options: labelled(leadPriorities), operators: choiceOperators,
    tooltip: 'The priority level (high, medium, low) set by you or by a rule.',
  }),
  text('ownerId', 'Owner', (l) => cleanText(l.ownerId), {
    group: 'Workflow', section: workflow, optionsFrom: 'users', operators: choiceOperators,
    tooltip: 'The person the lead is assigned to.',
  }),
  text('leadType', 'Lead type', (l) => cleanText(l.leadType), {
    group: 'Workflow', section: workflow, options: labelled(leadTypes), operators: choiceOperators,
    tooltip: 'Direct (yours), platform (sent by Power Cozmo) or potential.',
  }),
  number('scoreAdjustment', 'Score adjustment by rules', (l) => l.scoreAdjustment, {
    group: 'Workflow', section: workflow, unit: 'points',
    tooltip: 'Points rules added to or took off the score.',
  }),
  number('daysSinceLastActivity', 'Days since any activity', (l, now) => daysSince(l.lastActivityAt, now), {
    group: 'Workflow', section: workflow, unit: 'days',
    tooltip: 'Days since anything happened with the lead (any event); empty when nothing did.',
  }),
  number('leadAgeDays', 'Days since the lead arrived', (l, now) => daysSince(l.createdAt, now), {
    group: 'Workflow', section: workflow, unit: 'days',
    tooltip: 'How long ago the lead was added.',
  }),
  yesNo('consent.unsubscribed', 'Unsubscribed', (l) => l.consent.unsubscribed, {
    group: 'Workflow', section: consent,
    tooltip: 'The buyer unsubscribed from your emails: they are never emailed.',
  }),
  yesNo('consent.bounced', 'Email bounced', (l) => l.consent.bounced, {
    group: 'Workflow', section: consent,
    tooltip: 'An email to this address bounced: it is not emailed again.',
  }),
];

const byId = new Map(criteriaCatalogue.map((c) => [c.id, c]));

/**
 * The criterion with this id; `customFields.<key>` reads a custom field (its type follows the
 * value: text, number or yes/no; a missing field is empty).
 */
export function findCriterion(id: string): CriterionDefinition | undefined {
  const known = byId.get(id);
  if (known) return known;
  const match = /^customFields\.([^.]{1,60})$/.exec(id);
  if (!match) return undefined;
  const key = match[1] as string;
  return {
    id,
    label: `Custom field "${key}"`,
    type: 'custom',
    source: 'lead',
    group: 'Workflow',
    section: 'Custom fields',
    tooltip: `Your custom field "${key}"; text, a number or yes/no.`,
    read: (lead) => {
      const value = lead.customFields[key];
      if (value === undefined || value === null) return null;
      if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
      return value;
    },
  };
}

function criterionIdsIn(group: RuleConditionGroup, into: Set<string>, depth = 0): Set<string> {
  if (depth > 20 || !Array.isArray(group.conditions)) return into;
  for (const part of group.conditions) {
    if ('combinator' in part) criterionIdsIn(part, into, depth + 1);
    else into.add(part.criterion);
  }
  return into;
}

/**
 * How many enabled rules test each scoring criterion (the Criteria table's "Used by rules"). A rule
 * testing two criteria linked to the same scoring criterion counts once for it.
 */
export function criteriaUsage(rules: readonly Rule[]): Map<string, number> {
  const usage = new Map<string, number>();
  for (const rule of rules) {
    if (!rule.enabled) continue;
    const scoringIds = new Set<string>();
    for (const id of criterionIdsIn(rule.criteria, new Set())) {
      const scoringId = findCriterion(id)?.scoringCriterionId;
      if (scoringId) scoringIds.add(scoringId);
    }
    for (const scoringId of scoringIds) usage.set(scoringId, (usage.get(scoringId) ?? 0) + 1);
  }
  return usage;
}
