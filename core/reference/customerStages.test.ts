import { describe, expect, it } from 'vitest';
import { leadEventTypes } from '../model/event';
import { lead } from '../model/lead';
import { customerStageIds, customerStageOrder, customerStages, defaultCustomerStageId, isCustomerStageId } from './customerStages';

describe('customerStages (seed 004)', () => {
  it('run from Unknown to Closed Customers in order', () => {
    expect(customerStages.map((stage) => stage.name)).toEqual([
      'Unknown',
      'Initial Contact',
      'Primary Leads',
      'Intentional Leads',
      'Confirmed Leads',
      'Closed Customers',
    ]);
    expect(customerStages.map((stage) => stage.id)).toEqual([...customerStageIds]);
    expect(customerStages.map((stage) => stage.order)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('advance on known events, each event to one stage only', () => {
    const seen = new Set<string>();
    for (const stage of customerStages) {
      for (const event of stage.advancingEvents) {
        expect(leadEventTypes).toContain(event);
        expect(seen.has(event)).toBe(false);
        seen.add(event);
      }
    }
    expect(customerStages.find((stage) => stage.id === 'intentional_leads')?.advancingEvents).toContain('quote_request');
    expect(customerStages[0]?.advancingEvents).toEqual([]);
  });

  it('give the order of a stage, -1 for an unknown one', () => {
    expect(customerStageOrder('confirmed_leads')).toBe(4);
    expect(customerStageOrder('negotiation')).toBe(-1);
  });

  it('match the lead schema default', () => {
    expect(lead.parse({ id: 'l', ownerId: 'o', teamId: 't', createdAt: 0, updatedAt: 0 }).stage).toBe(defaultCustomerStageId);
    expect(isCustomerStageId('primary_leads')).toBe(true);
    expect(isCustomerStageId('Primary Leads')).toBe(false);
  });
});
