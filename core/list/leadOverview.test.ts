import { describe, expect, it } from 'vitest';
import { syntheticRows } from '../../tests/fixtures/syntheticRows';
import { LeadListIndex } from './leadListIndex';
import { scoreBucketOf, summariseLeads } from './leadOverview';
import { listRow } from '../../tests/fixtures/listRow';

const row = listRow;

describe('scoreBucketOf', () => {
  it('puts scores in 10-point buckets, 100 in the top one', () => {
    expect([0, 9.99, 10, 49.5, 89.9, 90, 100].map(scoreBucketOf)).toEqual([0, 0, 1, 4, 8, 9, 9]);
  });

  it('puts out-of-range and non-numeric scores at the nearest end', () => {
    expect([-5, Number.NaN, 150, Number.POSITIVE_INFINITY].map(scoreBucketOf)).toEqual([0, 0, 9, 9]);
  });
});

describe('summariseLeads', () => {
  it('counts nothing for no leads, with every bucket and level present', () => {
    const overview = summariseLeads([]);
    expect(overview.total).toBe(0);
    expect(overview.groups).toEqual([]);
    expect(overview.scoreBuckets.map((b) => b.label)).toEqual(['0–9', '10–19', '20–29', '30–39', '40–49', '50–59', '60–69', '70–79', '80–89', '90–100']);
    expect(overview.scoreBuckets.every((b) => b.count === 0)).toBe(true);
    expect(overview.temperatures).toEqual([
      { temperature: 'hot', count: 0 },
      { temperature: 'warm', count: 0 },
      { temperature: 'cool', count: 0 },
      { temperature: 'cold', count: 0 },
    ]);
    expect(overview.engagementLevels.map((e) => e.level)).toEqual(['HOT', 'WARM', 'INTERESTED', 'COLD', 'UNRESPONSIVE', 'not-assessed']);
  });

  it('counts groups (most first, ties by id), score buckets, temperatures and engagement levels', () => {
    const overview = summariseLeads([
      row('a', { group: 'qualified', score: 95, temperature: 'hot', engagementLevel: 'HOT' }),
      row('b', { group: 'nurturing', score: 55, temperature: 'warm', engagementLevel: 'WARM' }),
      row('c', { group: 'qualified', score: 100, temperature: 'hot', engagementLevel: 'HOT' }),
      row('d', { group: 'customer', score: 5 }),
      row('e', { group: 'nurturing', score: 58.5, temperature: 'warm', engagementLevel: 'UNRESPONSIVE' }),
      row('f', { group: 'spam', score: 12 }),
    ]);
    expect(overview.total).toBe(6);
    expect(overview.groups).toEqual([
      { group: 'nurturing', count: 2 },
      { group: 'qualified', count: 2 },
      { group: 'customer', count: 1 },
      { group: 'spam', count: 1 },
    ]);
    expect(overview.scoreBuckets.map((b) => b.count)).toEqual([1, 1, 0, 0, 0, 2, 0, 0, 0, 2]);
    expect(overview.temperatures.map((t) => t.count)).toEqual([2, 2, 0, 2]);
    expect(overview.engagementLevels).toEqual([
      { level: 'HOT', count: 2 },
      { level: 'WARM', count: 1 },
      { level: 'INTERESTED', count: 0 },
      { level: 'COLD', count: 0 },
      { level: 'UNRESPONSIVE', count: 1 },
      { level: 'not-assessed', count: 2 },
    ]);
  });

  it('gives totals that agree across every breakdown for 100,000 leads', () => {
    const rows = syntheticRows(100_000, 7);
    const overview = summariseLeads(rows);
    const sum = (values: { count: number }[]): number => values.reduce((total, v) => total + v.count, 0);
    expect(overview.total).toBe(100_000);
    expect(sum(overview.groups)).toBe(100_000);
    expect(sum(overview.scoreBuckets)).toBe(100_000);
    expect(sum(overview.temperatures)).toBe(100_000);
    expect(sum(overview.engagementLevels)).toBe(100_000);
    expect(overview.groups.find((g) => g.group === 'qualified')?.count).toBe(rows.filter((r) => r.group === 'qualified').length);
    expect(overview.engagementLevels.at(-1)?.count).toBe(rows.filter((r) => r.engagementLevel === null).length);
  });

  it('summarises 100,000 filtered list rows fast enough to recount on every change', () => {
    const index = new LeadListIndex();
    index.replaceAll(syntheticRows(100_000, 3));
    const filters = { search: '', groups: [], sources: [], tags: [], countries: [] };
    const timings: number[] = [];
    for (let run = 0; run < 7; run++) {
      // A change between runs, as when a lead is edited while the Overview is open.
      index.apply([row(`extra-${run}`, { group: 'qualified', score: run * 10, createdAt: run })], []);
      // CPU time of this process, so other busy processes do not make the test flaky.
      const started = process.cpuUsage();
      const all = summariseLeads(index.query({ filters, sort: null }));
      const qualified = summariseLeads(index.query({ filters: { ...filters, groups: ['qualified'], owners: ['seller-1'] }, sort: null }));
      const used = process.cpuUsage(started);
      timings.push((used.user + used.system) / 1000);
      expect(all.total).toBe(100_000 + run + 1);
      expect(qualified.groups.map((g) => g.group)).toEqual(['qualified']);
    }
    timings.sort((a, b) => a - b);
    const median = timings[3] as number;
    // Measured 10–30 ms here for both; the bound leaves room for slow CI machines.
    expect(median).toBeLessThan(150);
  });
});
