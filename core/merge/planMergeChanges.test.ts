import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../model/json';
import { planMergeChanges } from './planMergeChanges';

describe('planMergeChanges', () => {
  const storedLeads: JsonObject[] = [
    { id: 'a', name: 'Ahmed', updatedAt: 1, futureField: 'kept' },
    { id: 'b', name: 'Ahmad', updatedAt: 2 },
  ];

  it('rewrites the survivor, deletes the merged leads and moves their notes, reminders and dispatches', () => {
    const changes = planMergeChanges({
      survivorId: 'a',
      storedLeads,
      survivorAfter: { id: 'a', name: 'Ahmad', updatedAt: 50 },
      owned: [
        { collection: 'notes', document: { id: 'n1', leadId: 'b', updatedAt: 3 } },
        { collection: 'reminders', document: { id: 'r1', leadId: 'b', updatedAt: 90 } },
        { collection: 'dispatches', document: { id: 'd1', leadId: 'b' } },
        // The survivor's own note stays as it is.
        { collection: 'notes', document: { id: 'n2', leadId: 'a', updatedAt: 3 } },
      ],
      now: 50,
    });
    expect(changes).toEqual([
      { collection: 'leads', id: 'a', before: storedLeads[0], after: { id: 'a', name: 'Ahmad', updatedAt: 50, futureField: 'kept' } },
      { collection: 'leads', id: 'b', before: storedLeads[1], after: null },
      { collection: 'notes', id: 'n1', before: { id: 'n1', leadId: 'b', updatedAt: 3 }, after: { id: 'n1', leadId: 'a', updatedAt: 50 } },
      { collection: 'reminders', id: 'r1', before: { id: 'r1', leadId: 'b', updatedAt: 90 }, after: { id: 'r1', leadId: 'a', updatedAt: 90 } },
      { collection: 'dispatches', id: 'd1', before: { id: 'd1', leadId: 'b' }, after: { id: 'd1', leadId: 'a', updatedAt: 50 } },
    ]);
  });

  it('needs the survivor among the stored leads', () => {
    expect(() => planMergeChanges({ survivorId: 'z', storedLeads, survivorAfter: {}, owned: [], now: 1 })).toThrow(/survivor z/);
  });
});
