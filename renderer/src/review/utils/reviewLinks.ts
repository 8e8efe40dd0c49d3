import type { ReviewItemId } from '../../../../core/review/reviewItems';

export interface ReviewLink {
  href: string;
  /** What opens, in words ("Open the Hot leads alert list"). */
  label: string;
}

/**
 * Where each item is worked on. Lead items whose leads the list cannot select exactly (replies,
 * notes) open the list with the latest activity first; the exact leads are listed on the item.
 */
export const reviewLinks: Record<ReviewItemId, ReviewLink> = {
  'hot-alerts': { href: '#/hot', label: 'Open the Hot leads alert list' },
  'follow-ups': { href: '#/reminders', label: 'Open Due and overdue reminders' },
  'approve-emails': { href: '#/approvals', label: 'Open the approval queue' },
  'hot-first': { href: '#/leads?engagement=HOT&sort=urgency:desc', label: 'Open HOT leads, most urgent first' },
  'new-replies': { href: '#/leads?sort=lastActivityAt:desc', label: 'Open leads, latest activity first' },
  'engagement-notes': { href: '#/leads?sort=lastActivityAt:desc', label: 'Open leads, latest activity first' },
  'schedule-hot-calls': { href: '#/leads?engagement=HOT&sort=urgency:desc', label: 'Open HOT leads, most urgent first' },
  'dashboard-metrics': { href: '#/dashboard', label: 'Open the dashboard' },
  'plan-tomorrow': { href: '#/leads?engagement=HOT,WARM&sort=urgency:desc', label: 'Open HOT and WARM leads, most urgent first' },
  'custom-actions': { href: '#/rules', label: 'Open Rules' },
};
