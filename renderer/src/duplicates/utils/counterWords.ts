import type { Lead } from '../../../../core/model/lead';

const words: Record<keyof Lead['counters'], [string, string]> = {
  emailsSent: ['email sent', 'emails sent'],
  emailsOpened: ['email opened', 'emails opened'],
  emailsClicked: ['email clicked', 'emails clicked'],
  emailsReplied: ['reply', 'replies'],
  quoteRequests: ['quote request', 'quote requests'],
  pageViews: ['page view', 'page views'],
  downloads: ['download', 'downloads'],
  chats: ['chat', 'chats'],
  calls: ['call', 'calls'],
  meetings: ['meeting', 'meetings'],
  formSubmits: ['form', 'forms'],
};

/** "3 quote requests, 1 call" — the counters that are not zero; '' when all are. */
export function counterWords(counters: Lead['counters']): string {
  return (Object.keys(words) as (keyof Lead['counters'])[])
    .filter((key) => counters[key] > 0)
    .map((key) => `${counters[key]} ${words[key][counters[key] === 1 ? 0 : 1]}`)
    .join(', ');
}
