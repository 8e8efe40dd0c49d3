import { z } from 'zod';
import { baseDocument, epochMs } from './base';

export const leadTypes = ['direct', 'platform', 'potential'] as const;
export const temperatures = ['hot', 'warm', 'cool', 'cold'] as const;
export const engagementLevels = ['HOT', 'WARM', 'INTERESTED', 'COLD', 'UNRESPONSIVE'] as const;

const shortText = z.string().max(200);

export const leadCompany = z.object({
  name: shortText.default(''),
  /** Number of employees. */
  size: z.number().int().min(0).nullable().default(null),
  /** Annual revenue in US dollars. */
  annualRevenue: z.number().min(0).nullable().default(null),
  industry: shortText.default(''),
  website: z.string().max(500).default(''),
});

export const leadSource = z.object({
  /** Category from seed 002's lead source table, e.g. "Offline Channels". */
  category: shortText.default(''),
  /** Lead source within the category, e.g. "Events", "Business Cards". */
  channel: shortText.default(''),
  detail: z.string().max(500).default(''),
  /** Trade show or campaign name. */
  event: shortText.default(''),
  capturedBy: shortText.default(''),
  captureSessionId: z.string().max(64).default(''),
});

export const leadQualification = z.object({
  budget: shortText.default(''),
  budgetAmount: z.number().min(0).nullable().default(null),
  budgetCurrency: z.string().max(3).default(''),
  authority: shortText.default(''),
  need: shortText.default(''),
  timeline: shortText.default(''),
  challenges: z.array(shortText).max(50).default([]),
  fit: shortText.default(''),
});

export const leadConsent = z.object({
  marketingOptIn: z.boolean().default(false),
  unsubscribed: z.boolean().default(false),
  bounced: z.boolean().default(false),
});

/** Running counts fed by events; scoring reads them instead of rescanning the event log. */
export const engagementCounters = z.object({
  emailsSent: z.number().int().min(0).default(0),
  emailsOpened: z.number().int().min(0).default(0),
  emailsClicked: z.number().int().min(0).default(0),
  emailsReplied: z.number().int().min(0).default(0),
  quoteRequests: z.number().int().min(0).default(0),
  pageViews: z.number().int().min(0).default(0),
  downloads: z.number().int().min(0).default(0),
  chats: z.number().int().min(0).default(0),
  calls: z.number().int().min(0).default(0),
  meetings: z.number().int().min(0).default(0),
  formSubmits: z.number().int().min(0).default(0),
});

export const scoreLine = z.object({
  criterion: shortText,
  points: z.number(),
  maxPoints: z.number(),
  weight: z.number(),
  reason: z.string().max(500),
});

export const customFieldValue = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);

export const leadPriorities = ['high', 'medium', 'low'] as const;

/** What one rule has done to one lead: the basis of one-time, periodic and in-cycle runs. */
export const ruleRun = z.object({
  count: z.number().int().min(1),
  firstAt: epochMs,
  lastAt: epochMs,
  /** The rule's definition version at the last run. */
  version: z.number().int().min(1),
});
export type RuleRun = z.infer<typeof ruleRun>;

export const lead = baseDocument.extend({
  name: shortText.default(''),
  email: z.string().max(254).default(''),
  phone: z.string().max(32).default(''),
  company: leadCompany.default(leadCompany.parse({})),
  jobTitle: shortText.default(''),
  department: shortText.default(''),
  /** ISO 3166-1 alpha-2, or '' when unknown. */
  country: z.string().regex(/^([A-Z]{2})?$/, 'country must be an ISO 3166 alpha-2 code').default(''),
  source: leadSource.default(leadSource.parse({})),
  leadType: z.enum(leadTypes).default('direct'),
  /** Group id (seed 002's eight groups or a user-defined one). */
  group: z.string().min(1).max(64).default('untouched'),
  /** Customer stage id (seed 004). */
  stage: z.string().min(1).max(64).default('unknown'),
  qualification: leadQualification.default(leadQualification.parse({})),
  tags: z.array(z.string().min(1).max(60)).max(100).default([]),
  consent: leadConsent.default(leadConsent.parse({})),
  counters: engagementCounters.default(engagementCounters.parse({})),
  /** Last event that showed active interest: the basis of "time untouched". */
  lastInterestAt: epochMs.nullable().default(null),
  /** Last event of any kind (shown in the list). */
  lastActivityAt: epochMs.nullable().default(null),
  score: z.number().min(0).max(100).default(0),
  scoreBreakdown: z.array(scoreLine).max(200).default([]),
  temperature: z.enum(temperatures).default('cold'),
  engagementLevel: z.enum(engagementLevels).nullable().default(null),
  urgency: z.number().min(0).max(10).default(0),
  nextFollowUpAt: epochMs.nullable().default(null),
  conversion: z
    .object({ contactId: z.string().max(64), accountId: z.string().max(64).nullable(), convertedAt: epochMs })
    .nullable()
    .default(null),
  customFields: z.record(z.string().max(60), customFieldValue).default({}),
  /** Seed 002 "Set priority level (High, Medium, Low)"; null until a seller or a rule sets it. */
  priority: z.enum(leadPriorities).nullable().default(null),
  /** Points a rule added to or took off the score ("adjust score by points"); scoring adds them. */
  scoreAdjustment: z.number().min(-100).max(100).default(0),
  /** Latest time of each event type: the basis of action-specific time untouched (seed 002). */
  lastEventAt: z.record(z.string().max(40), epochMs).default({}),
  /** Per rule id: how often and when it acted on this lead (issue 5). */
  ruleRuns: z.record(z.string().max(64), ruleRun).default({}),
  /** Power Cozmo analytics about the buyer (seed 002 G4/G5), as the platform reports them. */
  platformFacts: z.record(z.string().max(60), customFieldValue).default({}),
});
export type Lead = z.infer<typeof lead>;
export type LeadInput = z.input<typeof lead>;
export type LeadCompany = z.infer<typeof leadCompany>;
export type LeadSource = z.infer<typeof leadSource>;
