import { leadEvent, type LeadEvent } from '../../core/model/event';
import { lead as leadSchema, type Lead, type LeadInput } from '../../core/model/lead';

/** Shared by the engagement unit tests and the conformance runner: leads and events by day number. */

export const DAY = 86_400_000;
/** "Now" of every engagement test: day 100 after an arbitrary origin. */
export const ORIGIN = 1_750_000_000_000;
export const dayAt = (day: number): number => ORIGIN + day * DAY;
export const NOW = dayAt(100);

export function makeLead(input: Partial<LeadInput> = {}): Lead {
  return leadSchema.parse({ id: 'lead-1', ownerId: 'user-1', teamId: 'team-1', createdAt: dayAt(0), updatedAt: dayAt(0), ...input });
}

let counter = 0;

/** An event of `leadId` on a day (fractions allowed) relative to ORIGIN. */
export function makeEvent(type: LeadEvent['type'], day: number, data: LeadEvent['data'] = {}, leadId = 'lead-1'): LeadEvent {
  counter += 1;
  const at = dayAt(day);
  return leadEvent.parse({
    id: `ev-${counter.toString().padStart(6, '0')}`,
    ownerId: 'user-1',
    teamId: 'team-1',
    createdAt: at,
    updatedAt: at,
    leadId,
    type,
    at,
    actor: { kind: 'system', id: 'test' },
    data,
  });
}

/** An event with a time zod would refuse (NaN, negative), for bad-input tests. */
export function rawEvent(type: LeadEvent['type'], at: number, leadId = 'lead-1'): LeadEvent {
  counter += 1;
  return { id: `raw-${counter}`, ownerId: 'user-1', teamId: 'team-1', createdAt: 0, updatedAt: 0, leadId, type, at, actor: { kind: 'system', id: 'test' }, data: {} };
}
