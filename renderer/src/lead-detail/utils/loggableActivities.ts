import type { LeadEventType } from '../../../../core/model/event';

export interface LoggableActivity {
  type: LeadEventType;
  label: string;
}

/** What a seller can log by hand, in their words: the buyer activities that move score and level. */
export const loggableActivities: readonly LoggableActivity[] = [
  { type: 'quote_request', label: 'Quote request' },
  { type: 'call', label: 'Call' },
  { type: 'meeting', label: 'Meeting' },
  { type: 'email_reply', label: 'Email reply' },
  { type: 'email_open', label: 'Email opened' },
  { type: 'page_view', label: 'Page view' },
  { type: 'download', label: 'Download' },
  { type: 'chat', label: 'Chat' },
];

export type ActivityWhen = { ok: true; at: number | undefined } | { ok: false; message: string };

/**
 * The "when" of a logged activity from a datetime-local value: empty means now (undefined, the
 * data layer stamps it), a time in the future is refused (it would count as engagement later).
 */
export function parseActivityWhen(raw: string, now: number): ActivityWhen {
  if (raw.trim() === '') return { ok: true, at: undefined };
  const at = new Date(raw).getTime();
  if (!Number.isFinite(at)) return { ok: false, message: 'Pick a date and time' };
  // A minute of slack: the clock shown to the seller ticks once a minute.
  if (at > now + 60_000) return { ok: false, message: 'That time is in the future' };
  return { ok: true, at };
}

/** The event data for a logged activity: the seller's note when there is one (the actor says who logged it). */
export function activityData(note: string): Record<string, string> {
  const clean = note.trim().slice(0, 2000);
  return clean === '' ? {} : { note: clean };
}
