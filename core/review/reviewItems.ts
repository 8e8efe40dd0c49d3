/**
 * Seed 000's "Daily Review Checklist", item by item, with what each one counts. The words in
 * `counts` are shown to the seller as the definition; reviewCounts.ts implements them.
 */

export const reviewSections = [
  { id: 'morning', title: 'Morning', minutes: 15 },
  { id: 'afternoon', title: 'Afternoon', minutes: 10 },
  { id: 'end-of-day', title: 'End of day', minutes: 5 },
] as const;
export type ReviewSectionId = (typeof reviewSections)[number]['id'];

export const reviewItemIds = [
  'hot-alerts',
  'follow-ups',
  'approve-emails',
  'hot-first',
  'new-replies',
  'engagement-notes',
  'schedule-hot-calls',
  'dashboard-metrics',
  'plan-tomorrow',
  'custom-actions',
] as const;
export type ReviewItemId = (typeof reviewItemIds)[number];

export interface ReviewItemDefinition {
  id: ReviewItemId;
  section: ReviewSectionId;
  /** The seed's words. */
  title: string;
  /** What the count counts, precisely, in the seller's words. */
  counts: string;
  /** The counted things, singular and plural ("HOT lead", "HOT leads"). */
  unit: readonly [string, string];
}

export const reviewItems: readonly ReviewItemDefinition[] = [
  {
    id: 'hot-alerts',
    section: 'morning',
    title: 'Check HOT leads alert list',
    counts: 'Leads whose engagement level is HOT now: every lead on the Hot leads alert list.',
    unit: ['HOT lead', 'HOT leads'],
  },
  {
    id: 'follow-ups',
    section: 'morning',
    title: 'Review pending follow-ups',
    counts: 'Open reminders (call, email, meeting, follow-up) due by now, overdue ones included: the Due and overdue list.',
    unit: ['reminder due', 'reminders due'],
  },
  {
    id: 'approve-emails',
    section: 'morning',
    title: 'Approve automated emails',
    counts:
      'Emails waiting for approval that you may approve or reject: your own team’s, where the approval policy lets their author approve (yours) or needs a manager (when you are one).',
    unit: ['email to approve', 'emails to approve'],
  },
  {
    id: 'hot-first',
    section: 'morning',
    title: 'Respond to HOT leads first',
    counts:
      'HOT leads waiting for your answer: their last sign of interest (a reply, quote request, chat, download, form, questionnaire, or a call or meeting) is later than your last email sent, call or meeting with them, and no answer to them you wrote since (a follow-up, quote, reply or other email; not a questionnaire, nurture or marketing email, nor one a rule drafted) is in drafts, waiting for approval or about to be sent.',
    unit: ['HOT lead waiting', 'HOT leads waiting'],
  },
  {
    id: 'new-replies',
    section: 'afternoon',
    title: 'Check new replies',
    counts:
      'Leads who replied to an email today (since midnight, your time) and have not been answered since: no email sent, call or meeting after the reply, and no answer to them you wrote after it (a follow-up, quote, reply or other email; not a questionnaire, nurture or marketing email, nor one a rule drafted) in drafts, waiting for approval or about to be sent.',
    unit: ['unanswered reply', 'unanswered replies'],
  },
  {
    id: 'engagement-notes',
    section: 'afternoon',
    title: 'Update engagement notes',
    counts: 'Leads you were in conversation with today (a reply, chat, call or meeting since midnight) with no note written on the lead since that conversation.',
    unit: ['lead without a note', 'leads without a note'],
  },
  {
    id: 'schedule-hot-calls',
    section: 'afternoon',
    title: 'Schedule calls with HOT leads',
    counts: 'HOT leads with no open call or meeting reminder, whatever its date.',
    unit: ['HOT lead without a call', 'HOT leads without a call'],
  },
  {
    id: 'dashboard-metrics',
    section: 'end-of-day',
    title: 'Review dashboard metrics',
    counts: 'Leads with activity today (since midnight, your time): created, edited, moved, or with an event, note or reminder. None means nothing moved today.',
    unit: ['lead active today', 'leads active today'],
  },
  {
    id: 'plan-tomorrow',
    section: 'end-of-day',
    title: 'Plan tomorrow’s priorities',
    counts: 'HOT and WARM leads with nothing planned: no open reminder of any kind.',
    unit: ['priority lead unplanned', 'priority leads unplanned'],
  },
  {
    id: 'custom-actions',
    section: 'end-of-day',
    title: 'Update any custom actions needed',
    counts: 'Rules (your automatic custom actions) switched on that need updating: they cannot run as stored (for example a group they move leads to was deleted) or are past their sunset.',
    unit: ['rule to update', 'rules to update'],
  },
];

export function isReviewItemId(value: unknown): value is ReviewItemId {
  return typeof value === 'string' && (reviewItemIds as readonly string[]).includes(value);
}

/** "3 HOT leads", "1 reminder due", "no emails to approve". */
export function describeCount(item: Pick<ReviewItemDefinition, 'unit'>, count: number): string {
  const [one, many] = item.unit;
  if (count === 0) return `no ${many}`;
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
