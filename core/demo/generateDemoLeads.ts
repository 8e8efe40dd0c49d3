import { counterOfEvent } from '../model/eventCounters';
import type { Lead } from '../model/lead';
import { customerStages, type CustomerStageId } from '../reference/customerStages';
import { jobTitles, type JobTitle } from '../reference/jobTitles';
import type { LeadGroupId } from '../reference/leadGroups';
import { isManualSourceCategory, leadSources, type LeadSourceEntry } from '../reference/leadSources';
import { defaultScoringModel } from '../scoring/defaultScoringModel';
import { temperatureFor } from '../scoring/temperatureFor';
import { asciiSlug } from './asciiSlug';
import { companyForms, demoTrades, demoTradeShows, sellerTags, type DemoTrade } from './demoCatalogue';
import { demoCountries, type DemoCountry } from './demoCountries';
import { createRandom, mixSeed, weightedPicker, type Random } from './seededRandom';

export interface DemoLeadOptions {
  count: number;
  seed: number;
  /** "Now" of the demo: leads were created in the 18 months before it. */
  now: number;
  ownerId: string;
  teamId: string;
  /** Index of the first lead, to generate a large set in chunks; 0 unless given. */
  startIndex?: number;
}

const day = 86_400_000;
const maxAgeDays = 540;
const maxCount = 1_000_000;

export const demoLeadId = (seed: number, index: number): string => ['demo', seed, index].join('-');

type Counters = Lead['counters'];
/** Counters that show active interest (seed 002, "Time Untouched"); the rest are activity only. */
export const interestCounters = ['emailsReplied', 'quoteRequests', 'downloads', 'chats', 'calls', 'meetings', 'formSubmits'] as const;
export const activityCounters = ['emailsSent', 'emailsOpened', 'emailsClicked', 'pageViews'] as const;

const pickCountry = weightedPicker<DemoCountry>(demoCountries.map((country) => [country, country.weight]));

const sourceWeights: Record<string, number> = {
  'Get Quote Form': 18,
  'Contact Seller Form': 12,
  'Power Cozmo Leads': 20,
  'Web Forms': 6,
  'Landing Pages': 3,
  'Online Ads': 3,
  'Social media': 3,
  'Email Campaigns': 4,
  Webinars: 3,
  'Content Marketing': 2,
  Events: 8,
  Networking: 2,
  'Direct Outreach': 2,
  Referrals: 2,
  'Print Media': 1,
  'Business Cards': 5,
  Partners: 2,
  Collaborations: 1,
  Lists: 2,
  'Lead Services': 1,
  'Customer Referrals': 2,
  'Community Engagement': 1,
};
const pickSource = weightedPicker<LeadSourceEntry>(leadSources.map((entry) => [entry, sourceWeights[entry.source] ?? 1]));

const pickGroup = weightedPicker<LeadGroupId>([
  ['untouched', 22],
  ['nurturing', 30],
  ['qualified', 14],
  ['unqualified', 9],
  ['recycled', 6],
  ['customer', 7],
  ['spam', 4],
  ['not_interested', 8],
]);

const seniorityWeight: Record<JobTitle['seniority'], number> = { executive: 2, vice_president: 1, director: 2, manager: 5, specialist: 6, staff: 2 };
const pickJobTitle = weightedPicker<JobTitle>(jobTitles.map((title) => [title, seniorityWeight[title.seniority]]));

const pickCompanySize = weightedPicker<number>([
  [8, 3],
  [25, 5],
  [60, 6],
  [150, 6],
  [400, 5],
  [1200, 4],
  [5000, 2],
  [25_000, 1],
]);

type EmailStyle = 'first.last' | 'f.last' | 'first' | 'firstlast' | 'first_last' | 'mailbox';
const pickEmailStyle = weightedPicker<EmailStyle>([
  ['first.last', 45],
  ['f.last', 18],
  ['first', 12],
  ['firstlast', 10],
  ['first_last', 8],
  ['mailbox', 7],
]);
const mailboxes = ['info', 'sales', 'procurement', 'purchasing', 'projects'] as const;

/** How far back, as a share of the lead's age, each group's last activity tends to be. */
const recency: Record<LeadGroupId, readonly [number, number]> = {
  untouched: [0, 0.2],
  nurturing: [0.4, 1],
  qualified: [0.6, 1],
  unqualified: [0.1, 0.7],
  recycled: [0, 0.35],
  customer: [0.5, 1],
  spam: [0, 0.1],
  not_interested: [0.1, 0.8],
};

/**
 * Leads are kept in memory by the hundred thousand: strings are joined flat, because a string
 * built by repeated "+" is a chain of small objects that the garbage collector has to copy.
 */
function joined(...parts: Array<string | number>): string {
  return parts.join('');
}

const powersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];

function fillPattern(pattern: string, random: Random): string {
  const parts: string[] = [];
  let index = 0;
  while (index < pattern.length) {
    const char = pattern.charAt(index);
    if (char === 'N') {
      parts.push(String(random.int(2, 9)));
      index++;
    } else if (char === 'X') {
      let run = 0;
      while (pattern.charAt(index + run) === 'X' && run < 9) run++;
      parts.push(String(Math.floor(random.next() * (powersOfTen[run] ?? 1))).padStart(run, '0'));
      index += run;
    } else {
      parts.push(char);
      index++;
    }
  }
  return parts.join('');
}

function emailLocalPart(first: string, last: string, style: EmailStyle, random: Random): string {
  const f = asciiSlug(first);
  const l = asciiSlug(last);
  switch (style) {
    case 'first.last':
      return joined(f, '.', l);
    case 'f.last':
      return joined(f.charAt(0), '.', l);
    case 'first':
      return f;
    case 'firstlast':
      return joined(f, l);
    case 'first_last':
      return joined(f, '_', l);
    case 'mailbox':
      return random.pick(mailboxes);
  }
}

function countersFor(group: LeadGroupId, channel: string, random: Random): Counters {
  const counters: Counters = {
    emailsSent: 0,
    emailsOpened: 0,
    emailsClicked: 0,
    emailsReplied: 0,
    quoteRequests: 0,
    pageViews: 0,
    downloads: 0,
    chats: 0,
    calls: 0,
    meetings: 0,
    formSubmits: 0,
  };
  switch (group) {
    case 'untouched':
    case 'spam':
      counters.pageViews = random.chance(0.3) ? random.int(1, 3) : 0;
      break;
    case 'nurturing':
      counters.emailsSent = random.int(1, 5);
      counters.emailsOpened = random.int(0, counters.emailsSent);
      counters.emailsClicked = random.int(0, counters.emailsOpened);
      counters.emailsReplied = random.chance(0.25) ? 1 : 0;
      counters.pageViews = random.int(0, 8);
      counters.downloads = random.chance(0.3) ? random.int(1, 2) : 0;
      counters.chats = random.chance(0.15) ? 1 : 0;
      break;
    case 'qualified':
    case 'customer':
      counters.emailsSent = random.int(2, 6);
      counters.emailsOpened = random.int(1, counters.emailsSent);
      counters.emailsClicked = random.int(0, counters.emailsOpened);
      counters.emailsReplied = random.int(1, Math.min(3, counters.emailsSent));
      counters.quoteRequests = random.int(0, 2);
      counters.pageViews = random.int(2, 12);
      counters.downloads = random.int(0, 3);
      counters.chats = random.int(0, 2);
      counters.calls = random.int(0, 2);
      counters.meetings = random.int(group === 'customer' ? 1 : 0, 2);
      break;
    case 'unqualified':
      counters.emailsSent = random.int(1, 3);
      counters.emailsOpened = random.int(0, 1);
      counters.pageViews = random.int(0, 3);
      break;
    case 'recycled':
      counters.emailsSent = random.int(2, 5);
      counters.emailsOpened = random.int(0, 2);
      counters.pageViews = random.int(0, 4);
      break;
    case 'not_interested':
      counters.emailsSent = random.int(1, 4);
      counters.emailsOpened = random.int(0, Math.min(2, counters.emailsSent));
      counters.emailsReplied = random.chance(0.4) ? 1 : 0;
      break;
  }
  // How the lead arrived is itself a first action.
  if (channel === 'Get Quote Form') counters.quoteRequests = Math.max(1, counters.quoteRequests);
  if (channel === 'Contact Seller Form' || channel === 'Web Forms' || channel === 'Landing Pages' || channel === 'Webinars') {
    counters.formSubmits = Math.max(1, counters.formSubmits);
  }
  return counters;
}

/** Which lead counter each event type feeds (core/model); generateDemoEvents uses it too. */
export { counterOfEvent };

const stageByEventCounter: ReadonlyArray<readonly [CustomerStageId, keyof Counters]> = customerStages.flatMap((stage) =>
  stage.advancingEvents.flatMap((type): Array<readonly [CustomerStageId, keyof Counters]> => {
    const counter = counterOfEvent[type];
    return counter ? [[stage.id, counter]] : [];
  }),
);

/** Stage the lead's events lead to (seed 004), then the seller's manual moves for late groups. */
function stageFor(group: LeadGroupId, counters: Counters, random: Random): CustomerStageId {
  let stage: CustomerStageId = 'unknown';
  let order = 0;
  for (const [stageId, counter] of stageByEventCounter) {
    const stageOrder = customerStages.find((entry) => entry.id === stageId)?.order ?? 0;
    if (counters[counter] > 0 && stageOrder > order) {
      stage = stageId;
      order = stageOrder;
    }
  }
  if (group === 'customer') return 'closed_customers';
  if (group === 'qualified' && random.chance(0.5)) return 'confirmed_leads';
  if (stage === 'unknown' && group !== 'spam' && random.chance(0.3)) return 'initial_contact';
  return stage;
}

function optionOrEmpty(random: Random, share: number, options: readonly string[]): string {
  return random.chance(share) ? random.pick(options) : '';
}

function qualificationFor(group: LeadGroupId, random: Random, size: number | null): Lead['qualification'] {
  const strong = group === 'qualified' || group === 'customer';
  const share = strong ? 0.9 : group === 'nurturing' ? 0.4 : group === 'unqualified' ? 0.6 : 0;
  const hasAmount = strong && random.chance(0.5);
  return {
    budget: optionOrEmpty(random, share, strong ? ['high', 'medium'] : ['medium', 'low', 'not_disclosed']),
    budgetAmount: hasAmount ? random.int(5, Math.max(10, Math.min(2000, Math.round((size ?? 100) / 2)))) * 1000 : null,
    budgetCurrency: hasAmount ? 'USD' : '',
    authority: optionOrEmpty(random, share, strong ? ['decision_maker', 'influencer'] : ['influencer', 'gatekeeper', 'not_disclosed']),
    need: optionOrEmpty(random, share, strong ? ['urgent', 'high', 'medium'] : group === 'unqualified' ? ['low', 'none'] : ['medium', 'low']),
    timeline: optionOrEmpty(
      random,
      share,
      strong ? ['ready', 'within_1_month', 'within_3_months'] : ['within_6_months', 'over_6_months', 'not_disclosed'],
    ),
    challenges: share > 0 && random.chance(0.2) ? [random.pick(['technical', 'financial', 'operational'])] : [],
    fit: optionOrEmpty(random, share, strong ? ['perfect', 'good'] : group === 'unqualified' ? ['partial', 'none'] : ['good', 'partial']),
  };
}

function engagementLevelFor(counters: Counters, lastInterestAt: number | null, now: number): Lead['engagementLevel'] {
  const recent = lastInterestAt !== null && now - lastInterestAt < 30 * day;
  if (recent && (counters.emailsReplied >= 2 || counters.quoteRequests > 0 || counters.meetings > 0)) return 'HOT';
  if (counters.emailsReplied > 0 || counters.emailsClicked > 0) return 'WARM';
  if (counters.emailsOpened > 0 || counters.downloads > 0 || counters.pageViews >= 3) return 'INTERESTED';
  if (counters.emailsSent >= 3) return 'UNRESPONSIVE';
  if (counters.emailsSent > 0) return 'COLD';
  return null;
}

const urgencyRange: Record<NonNullable<Lead['engagementLevel']>, readonly [number, number]> = {
  HOT: [8, 10],
  WARM: [5, 7],
  INTERESTED: [3, 5],
  COLD: [1, 3],
  UNRESPONSIVE: [0, 1],
};
/** Seed 000's first follow-up after the last activity, in days. */
const followUpDays: Record<NonNullable<Lead['engagementLevel']>, number> = { HOT: 1, WARM: 3, INTERESTED: 5, COLD: 7, UNRESPONSIVE: 90 };

/** A plausible score for the demo list; the scoring engine recomputes it with explanations. */
function demoScore(lead: Pick<Lead, 'email' | 'phone' | 'company' | 'jobTitle' | 'qualification' | 'counters' | 'group'>, lastInterestAt: number | null, now: number): number {
  const { counters } = lead;
  const info =
    (lead.email ? 8 : 0) +
    (lead.phone ? 6 : 0) +
    (lead.company.name ? 6 : 0) +
    (lead.jobTitle ? 4 : 0) +
    (lead.company.size !== null ? 3 : 0) +
    (lead.company.industry ? 3 : 0);
  const q = lead.qualification;
  const qualification =
    (q.budget === 'high' ? 4 : q.budget === 'medium' ? 2 : 0) +
    (q.authority === 'decision_maker' ? 4 : q.authority === 'influencer' ? 2 : 0) +
    (q.need === 'urgent' ? 4 : q.need === 'high' ? 3 : q.need === 'medium' ? 1 : 0) +
    (q.timeline === 'ready' || q.timeline === 'within_1_month' ? 4 : q.timeline === 'within_3_months' ? 2 : 0) +
    (q.fit === 'perfect' ? 4 : q.fit === 'good' ? 2 : 0);
  let engagement = Math.min(
    50,
    counters.emailsOpened * 2 +
      counters.emailsClicked * 4 +
      counters.emailsReplied * 8 +
      counters.quoteRequests * 12 +
      counters.downloads * 4 +
      counters.chats * 5 +
      counters.calls * 5 +
      counters.meetings * 8 +
      counters.pageViews +
      counters.formSubmits * 6,
  );
  if (lastInterestAt === null || now - lastInterestAt > 90 * day) engagement *= 0.6;
  let score = info + qualification + engagement;
  if (lead.group === 'spam' || lead.group === 'not_interested') score -= 40;
  return Math.max(0, Math.min(100, Math.round(score)));
}

function tagsFor(trade: DemoTrade, channel: string, random: Random): string[] {
  const tags: string[] = [];
  const add = (tag: string): void => {
    if (!tags.includes(tag)) tags.push(tag);
  };
  const productTags = random.int(0, 2);
  for (let index = 0; index < productTags; index++) add(random.pick(trade.tags));
  if (channel === 'Events') add('trade-show');
  if (random.chance(0.1)) add(random.pick(sellerTags));
  return tags;
}

function sourceDetail(channel: string, product: string): string {
  switch (channel) {
    case 'Get Quote Form':
      return joined('RFQ: ', product);
    case 'Contact Seller Form':
      return joined('Inquiry about ', product);
    case 'Email Campaigns':
      return 'Quarterly product newsletter';
    case 'Online Ads':
      return 'LinkedIn sponsored post';
    case 'Lists':
      return 'Energy buyers list';
    default:
      return '';
  }
}

function between(random: Random, from: number, to: number, share: readonly [number, number]): number {
  const [low, high] = share;
  return from + Math.floor((to - from) * (low + (high - low) * random.next()));
}

/** Lead number `index` of the run seeded with `seed`: the same whatever else is generated. */
export function generateDemoLead(seed: number, index: number, now: number, ownerId: string, teamId: string): Lead {
  const random = createRandom(mixSeed(seed, index));
  const country = pickCountry(random);
  const first = random.pick(country.names.first);
  const last = random.pick(country.names.last);
  const trade = random.pick(demoTrades);
  const prefix = random.pick(country.companyPrefixes);
  const legal = random.pick(country.legalForms);
  const companyName = joined(prefix, ' ', trade.word, ' ', random.pick(companyForms), legal ? ' ' : '', legal);
  const domain = joined(asciiSlug(prefix), asciiSlug(trade.word), '.', country.tld);
  const title = pickJobTitle(random);
  const source = pickSource(random);
  const group = pickGroup(random);
  const product = random.pick(trade.products);

  const leadType: Lead['leadType'] = source.source === 'Power Cozmo Leads' ? (random.chance(0.2) ? 'potential' : 'platform') : 'direct';
  // Unknown visitors identified by reverse IP lookup: a company, no person yet (seed 002).
  const anonymous = leadType === 'potential' && random.chance(0.4);

  const sizeKnown = random.chance(0.85);
  const size = sizeKnown ? Math.max(1, Math.round(pickCompanySize(random) * (0.8 + random.next() * 0.4))) : null;
  const annualRevenue = size !== null && random.chance(0.75) ? size * random.int(60, 400) * 1000 : null;

  const age = Math.floor(Math.pow(random.next(), 1.7) * maxAgeDays * day) + random.int(0, day - 1);
  const createdAt = Math.max(0, now - age);
  const counters = countersFor(group, source.source, random);
  let interestCount = 0;
  for (const key of interestCounters) interestCount += counters[key];
  let activityCount = 0;
  for (const key of activityCounters) activityCount += counters[key];
  const lastInterestAt = interestCount > 0 ? between(random, createdAt, now, recency[group]) : null;
  const lastOtherAt = activityCount > 0 ? between(random, createdAt, now, recency[group]) : null;
  const lastActivityAt = Math.max(createdAt, lastInterestAt ?? 0, lastOtherAt ?? 0);

  const manual = isManualSourceCategory(source.category) === true;
  const email = anonymous ? '' : joined(emailLocalPart(first, last, pickEmailStyle(random), random), '@', domain);
  const phone = anonymous || random.chance(0.08) ? '' : joined('+', country.callingCode, fillPattern(random.pick(country.mobilePatterns), random));
  const qualification = qualificationFor(group, random, size);
  const engagementLevel = group === 'spam' ? null : engagementLevelFor(counters, lastInterestAt, now);
  const [urgencyLow, urgencyHigh] = engagementLevel ? urgencyRange[engagementLevel] : [0, 0];
  const suppressed = group === 'spam' || group === 'not_interested';
  const unsubscribed = group === 'not_interested' ? random.chance(0.4) : random.chance(0.02);

  const jobTitle = anonymous ? '' : title.title;
  const company: Lead['company'] = {
    name: companyName,
    size,
    annualRevenue,
    industry: random.pick(trade.industries),
    website: random.chance(0.7) ? joined('https://www.', domain) : '',
  };
  const score = demoScore({ email, phone, jobTitle, company, qualification, counters, group }, lastInterestAt, now);

  return {
    id: demoLeadId(seed, index),
    ownerId,
    teamId,
    createdAt,
    updatedAt: lastActivityAt,
    name: anonymous ? '' : joined(first, ' ', last),
    email,
    phone,
    company,
    jobTitle,
    department: anonymous ? '' : title.department,
    country: country.code,
    source: {
      category: source.category,
      channel: source.source,
      detail: sourceDetail(source.source, product),
      event: source.source === 'Events' ? joined(random.pick(demoTradeShows), ' ', new Date(createdAt).getUTCFullYear()) : '',
      capturedBy: manual ? ownerId : '',
      captureSessionId: '',
    },
    leadType,
    group,
    stage: stageFor(group, counters, random),
    qualification,
    tags: tagsFor(trade, source.source, random),
    counters,
    consent: {
      marketingOptIn: !unsubscribed && random.chance(manual ? 0.3 : 0.5),
      unsubscribed,
      bounced: email !== '' && random.chance(group === 'spam' ? 0.2 : 0.02),
    },
    lastInterestAt,
    lastActivityAt,
    score,
    scoreBreakdown: [],
    temperature: temperatureFor(score, defaultScoringModel.bands),
    engagementLevel,
    urgency: random.int(urgencyLow, urgencyHigh),
    nextFollowUpAt: engagementLevel && !suppressed ? lastActivityAt + followUpDays[engagementLevel] * day : null,
    conversion: null,
    customFields: {},
    priority: null,
    scoreAdjustment: 0,
    lastEventAt: lastEventTimes(counters, lastInterestAt, lastOtherAt),
    ruleRuns: {},
    platformFacts: {},
  };
}

/**
 * The demo keeps no events, only counters and two times: each counted event type gets the time
 * of its kind (interest or other activity), so action-specific time untouched has a value.
 */
function lastEventTimes(counters: Lead['counters'], lastInterestAt: number | null, lastOtherAt: number | null): Record<string, number> {
  const times: Record<string, number> = {};
  for (const { type, counter, interest } of eventTimeSources) {
    if (counters[counter] === 0) continue;
    const at = interest ? lastInterestAt : lastOtherAt;
    if (at !== null) times[type] = at;
  }
  return times;
}

/** Each counted event type with its counter and kind, worked out once (the generator runs per lead). */
const eventTimeSources = Object.entries(counterOfEvent).flatMap(([type, counter]) =>
  counter === undefined ? [] : [{ type, counter, interest: (interestCounters as readonly string[]).includes(counter) }],
);

/**
 * `count` realistic marketplace leads, the same for the same seed (ids `demo-<seed>-<index>`).
 * Throws a RangeError on arguments that are not usable, since that is a programming error.
 */
export function generateDemoLeads(options: DemoLeadOptions): Lead[] {
  const { count, seed, now, ownerId, teamId, startIndex = 0 } = options;
  if (!Number.isSafeInteger(count) || count < 0 || count > maxCount) throw new RangeError(`count must be a whole number from 0 to ${maxCount}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError('seed must be a whole number');
  if (!Number.isSafeInteger(now) || now < 0) throw new RangeError('now must be a time in epoch milliseconds');
  if (!Number.isSafeInteger(startIndex) || startIndex < 0) throw new RangeError('startIndex must be a whole number of 0 or more');
  if (ownerId === '' || teamId === '') throw new RangeError('ownerId and teamId are required');
  const leads: Lead[] = new Array<Lead>(count);
  for (let offset = 0; offset < count; offset++) leads[offset] = generateDemoLead(seed, startIndex + offset, now, ownerId, teamId);
  return leads;
}
