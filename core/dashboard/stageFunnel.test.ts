import { describe, expect, it } from 'vitest';
import { customerStages } from '../reference/customerStages';
import { stageFunnel } from './stageFunnel';

const stages = customerStages.map(({ id, name, order }) => ({ id, name, order }));
const rows = (stage: string, n: number) => Array.from({ length: n }, () => ({ stage }));

describe('stageFunnel', () => {
  it('has every stage with zeros and no rates for no leads', () => {
    const funnel = stageFunnel([], stages);
    expect(funnel.total).toBe(0);
    expect(funnel.steps.map((s) => [s.stage, s.atStage, s.reached, s.rateFromPrevious, s.meetsTarget])).toEqual(stages.map((s) => [s.id, 0, 0, null, null]));
  });

  it('counts leads that reached each stage and the rate from the stage before', () => {
    const leads = [
      ...rows('unknown', 10),
      ...rows('initial_contact', 40),
      ...rows('primary_leads', 20),
      ...rows('intentional_leads', 15),
      ...rows('confirmed_leads', 10),
      ...rows('closed_customers', 5),
    ];
    const funnel = stageFunnel(leads, stages);
    expect(funnel.steps.map((s) => s.reached)).toEqual([100, 90, 50, 30, 15, 5]);
    expect(funnel.steps.map((s) => s.atStage)).toEqual([10, 40, 20, 15, 10, 5]);
    expect(funnel.steps.map((s) => s.rateFromPrevious)).toEqual([null, 0.9, 50 / 90, 0.6, 0.5, 5 / 15]);
    // Seed 001: Lead → MQL >20%, MQL → SQL >30%, SQL → Opportunity >50%, Opportunity → Customer >25%.
    expect(funnel.steps.map((s) => s.target?.label ?? null)).toEqual([null, null, 'Lead → MQL', 'MQL → SQL', 'SQL → Opportunity', 'Opportunity → Customer']);
    expect(funnel.steps.map((s) => s.meetsTarget)).toEqual([null, null, true, true, true, true]);
  });

  it('says when a target is missed, and has no rate after a stage nobody reached', () => {
    const funnel = stageFunnel([...rows('initial_contact', 20), ...rows('primary_leads', 1)], stages);
    expect(funnel.steps[2]).toMatchObject({ reached: 1, rateFromPrevious: 1 / 21, meetsTarget: false });
    expect(funnel.steps[4]).toMatchObject({ reached: 0, rateFromPrevious: null, meetsTarget: null });
  });

  it('counts a stage it does not know at the first step and reports it', () => {
    const funnel = stageFunnel([...rows('gone', 2), ...rows('initial_contact', 1)], stages);
    expect(funnel.unrecognised).toBe(2);
    expect(funnel.steps[0]).toMatchObject({ atStage: 2, reached: 3 });
  });

  it('follows the stage order given, renamed names included, whatever order they come in', () => {
    const renamed = [...stages].reverse().map((s) => (s.id === 'primary_leads' ? { ...s, name: 'Engaged' } : s));
    expect(stageFunnel([], renamed).steps.map((s) => s.name)).toEqual(['Unknown', 'Initial Contact', 'Engaged', 'Intentional Leads', 'Confirmed Leads', 'Closed Customers']);
    expect(stageFunnel([], []).steps).toEqual([]);
  });
});
