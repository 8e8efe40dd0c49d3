import type { Lead } from '../model/lead';

/**
 * The lead facts a rule can test (issue 5 groundwork), each with its data type: the type decides
 * which operators apply (seed 002 lists operators by data type). Readers are pure: time is an
 * argument, so "time untouched" is judged at the moment of evaluation.
 */

/** custom: a custom field, whose values may be text, numbers or yes/no. */
export type CriterionType = 'text' | 'number' | 'tags' | 'yes_no' | 'custom';

/** What a reader returns: null when the lead has no value ("is empty"). */
export type CriterionValue = string | number | boolean | readonly string[] | null;

export interface CriterionDefinition {
  id: string;
  label: string;
  type: CriterionType;
  read(lead: Lead, now: number): CriterionValue;
}

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

const text = (id: string, label: string, read: (lead: Lead) => string): CriterionDefinition => ({
  id,
  label,
  type: 'text',
  read: (lead) => {
    const value = read(lead).trim();
    return value === '' ? null : value;
  },
});

const number = (id: string, label: string, read: (lead: Lead, now: number) => number | null): CriterionDefinition => ({ id, label, type: 'number', read });

/** Whole hours since a moment; null when it never happened. A clock behind the moment reads 0. */
function hoursSince(at: number | null, now: number): number | null {
  return at === null ? null : Math.max(0, Math.floor((now - at) / hourMs));
}

function daysSince(at: number | null, now: number): number | null {
  return at === null ? null : Math.max(0, Math.floor((now - at) / dayMs));
}

export const criteriaCatalogue: readonly CriterionDefinition[] = [
  text('name', 'Name', (l) => l.name),
  text('email', 'Email', (l) => l.email),
  text('phone', 'Phone', (l) => l.phone),
  text('jobTitle', 'Job title', (l) => l.jobTitle),
  text('department', 'Department', (l) => l.department),
  text('country', 'Country', (l) => l.country),
  text('company.name', 'Company', (l) => l.company.name),
  text('company.industry', 'Industry', (l) => l.company.industry),
  text('company.website', 'Website', (l) => l.company.website),
  number('company.size', 'Company size (employees)', (l) => l.company.size),
  number('company.annualRevenue', 'Annual revenue (USD)', (l) => l.company.annualRevenue),
  text('source.category', 'Lead source category', (l) => l.source.category),
  text('source.channel', 'Lead source', (l) => l.source.channel),
  text('source.event', 'Event or campaign', (l) => l.source.event),
  text('leadType', 'Lead type', (l) => l.leadType),
  text('group', 'Group', (l) => l.group),
  text('stage', 'Customer stage', (l) => l.stage),
  { id: 'tags', label: 'Tags', type: 'tags', read: (l) => l.tags },
  number('score', 'Score', (l) => l.score),
  text('temperature', 'Temperature', (l) => l.temperature),
  text('engagementLevel', 'Engagement level', (l) => l.engagementLevel ?? ''),
  number('urgency', 'Urgency', (l) => l.urgency),
  text('qualification.budget', 'Budget', (l) => l.qualification.budget),
  number('qualification.budgetAmount', 'Budget amount', (l) => l.qualification.budgetAmount),
  text('qualification.authority', 'Authority', (l) => l.qualification.authority),
  text('qualification.need', 'Need', (l) => l.qualification.need),
  text('qualification.timeline', 'Timeline', (l) => l.qualification.timeline),
  text('qualification.fit', 'Fit', (l) => l.qualification.fit),
  { id: 'qualification.challenges', label: 'Challenges', type: 'tags', read: (l) => l.qualification.challenges },
  { id: 'consent.unsubscribed', label: 'Unsubscribed', type: 'yes_no', read: (l) => l.consent.unsubscribed },
  { id: 'consent.bounced', label: 'Email bounced', type: 'yes_no', read: (l) => l.consent.bounced },
  number('counters.emailsOpened', 'Emails opened', (l) => l.counters.emailsOpened),
  number('counters.emailsReplied', 'Emails replied', (l) => l.counters.emailsReplied),
  number('counters.quoteRequests', 'Quote requests', (l) => l.counters.quoteRequests),
  number('counters.downloads', 'Downloads', (l) => l.counters.downloads),
  number('counters.pageViews', 'Page views', (l) => l.counters.pageViews),
  number('counters.meetings', 'Meetings', (l) => l.counters.meetings),
  // Seed 002 "Time untouched": since the last sign of active interest, or since the lead arrived.
  number('timeUntouchedHours', 'Time untouched (hours)', (l, now) => hoursSince(l.lastInterestAt ?? l.createdAt, now)),
  number('daysSinceLastActivity', 'Days since any activity', (l, now) => daysSince(l.lastActivityAt, now)),
  number('leadAgeDays', 'Days since the lead arrived', (l, now) => daysSince(l.createdAt, now)),
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
    read: (lead) => {
      const value = lead.customFields[key];
      if (value === undefined || value === null) return null;
      if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
      return value;
    },
  };
}
