import { describe, expect, it } from 'vitest';
import { generateDemoEventsForLead } from '../demo/generateDemoEvents';
import { generateDemoLeads } from '../demo/generateDemoLeads';
import { lead as leadSchema, type Lead } from '../model/lead';
import { compileScoring } from './compileScoring';
import { defaultScoringModel } from './defaultScoringModel';
import { scoreLead } from './scoreLead';
import type { ScoringModel } from './scoringModel';

const now = Date.UTC(2026, 10, 23, 12);
const DAY = 86_400_000;

function expectSameAsScoreLead(model: ScoringModel, leads: readonly Lead[], at: number): void {
  const quick = compileScoring(model);
  for (const lead of leads) {
    const events = generateDemoEventsForLead(lead);
    const full = scoreLead(lead, events, model, at);
    const fast = quick(lead, events, at);
    if (fast.score !== full.score || fast.temperature !== full.temperature) {
      throw new Error(`${lead.id}: compiled ${fast.score} ${fast.temperature}, scoreLead ${full.score} ${full.temperature}`);
    }
  }
}

describe('compileScoring', () => {
  it('gives exactly scoreLead’s score and band on 3,000 demo leads, today and 100 days on', () => {
    const leads = generateDemoLeads({ count: 3000, seed: 11, now, ownerId: 'u', teamId: 't' });
    expectSameAsScoreLead(defaultScoringModel, leads, now);
    expectSameAsScoreLead(defaultScoringModel, leads, now + 100 * DAY);
  });

  it('agrees under a model with every criterion enabled, target regions and changed weights', () => {
    const model: ScoringModel = {
      ...defaultScoringModel,
      criteria: defaultScoringModel.criteria.map((c, i) => {
        const weight = (i % 5) + 1;
        if (c.id === 'location') return { ...c, weight, evaluation: { kind: 'inList', field: 'country', values: ['DE', 'ae'], partialValues: ['FR'], partialPoints: 1 } };
        return { ...c, weight, enabled: true };
      }),
    };
    expectSameAsScoreLead(model, generateDemoLeads({ count: 1000, seed: 5, now, ownerId: 'u', teamId: 't' }), now);
  });

  it('agrees on hostile records from storage or sync', () => {
    const base = leadSchema.parse({ id: 'h', ownerId: 'u', teamId: 't', createdAt: now - 40 * DAY, updatedAt: now });
    const hostile = [
      { ...base, company: { ...base.company, size: -5, annualRevenue: Number.NaN } },
      { ...base, counters: { ...base.counters, emailsSent: -1, emailsOpened: Number.POSITIVE_INFINITY } },
      { ...base, counters: { ...base.counters, emailsSent: 2, emailsOpened: 9, emailsReplied: 1 } },
      { ...base, qualification: { ...base.qualification, budget: 'HIGH', authority: 'decision_maker', challenges: ['', '  '] } },
      { ...base, lastInterestAt: Number.NaN, createdAt: Number.NaN },
      { ...base, jobTitle: '  CEO ', country: 'DE', tags: ['Blocked'], group: 'not_interested' },
      { ...base, counters: undefined, company: null, qualification: 'x' },
    ] as unknown as Lead[];
    // Also list-valued and numeric fields read by list, option, scale and seniority criteria.
    const listModel: ScoringModel = {
      ...defaultScoringModel,
      criteria: defaultScoringModel.criteria.map((c) => {
        if (c.id === 'challenges') return { ...c, evaluation: { kind: 'inList', field: 'qualification.challenges', values: ['Technical'], partialValues: [' grid '], partialPoints: 1 } };
        if (c.id === 'company_name') return { ...c, evaluation: { kind: 'optionPoints', field: 'company.size', options: [{ value: '50', points: 3 }] } };
        if (c.id === 'contacts') return { ...c, evaluation: { kind: 'seniority', field: 'qualification.challenges', seniorities: ['executive'] } };
        return c;
      }),
    };
    const lists = [
      { ...base, qualification: { ...base.qualification, challenges: ['  technical ', 'x'] } },
      { ...base, qualification: { ...base.qualification, challenges: ['grid'] } },
      { ...base, qualification: { ...base.qualification, challenges: [7, '', null] } },
      { ...base, company: { ...base.company, size: 50 } },
      { ...base, company: { ...base.company, size: '50' } },
    ] as unknown as Lead[];
    for (const model of [defaultScoringModel, listModel]) {
      const quick = compileScoring(model);
      for (const lead of [...hostile, ...lists]) {
        const full = scoreLead(lead, [], model, now);
        expect(quick(lead, [], now)).toEqual({ score: full.score, temperature: full.temperature });
      }
    }
  });

  it('scores a lead with nothing as 0 and cold, and never mutates the model', () => {
    const before = JSON.stringify(defaultScoringModel);
    const quick = compileScoring(defaultScoringModel);
    const empty = leadSchema.parse({ id: 'e', ownerId: 'u', teamId: 't', createdAt: now, updatedAt: now });
    expect(quick(empty, [], now)).toEqual({ score: 0, temperature: 'cold' });
    expect(JSON.stringify(defaultScoringModel)).toBe(before);
  });
});
