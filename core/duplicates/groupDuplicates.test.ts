import { describe, expect, it } from 'vitest';
import { groupDuplicates } from './groupDuplicates';
import { pairKey } from './pairKey';
import type { DuplicateLink } from './scanDuplicates';

const link = (kind: DuplicateLink['kind'], leadIds: string[], similarity = 1): DuplicateLink => ({ kind, leadIds, value: '', similarity });

describe('groupDuplicates', () => {
  it('joins leads linked through each other into one group, strongest link first', () => {
    const groups = groupDuplicates([link('phone', ['b', 'c']), link('email', ['a', 'b']), link('similar-name', ['x', 'y'], 0.9)]);
    expect(groups.map((g) => g.leadIds)).toEqual([
      ['a', 'b', 'c'],
      ['x', 'y'],
    ]);
    expect(groups[0]?.links.map((l) => l.kind)).toEqual(['email', 'phone']);
    expect(groups[0]?.key).toBe('a');
    expect(groups[0]?.dismissedPairs).toEqual([]);
  });

  it('leaves out a pair the seller dismissed', () => {
    const groups = groupDuplicates([link('email', ['a', 'b']), link('similar-name', ['c', 'd'], 0.9)], new Set([pairKey('b', 'a')]));
    expect(groups.map((g) => g.leadIds)).toEqual([['c', 'd']]);
  });

  it('keeps the open pairs of a shared key and names the dismissed one', () => {
    const groups = groupDuplicates([link('email', ['a', 'b', 'c'])], new Set([pairKey('a', 'b')]));
    expect(groups).toHaveLength(1);
    expect(groups[0]?.leadIds).toEqual(['a', 'b', 'c']);
    expect(groups[0]?.dismissedPairs).toEqual([['a', 'b']]);
  });

  it('drops a lead whose every pair is dismissed', () => {
    const dismissed = new Set([pairKey('a', 'b'), pairKey('a', 'c')]);
    const groups = groupDuplicates([link('email', ['a', 'b', 'c'])], dismissed);
    expect(groups.map((g) => g.leadIds)).toEqual([['b', 'c']]);
    expect(groups[0]?.links[0]?.leadIds).toEqual(['b', 'c']);
  });

  it('orders groups by strength, then size, then key, whatever the link order', () => {
    const links = [link('similar-company', ['p', 'q'], 0.9), link('phone', ['m', 'n']), link('phone', ['e', 'f']), link('phone', ['f', 'g'])];
    const forward = groupDuplicates(links);
    expect(forward.map((g) => g.key)).toEqual(['e', 'm', 'p']);
    expect(groupDuplicates([...links].reverse())).toEqual(forward);
  });

  it('returns no groups for no links', () => {
    expect(groupDuplicates([])).toEqual([]);
  });
});
