import { describe, expect, it } from 'vitest';
import { overviewCharts } from './overviewCharts';

describe('overviewCharts', () => {
  it('labels groups with their names and levels in plain words', () => {
    const charts = overviewCharts(
      {
        total: 3,
        groups: [{ group: 'qualified', count: 2 }, { group: 'my-own', count: 1 }],
        scoreBuckets: [{ from: 0, to: 9, label: '0–9', count: 3 }],
        temperatures: [{ temperature: 'hot', count: 1 }],
        engagementLevels: [{ level: 'not-assessed', count: 3 }],
      },
      (id) => (id === 'qualified' ? 'Qualified' : id),
    );
    expect(charts.groups.map((g) => [g.key, g.label, g.count])).toEqual([
      ['qualified', 'Qualified', 2],
      ['my-own', 'my-own', 1],
    ]);
    expect(new Set(charts.groups.map((g) => g.fill)).size).toBe(2);
    expect(charts.temperatures[0]?.label).toBe('Hot');
    expect(charts.engagementLevels[0]?.label).toBe('Not assessed');
    expect(charts.scores[0]?.label).toBe('0–9');
  });
});
