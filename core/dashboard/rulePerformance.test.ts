import { describe, expect, it } from 'vitest';
import { rulePerformance } from './rulePerformance';

const rule = (id: string, name: string, timesFired: number) => ({ id, name, enabled: true, timesFired, leadsAffected: timesFired, lastFiredAt: timesFired > 0 ? 1000 : null });

describe('rulePerformance', () => {
  it('is empty with no rules and no firings', () => {
    expect(rulePerformance([], new Map())).toEqual([]);
  });

  it('orders by firings in the period, then in all, then name; rules that did not fire show zero', () => {
    const rows = rulePerformance([rule('a', 'Alpha', 10), rule('b', 'Beta', 3), rule('c', 'Gamma', 0), rule('d', 'Delta', 3)], new Map([['b', 2]]));
    expect(rows.map((r) => [r.name, r.firedInRange])).toEqual([
      ['Beta', 2],
      ['Alpha', 0],
      ['Delta', 0],
      ['Gamma', 0],
    ]);
  });

  it('keeps the firings of a deleted rule under the name it fired with', () => {
    const rows = rulePerformance([rule('a', 'Alpha', 1)], new Map([['gone', 4], ['a', 1]]), (id) => (id === 'gone' ? 'Old rule' : undefined));
    expect(rows[0]).toMatchObject({ id: 'gone', name: 'Old rule', firedInRange: 4, deleted: true });
    expect(rulePerformance([], new Map([['x', 1]]))[0]?.name).toBe('x');
  });
});
