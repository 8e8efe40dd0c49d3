import { z } from 'zod';
import { engagementLevels } from '../model/lead';
import { customerStageIds } from '../reference/customerStages';

/**
 * Seed 000's engagement thresholds as data, so a settings screen can edit them. assessEngagement
 * reads nothing else: every number that decides a level, an urgency or a follow-up date is here.
 */

export type EngagementLevel = (typeof engagementLevels)[number];

export const followUpActions = ['follow_up', 'archive', 're_engage'] as const;
export type FollowUpAction = (typeof followUpActions)[number];

/** What a pipeline stage transition waits for (seed 000, "Pipeline Stage Transitions"). */
export const stageSignals = ['asked_questions', 'requested_specs', 'requested_sample', 'requested_quote', 'agreed_terms'] as const;
export type StageSignal = (typeof stageSignals)[number];

const days = z.number().min(0).max(3650);
const count = z.number().int().min(1).max(100);

const urgencyRange = z
  .object({
    min: z.number().int().min(0).max(10),
    max: z.number().int().min(0).max(10),
    /** Urgency slides from the top of the range down to its bottom over this many days of silence. */
    recencyDays: z.number().min(1).max(3650),
  })
  .refine((range) => range.min <= range.max, { message: 'the lowest urgency must not exceed the highest' });

const followUpStep = z.object({
  action: z.enum(followUpActions),
  /** Days after the last signal (or the first contact) when this step is due: 5, 10, 15 = every five days. */
  afterDays: days,
  /** What the seller should do, in their words. */
  label: z.string().min(1).max(200),
});
export type FollowUpStep = z.infer<typeof followUpStep>;

const followUpTable = z.array(followUpStep).max(10);

const perLevel = <T extends z.ZodType>(schema: T) =>
  z.object({ HOT: schema, WARM: schema, INTERESTED: schema, COLD: schema, UNRESPONSIVE: schema });

export const engagementSettings = z
  .object({
    silence: z.object({
      /** Seed 000 COLD: "no response after 7+ days". A silent HOT lead cools to WARM, a passive one goes COLD. */
      shortDays: days,
      /** After this long without any response even a WARM lead is COLD. */
      longDays: days,
    }),
    /** Seed 000 UNRESPONSIVE: "3+ emails sent over 14+ days" with no opens, clicks or replies since. */
    unresponsive: z.object({ minEmails: count, overDays: days }),
    /** How long a signal keeps its weight: strong ones (quote, sample, meeting) make a lead HOT, the rest WARM. */
    signalWindows: z.object({ strongDays: days, engagedDays: days }),
    /** Seed 000 HOT: "replied to multiple emails". */
    multipleReplies: z.number().int().min(2).max(100),
    /** Seed 000 WARM: "opened emails consistently" = this many different emails opened recently. */
    consistentOpens: count,
    /** A lead with no contact at all yet should hear from the seller within this many days of arriving. */
    firstContactDays: days,
    /** Seed 000 urgency score per level (HOT 8–10 … UNRESPONSIVE 0). */
    urgency: perLevel(urgencyRange),
    /** Seed 000 "Automated Follow-up Timing", one row per level. */
    followUp: perLevel(followUpTable),
    /** Seed 000 pipeline stages 1–6, each mapped onto the nearest seed 004 customer stage. */
    pipelineStages: z
      .array(
        z.object({
          pipelineStage: z.number().int().min(1).max(50),
          name: z.string().min(1).max(60),
          customerStage: z.enum(customerStageIds).nullable(),
        }),
      )
      .max(50),
    /** Seed 000 "Pipeline Stage Transitions": a level (or better) plus a signal suggests a stage. */
    stageTransitions: z
      .array(z.object({ pipelineStage: z.number().int().min(1).max(50), minLevel: z.enum(engagementLevels), signal: z.enum(stageSignals) }))
      .max(50),
  })
  .refine((s) => s.silence.shortDays <= s.silence.longDays, { message: 'the short silence must not be longer than the long one', path: ['silence'] });

export type EngagementSettings = z.infer<typeof engagementSettings>;

export const defaultEngagementSettings: EngagementSettings = {
  silence: { shortDays: 7, longDays: 14 },
  unresponsive: { minEmails: 3, overDays: 14 },
  // Our choice (seed 000 names no window): a quote request is worth a HOT call for two weeks,
  // a reply or a click keeps a lead WARM for a month if it still opens or browses.
  signalWindows: { strongDays: 14, engagedDays: 30 },
  multipleReplies: 2,
  consistentOpens: 3,
  // Seed 002's example rule: "Time Untouched > 24 Hours" → welcome email.
  firstContactDays: 1,
  urgency: {
    HOT: { min: 8, max: 10, recencyDays: 7 },
    WARM: { min: 5, max: 7, recencyDays: 14 },
    INTERESTED: { min: 3, max: 5, recencyDays: 7 },
    COLD: { min: 1, max: 3, recencyDays: 30 },
    UNRESPONSIVE: { min: 0, max: 0, recencyDays: 1 },
  },
  followUp: {
    HOT: [
      { action: 'follow_up', afterDays: 1, label: 'Call them and send a detailed quotation' },
      // "Same day if urgent": due as soon as the first follow-up is out.
      { action: 'follow_up', afterDays: 1, label: 'Follow up again the same day if it is urgent' },
    ],
    WARM: [
      { action: 'follow_up', afterDays: 3, label: 'Send more value: a case study or whitepaper' },
      { action: 'follow_up', afterDays: 5, label: 'Offer a free consultation call' },
      { action: 'follow_up', afterDays: 10, label: 'Follow up with answers to their questions' },
    ],
    INTERESTED: [
      { action: 'follow_up', afterDays: 5, label: 'Try a different angle or offer' },
      { action: 'follow_up', afterDays: 10, label: 'Share testimonials or certifications' },
      { action: 'follow_up', afterDays: 15, label: 'Offer a low-commitment resource' },
    ],
    COLD: [
      { action: 'follow_up', afterDays: 7, label: 'Try a different subject line or angle' },
      { action: 'follow_up', afterDays: 14, label: 'Send a break-up email or try another contact' },
      // Seed 000 says only "Archive"; a week after the second follow-up keeps COLD's weekly pace.
      { action: 'archive', afterDays: 21, label: 'Archive the lead' },
    ],
    UNRESPONSIVE: [
      { action: 'archive', afterDays: 0, label: 'Pause emails and archive the lead' },
      { action: 're_engage', afterDays: 90, label: 'Re-engage with a fresh angle or another contact' },
    ],
  },
  // Nearest seed 004 stage: seed 000 keeps a lead that only opened emails in Prospecting, and
  // seed 004 calls an opened email Initial Contact; asking questions is messaging (Primary Leads);
  // specs and samples are requests like a quote request (Intentional Leads); negotiating and
  // agreeing terms confirm the purchase intention, but only a purchase makes a Closed Customer.
  pipelineStages: [
    { pipelineStage: 1, name: 'Prospecting', customerStage: 'initial_contact' },
    { pipelineStage: 2, name: 'Initial Contact', customerStage: 'primary_leads' },
    { pipelineStage: 3, name: 'Qualification', customerStage: 'intentional_leads' },
    { pipelineStage: 4, name: 'Sample & Testing', customerStage: 'intentional_leads' },
    { pipelineStage: 5, name: 'Negotiation', customerStage: 'confirmed_leads' },
    { pipelineStage: 6, name: 'Contract', customerStage: 'confirmed_leads' },
  ],
  stageTransitions: [
    { pipelineStage: 2, minLevel: 'INTERESTED', signal: 'asked_questions' },
    { pipelineStage: 3, minLevel: 'WARM', signal: 'requested_specs' },
    { pipelineStage: 4, minLevel: 'WARM', signal: 'requested_sample' },
    { pipelineStage: 5, minLevel: 'HOT', signal: 'requested_quote' },
    { pipelineStage: 6, minLevel: 'HOT', signal: 'agreed_terms' },
  ],
};

/** Levels from best to worst; a higher rank is a warmer lead. */
export function levelRank(level: EngagementLevel): number {
  return engagementLevels.length - 1 - engagementLevels.indexOf(level);
}
