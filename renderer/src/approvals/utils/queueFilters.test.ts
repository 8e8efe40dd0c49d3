import { describe, expect, it } from 'vitest';
import type { EngagementLevel } from '../../../../core/list/types';
import { email as emailSchema, type Email, type EmailInput } from '../../../../core/model/email';
import { authorsOf, filterQueue, isFiltered, noQueueFilters } from './queueFilters';

const hour = 3_600_000;
const now = 1_800_000_000_000;

function pending(id: string, overrides: Partial<EmailInput> & { waitingHours: number; author?: string }): Email {
  const { waitingHours, author = 'u1', ...rest } = overrides;
  const submittedAt = now - waitingHours * hour;
  return emailSchema.parse({
    id,
    ownerId: author,
    teamId: 't1',
    createdAt: submittedAt - 1000,
    updatedAt: submittedAt,
    leadId: `lead-${id}`,
    kind: 'follow_up',
    origin: 'template',
    status: 'pending_approval',
    auditTrail: [
      { from: null, to: 'draft', at: submittedAt - 1000, actor: { kind: 'user', id: author, name: author === 'u1' ? 'Rana' : 'Omar' } },
      { from: 'draft', to: 'pending_approval', at: submittedAt, actor: { kind: 'user', id: author } },
    ],
    ...rest,
  });
}

const levels: Record<string, EngagementLevel | null> = { 'lead-a': 'HOT', 'lead-b': 'COLD', 'lead-c': null };
const levelOf = (leadId: string) => levels[leadId] ?? null;

describe('filterQueue', () => {
  const emails = [
    pending('a', { waitingHours: 2 }),
    pending('b', { waitingHours: 30, kind: 'nurture', author: 'u2' }),
    pending('c', { waitingHours: 0.5, kind: 'marketing' }),
  ];

  it('lists the longest waiting first when nothing is filtered', () => {
    expect(filterQueue(emails, noQueueFilters, levelOf, now).map((e) => e.id)).toEqual(['b', 'a', 'c']);
    expect(isFiltered(noQueueFilters)).toBe(false);
  });

  it('filters by kind, author, age and engagement level (not assessed included)', () => {
    expect(filterQueue(emails, { ...noQueueFilters, kind: 'nurture' }, levelOf, now).map((e) => e.id)).toEqual(['b']);
    expect(filterQueue(emails, { ...noQueueFilters, author: 'u1' }, levelOf, now).map((e) => e.id)).toEqual(['a', 'c']);
    expect(filterQueue(emails, { ...noQueueFilters, age: 'hour' }, levelOf, now).map((e) => e.id)).toEqual(['b', 'a']);
    expect(filterQueue(emails, { ...noQueueFilters, age: 'day' }, levelOf, now).map((e) => e.id)).toEqual(['b']);
    expect(filterQueue(emails, { ...noQueueFilters, level: 'HOT' }, levelOf, now).map((e) => e.id)).toEqual(['a']);
    expect(filterQueue(emails, { ...noQueueFilters, level: 'not-assessed' }, levelOf, now).map((e) => e.id)).toEqual(['c']);
    expect(isFiltered({ ...noQueueFilters, age: 'week' })).toBe(true);
  });

  it('combines filters with AND, and an empty queue stays empty', () => {
    expect(filterQueue(emails, { ...noQueueFilters, kind: 'nurture', author: 'u1' }, levelOf, now)).toEqual([]);
    expect(filterQueue([], noQueueFilters, levelOf, now)).toEqual([]);
  });
});

describe('authorsOf', () => {
  it('names each author once, sorted by name', () => {
    const emails = [pending('a', { waitingHours: 1 }), pending('b', { waitingHours: 1, author: 'u2' }), pending('c', { waitingHours: 1 })];
    expect(authorsOf(emails)).toEqual([
      { id: 'u2', name: 'Omar' },
      { id: 'u1', name: 'Rana' },
    ]);
  });
});
