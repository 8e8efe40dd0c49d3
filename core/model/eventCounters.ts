import type { LeadEventType } from './event';
import type { engagementCounters } from './lead';

type CounterName = keyof (typeof engagementCounters)['shape'];

/** Which running count of a lead (lead.counters) an event adds one to. */
export const counterOfEvent: Readonly<Partial<Record<LeadEventType, CounterName>>> = {
  email_sent: 'emailsSent',
  email_open: 'emailsOpened',
  email_click: 'emailsClicked',
  email_reply: 'emailsReplied',
  quote_request: 'quoteRequests',
  page_view: 'pageViews',
  download: 'downloads',
  chat: 'chats',
  call: 'calls',
  meeting: 'meetings',
  form_submit: 'formSubmits',
};
