import type { EngagementFilterValue, EngagementLevel } from '../../../../core/list/types';
import { notAssessed } from '../../../../core/list/types';
import type { Email, EmailKind } from '../../../../core/model/email';
import { authorOf, enteredStatusAt } from './emailWords';

export const ageFilters = [
  { id: 'any', label: 'Any age', minMs: 0 },
  { id: 'hour', label: 'Waiting over 1 hour', minMs: 3_600_000 },
  { id: 'day', label: 'Waiting over 1 day', minMs: 86_400_000 },
  { id: 'three-days', label: 'Waiting over 3 days', minMs: 3 * 86_400_000 },
  { id: 'week', label: 'Waiting over a week', minMs: 7 * 86_400_000 },
] as const;
export type AgeFilter = (typeof ageFilters)[number]['id'];

export interface QueueFilters {
  kind: EmailKind | 'all';
  level: EngagementFilterValue | 'all';
  age: AgeFilter;
  /** An author's user id. */
  author: string | 'all';
}

export const noQueueFilters: QueueFilters = { kind: 'all', level: 'all', age: 'any', author: 'all' };

export function isFiltered(filters: QueueFilters): boolean {
  return filters.kind !== 'all' || filters.level !== 'all' || filters.age !== 'any' || filters.author !== 'all';
}

/**
 * The emails that pass the filters, the longest waiting first (a queue is worked oldest first).
 * `levelOf` answers from the lead list; a lead not in the list counts as not assessed.
 */
export function filterQueue(emails: readonly Email[], filters: QueueFilters, levelOf: (leadId: string) => EngagementLevel | null, now: number): Email[] {
  const minAge = ageFilters.find((age) => age.id === filters.age)?.minMs ?? 0;
  return emails
    .filter((email) => {
      if (filters.kind !== 'all' && email.kind !== filters.kind) return false;
      if (filters.author !== 'all' && authorOf(email).id !== filters.author) return false;
      if (minAge > 0 && now - enteredStatusAt(email) < minAge) return false;
      if (filters.level !== 'all') {
        const level = levelOf(email.leadId);
        if (filters.level === notAssessed ? level !== null : level !== filters.level) return false;
      }
      return true;
    })
    .sort((a, b) => enteredStatusAt(a) - enteredStatusAt(b) || a.id.localeCompare(b.id));
}

/** The distinct authors of these emails, by name, for the author filter. */
export function authorsOf(emails: readonly Email[]): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const email of emails) {
    const author = authorOf(email);
    if (!byId.has(author.id)) byId.set(author.id, author.name);
  }
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
