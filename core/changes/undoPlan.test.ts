import { describe, expect, it } from 'vitest';
import type { DocumentChange } from '../model/changeSet';
import { planRollback, planUndo } from './undoPlan';

const lead = { id: 'l1', group: 'qualified', conversion: null, name: 'Ana', updatedAt: 100 };
const converted = { ...lead, group: 'customer', conversion: { contactId: 'c1', accountId: 'a1', convertedAt: 200 }, updatedAt: 200 };
const update: DocumentChange = { collection: 'leads', id: 'l1', before: lead, after: converted };
const created: DocumentChange = { collection: 'contacts', id: 'c1', before: null, after: { id: 'c1', name: 'Ana', updatedAt: 200 } };
const deleted: DocumentChange = { collection: 'leads', id: 'l2', before: { id: 'l2', name: 'Old', updatedAt: 50 }, after: null };

describe('planUndo', () => {
  it('puts back every changed field still holding the written value, and stamps updatedAt', () => {
    const step = planUndo(update, { ...converted, score: 70 }, 300);
    expect(step).toEqual({ kind: 'write', document: { ...lead, score: 70, updatedAt: 300 }, problems: [] });
  });

  it('leaves a field changed since and names it', () => {
    const step = planUndo(update, { ...converted, group: 'lost', updatedAt: 250 }, 300);
    expect(step.kind).toBe('write');
    if (step.kind !== 'write') return;
    expect(step.document['group']).toBe('lost');
    expect(step.document['conversion']).toBeNull();
    expect(step.problems).toEqual(['The lead l1 field "group" was changed since; kept its current value']);
  });

  it('writes nothing when every changed field was changed again', () => {
    const step = planUndo(update, { ...converted, group: 'lost', conversion: null }, 300);
    expect(step.kind).toBe('none');
    expect(step.problems).toHaveLength(2);
  });

  it('removes a field the change set added, keeps one it never touched', () => {
    const step = planUndo({ collection: 'leads', id: 'l1', before: { id: 'l1' }, after: { id: 'l1', extra: 1 } }, { id: 'l1', extra: 1, other: 2 }, 5);
    expect(step).toEqual({ kind: 'write', document: { id: 'l1', other: 2 }, problems: [] });
  });

  it('does not restore a document deleted since', () => {
    expect(planUndo(update, null, 300)).toEqual({ kind: 'none', problems: ['The lead l1 was deleted since; not restored'] });
  });

  it('deletes a created document, noting edits made since', () => {
    expect(planUndo(created, { id: 'c1', name: 'Ana', updatedAt: 250 }, 300)).toEqual({ kind: 'delete', problems: [] });
    const edited = planUndo(created, { id: 'c1', name: 'Ana Ruiz', updatedAt: 250 }, 300);
    expect(edited.kind).toBe('delete');
    expect(edited.problems[0]).toContain('name');
    expect(planUndo(created, null, 300)).toEqual({ kind: 'none', problems: [] });
  });

  it('restores a deleted document unless it is back already', () => {
    expect(planUndo(deleted, null, 300)).toEqual({ kind: 'write', document: { id: 'l2', name: 'Old', updatedAt: 300 }, problems: [] });
    expect(planUndo(deleted, { id: 'l2', name: 'Old', updatedAt: 60 }, 300).kind).toBe('none');
  });

  it('never moves updatedAt backwards under a slow clock', () => {
    const step = planUndo(update, converted, 150);
    expect(step.kind === 'write' && step.document['updatedAt']).toBe(200);
  });
});

describe('planRollback', () => {
  it('puts back a written update whole, deletes a created document, restores a deleted one', () => {
    expect(planRollback(update, converted)).toEqual({ kind: 'write', document: lead, problems: [] });
    expect(planRollback(created, created.after)).toEqual({ kind: 'delete', problems: [] });
    expect(planRollback(deleted, null)).toEqual({ kind: 'write', document: deleted.before, problems: [] });
  });

  it('does nothing where the write never happened', () => {
    expect(planRollback(update, lead)).toEqual({ kind: 'none', problems: [] });
    expect(planRollback(created, null)).toEqual({ kind: 'none', problems: [] });
  });

  it('leaves a document changed after the interruption and says so', () => {
    const step = planRollback(update, { ...converted, name: 'Other' });
    expect(step.kind).toBe('none');
    expect(step.problems[0]).toContain('lead l1');
  });
});
