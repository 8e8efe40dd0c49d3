import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../model/changeSet';
import { appliedMerges, mergedLeadIds, type MergeRecord } from './mergedLeadIds';

const set = (id: string, status: ChangeSet['status'], survivor: string, merged: string[], kind: ChangeSet['kind'] = 'merge'): ChangeSet => ({
  id,
  kind,
  label: 'Merged',
  at: 10,
  actor: { kind: 'user', id: 'u1' },
  status,
  leadIds: [survivor, ...merged],
  changes: [
    { collection: 'leads', id: survivor, before: { id: survivor }, after: { id: survivor } },
    ...merged.map((id) => ({ collection: 'leads' as const, id, before: { id }, after: null })),
    { collection: 'notes', id: 'n1', before: { id: 'n1' }, after: { id: 'n1' } },
  ],
  undoneAt: null,
  problems: [],
});

describe('appliedMerges', () => {
  it('reads survivor and merged leads from applied merges only', () => {
    expect(appliedMerges([set('s1', 'applied', 'a', ['b', 'c']), set('s2', 'undone', 'a', ['d']), set('s3', 'rolled_back', 'a', ['e']), set('s4', 'applied', 'x', ['y'], 'conversion')])).toEqual([
      { changeSetId: 's1', survivorId: 'a', mergedIds: ['b', 'c'], at: 10 },
    ]);
  });
});

describe('mergedLeadIds', () => {
  const merges: MergeRecord[] = [
    { changeSetId: '1', survivorId: 'b', mergedIds: ['a'], at: 1 },
    { changeSetId: '2', survivorId: 'c', mergedIds: ['b', 'd'], at: 2 },
    { changeSetId: '3', survivorId: 'x', mergedIds: ['y'], at: 3 },
  ];

  it('follows merges through earlier survivors', () => {
    expect(mergedLeadIds('c', merges)).toEqual(['a', 'b', 'd']);
    expect(mergedLeadIds('b', merges)).toEqual(['a']);
    expect(mergedLeadIds('a', merges)).toEqual([]);
  });

  it('ends on cycles and never lists the lead itself', () => {
    const cycle: MergeRecord[] = [
      { changeSetId: '1', survivorId: 'a', mergedIds: ['b'], at: 1 },
      { changeSetId: '2', survivorId: 'b', mergedIds: ['a'], at: 2 },
    ];
    expect(mergedLeadIds('a', cycle)).toEqual(['b']);
  });
});
