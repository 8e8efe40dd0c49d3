import { describe, expect, it } from 'vitest';
import { leadEvent } from '../model/event';
import { generateDemoEvents, generateDemoEventsForLead } from './generateDemoEvents';
import { counterOfEvent, generateDemoLeads, interestCounters } from './generateDemoLeads';

const leads = generateDemoLeads({ count: 1500, seed: 5, now: Date.UTC(2025, 5, 1), ownerId: 'seller-1', teamId: 'team-1' });

describe('generateDemoEvents', () => {
  const events = generateDemoEvents(leads);

  it('makes events the event schema accepts unchanged, with unique ids', () => {
    for (const event of events.slice(0, 2000)) expect(leadEvent.parse(event)).toEqual(event);
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
  });

  it('gives a few events per lead', () => {
    const perLead = events.length / leads.length;
    expect(perLead).toBeGreaterThan(2);
    expect(perLead).toBeLessThan(25);
  });

  it('agrees with each lead: counters, creation, last interest and last activity', () => {
    const interestTypes = new Set(interestCounters.map((counter) => Object.entries(counterOfEvent).find(([, value]) => value === counter)?.[0]));
    for (const lead of leads) {
      const own = generateDemoEventsForLead(lead);
      expect(own[0]).toMatchObject({ type: 'lead_created', at: lead.createdAt, leadId: lead.id });
      for (const [type, counter] of Object.entries(counterOfEvent)) {
        if (!counter) continue;
        expect(own.filter((event) => event.type === type)).toHaveLength(lead.counters[counter]);
      }
      const times = own.map((event) => event.at);
      expect(Math.max(...times)).toBe(lead.lastActivityAt);
      expect(Math.min(...times)).toBe(lead.createdAt);
      const interestTimes = own.filter((event) => interestTypes.has(event.type)).map((event) => event.at);
      expect(interestTimes.length > 0 ? Math.max(...interestTimes) : null).toBe(lead.lastInterestAt);
      for (let index = 1; index < own.length; index++) expect(own[index]?.at).toBeGreaterThanOrEqual(own[index - 1]?.at ?? 0);
      expect(own.every((event) => event.ownerId === lead.ownerId && event.teamId === lead.teamId)).toBe(true);
    }
  });

  it('credits the seller with emails, calls and meetings and the platform with buyer actions', () => {
    for (const event of events) {
      if (event.type === 'email_sent' || event.type === 'call' || event.type === 'meeting') expect(event.actor).toEqual({ kind: 'user', id: 'seller-1' });
      if (event.type === 'quote_request' || event.type === 'email_open') expect(event.actor.kind).toBe('platform');
    }
    const quote = events.find((event) => event.type === 'quote_request');
    expect(quote?.data).toMatchObject({ product: expect.any(String), quantity: expect.any(Number) });
  });

  it('is the same every time for the same lead', () => {
    const lead = leads[123];
    if (!lead) throw new Error('lead missing');
    expect(generateDemoEventsForLead(lead)).toEqual(generateDemoEventsForLead(structuredClone(lead)));
  });

  it('returns nothing for no leads', () => {
    expect(generateDemoEvents([])).toEqual([]);
  });
});
