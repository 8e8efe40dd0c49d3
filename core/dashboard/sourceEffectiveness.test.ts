import { describe, expect, it } from 'vitest';
import { listRow } from '../../tests/fixtures/listRow';
import { leadsBySource } from './leadsInRange';
import { sourceEffectiveness } from './sourceEffectiveness';

describe('sourceEffectiveness', () => {
  it('is empty for no leads', () => {
    expect(sourceEffectiveness([])).toEqual([]);
  });

  it('counts leads, qualified, customers, rates and average score per source', () => {
    const rows = [
      listRow('1', { sourceChannel: 'Events', group: 'qualified', score: 80 }),
      listRow('2', { sourceChannel: 'Events', group: 'customer', score: 90 }),
      listRow('3', { sourceChannel: 'Events', group: 'untouched', stage: 'closed_customers', score: 40 }),
      listRow('4', { sourceChannel: 'Events', group: 'nurturing', score: 10 }),
      listRow('5', { sourceCategory: 'Website', score: 55 }),
      listRow('6', { score: 20 }),
    ];
    expect(sourceEffectiveness(rows)).toEqual([
      { source: 'Events', leads: 4, qualified: 3, customers: 2, qualificationRate: 0.75, conversionRate: 0.5, averageScore: 55 },
      { source: '', leads: 1, qualified: 0, customers: 0, qualificationRate: 0, conversionRate: 0, averageScore: 20 },
      { source: 'Website', leads: 1, qualified: 0, customers: 0, qualificationRate: 0, conversionRate: 0, averageScore: 55 },
    ]);
  });

  it('leaves a score that is not a number out of the average', () => {
    const [effect] = sourceEffectiveness([listRow('1', { sourceChannel: 'A', score: Number.NaN }), listRow('2', { sourceChannel: 'A', score: 30 })]);
    expect(effect?.averageScore).toBe(30);
    expect(sourceEffectiveness([listRow('1', { score: Number.NaN })])[0]?.averageScore).toBeNull();
  });
});

describe('leadsBySource', () => {
  it('uses the channel, else the category, most leads first, ties by name', () => {
    const rows = [
      listRow('1', { sourceCategory: 'Offline Channels', sourceChannel: 'Events' }),
      listRow('2', { sourceCategory: 'Offline Channels' }),
      listRow('3', { sourceChannel: 'Events' }),
      listRow('4', { sourceChannel: 'Business Cards' }),
    ];
    expect(leadsBySource(rows)).toEqual([
      { source: 'Events', count: 2 },
      { source: 'Business Cards', count: 1 },
      { source: 'Offline Channels', count: 1 },
    ]);
    expect(leadsBySource([])).toEqual([]);
  });
});
