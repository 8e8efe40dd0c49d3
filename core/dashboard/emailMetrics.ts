import { isInRange, type TimeRange } from './dateRange';
import { rateOf } from './leadsInRange';

/** What the dashboard reads of an email document. */
export interface EmailFacts {
  createdAt: number;
  approvedAt: number | null;
}

/** Email events within the range (email_sent, email_open, email_reply, email_bounce). */
export interface EmailEventCounts {
  sent: number;
  opened: number;
  replied: number;
  bounced: number;
}

export const emailEventTypes = { sent: 'email_sent', opened: 'email_open', replied: 'email_reply', bounced: 'email_bounce' } as const;

export interface EmailMetrics {
  /** Emails written in the period (every email starts as a draft). */
  drafted: number;
  /** Emails approved in the period. */
  approved: number;
  sent: number;
  opened: number;
  replied: number;
  bounced: number;
  /** approved ÷ drafted, opened ÷ sent, replied ÷ sent, bounced ÷ sent; null when nothing to divide. */
  approvalRate: number | null;
  openRate: number | null;
  replyRate: number | null;
  bounceRate: number | null;
}

/** Seed 001's engagement target: an open rate above 25%. */
export const openRateTarget = 0.25;

/**
 * Drafted and approved come from the emails (their created and approved times); sent, opened,
 * replied and bounced from the leads' email events, which is where sending, the platform's
 * open tracking and recorded replies and bounces all land.
 */
export function emailMetrics(emails: readonly EmailFacts[], events: EmailEventCounts, range: TimeRange): EmailMetrics {
  let drafted = 0;
  let approved = 0;
  for (const email of emails) {
    if (isInRange(email.createdAt, range)) drafted += 1;
    if (email.approvedAt !== null && isInRange(email.approvedAt, range)) approved += 1;
  }
  const { sent, opened, replied, bounced } = events;
  return {
    drafted,
    approved,
    sent,
    opened,
    replied,
    bounced,
    approvalRate: rateOf(approved, drafted),
    openRate: rateOf(opened, sent),
    replyRate: rateOf(replied, sent),
    bounceRate: rateOf(bounced, sent),
  };
}
