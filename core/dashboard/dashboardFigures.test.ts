import { describe, expect, it } from 'vitest';
import { listRow } from '../../tests/fixtures/listRow';
import { syntheticRows } from '../../tests/fixtures/syntheticRows';
import { customerStages } from '../reference/customerStages';
import { dashboardFigures, type DashboardInput } from './dashboardFigures';

const stages = customerStages.map(({ id, name, order }) => ({ id, name, order }));
const noEvents = { sent: 0, opened: 0, replied: 0, bounced: 0 };

function input(fields: Partial<DashboardInput>): DashboardInput {
  return { rows: [], range: { from: null, to: null }, stages, emails: [], emailEvents: noEvents, rules: [], ruleFirings: new Map(), ...fields };
}

describe('dashboardFigures', () => {
  it('has zeros everywhere and every stage, bucket and temperature for no data', () => {
    const figures = dashboardFigures(input({}));
    expect(figures.leads).toBe(0);
    expect(figures.overview.groups).toEqual([]);
    expect(figures.overview.scoreBuckets.every((b) => b.count === 0)).toBe(true);
    expect(figures.overview.temperatures.map((t) => t.count)).toEqual([0, 0, 0, 0]);
    expect(figures.sources).toEqual([]);
    expect(figures.funnel.steps).toHaveLength(6);
    expect(figures.sourceEffects).toEqual([]);
    expect(figures.email.drafted).toBe(0);
    expect(figures.rules).toEqual([]);
  });

  it('counts only the leads created in the range', () => {
    const rows = [
      listRow('old', { createdAt: 50, group: 'customer', sourceChannel: 'Events', stage: 'closed_customers', score: 90, temperature: 'hot' }),
      listRow('in1', { createdAt: 100, group: 'qualified', sourceChannel: 'Events', stage: 'confirmed_leads', score: 72, temperature: 'hot' }),
      listRow('in2', { createdAt: 150, group: 'untouched', sourceChannel: 'Website', stage: 'initial_contact', score: 35, temperature: 'cool' }),
      listRow('in3', { createdAt: 199, group: 'untouched', sourceChannel: 'Events', score: 5 }),
      listRow('end', { createdAt: 200, group: 'spam' }),
    ];
    const figures = dashboardFigures(input({ rows, range: { from: 100, to: 200 } }));
    expect(figures.leads).toBe(3);
    expect(figures.overview.groups).toEqual([
      { group: 'untouched', count: 2 },
      { group: 'qualified', count: 1 },
    ]);
    expect(figures.sources).toEqual([
      { source: 'Events', count: 2 },
      { source: 'Website', count: 1 },
    ]);
    expect(figures.overview.temperatures.map((t) => t.count)).toEqual([1, 0, 1, 1]);
    expect(figures.funnel.steps.map((s) => s.reached)).toEqual([3, 2, 1, 1, 1, 0]);
    expect(figures.sourceEffects[0]).toMatchObject({ source: 'Events', leads: 2, qualified: 1, customers: 0 });
    // All time: every lead.
    expect(dashboardFigures(input({ rows })).leads).toBe(5);
  });

  it('adds up over 100,000 leads', () => {
    const rows = syntheticRows(100_000);
    const figures = dashboardFigures(input({ rows, range: { from: 0, to: Number.MAX_SAFE_INTEGER } }));
    expect(figures.leads).toBe(100_000);
    expect(figures.sources.reduce((sum, s) => sum + s.count, 0)).toBe(100_000);
    expect(figures.funnel.steps[0]?.reached).toBe(100_000);
  });
});
