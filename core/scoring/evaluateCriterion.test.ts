import { describe, it, expect } from 'vitest';
import { lead as leadSchema, type Lead, type LeadInput } from '../model/lead';
import { defaultScoringModel } from './defaultScoringModel';
import { evaluateCriterion } from './evaluateCriterion';
import type { ScoringCriterion } from './scoringModel';

const NOW = 1_700_000_000_000;
const makeLead = (input: Partial<LeadInput> = {}): Lead => leadSchema.parse({ id: 'l1', ownerId: 'u', teamId: 't', createdAt: NOW, updatedAt: NOW, ...input });
const criterion = (id: string): ScoringCriterion => {
  const c = defaultScoringModel.criteria.find((x) => x.id === id);
  if (!c) throw new Error(`no criterion ${id}`);
  return c;
};

describe('evaluateCriterion (default criteria)', () => {
  it('scales an option by its rank: budget medium = 2 + 8 × 2/3', () => {
    expect(evaluateCriterion(criterion('budget'), makeLead({ qualification: { budget: 'medium' } as LeadInput['qualification'] }), NOW)).toEqual({
      achieved: 7.33,
      reason: 'Budget & Money given: 2 information points; "medium" ranks 2 of 3: +5.33 points',
    });
  });
  it('gives only information points for a not disclosed option', () => {
    expect(evaluateCriterion(criterion('budget'), makeLead({ qualification: { budget: 'not_disclosed' } as LeadInput['qualification'] }), NOW).achieved).toBe(2);
  });
  it('steps a numeric scale and ignores bad numbers', () => {
    expect(evaluateCriterion(criterion('company_size'), makeLead({ company: { size: 120 } as LeadInput['company'] }), NOW).achieved).toBe(3);
    expect(evaluateCriterion(criterion('company_size'), makeLead({ company: { size: 10 } as LeadInput['company'] }), NOW).achieved).toBe(1);
    const l = makeLead();
    const bad = { ...l, company: { ...l.company, size: Number.NaN } };
    expect(evaluateCriterion(criterion('company_size'), bad, NOW)).toEqual({ achieved: 0, reason: 'Company Size: ignored invalid value (NaN)' });
  });
  it('matches industries ideal, partial, or not at all (case-insensitive)', () => {
    const industry = (name: string) => evaluateCriterion(criterion('industry'), makeLead({ company: { industry: name } as LeadInput['company'] }), NOW).achieved;
    expect(industry('oil & gas')).toBe(7);
    expect(industry('Solar Energy')).toBe(5);
    expect(industry('Bakery')).toBe(2);
  });
  it('rates email opens: 3 of 10 sent = 30 % → 1 + 3', () => {
    const r = evaluateCriterion(criterion('email_open_rate'), makeLead({ counters: { emailsSent: 10, emailsOpened: 3 } as LeadInput['counters'] }), NOW);
    expect(r).toEqual({ achieved: 4, reason: '3 of 10 emailsOpened (30 %): 1 point for any; rate: +3 points' });
    expect(evaluateCriterion(criterion('email_open_rate'), makeLead(), NOW)).toEqual({ achieved: 0, reason: 'No emailsOpened and no emailsSent yet: 0 points' });
    // Seed 002: "1 (Any opens)" even when the sends were not recorded.
    const unsent = evaluateCriterion(criterion('email_open_rate'), makeLead({ counters: { emailsSent: 0, emailsOpened: 2 } as LeadInput['counters'] }), NOW);
    expect(unsent).toEqual({ achieved: 1, reason: '2 emailsOpened with no emailsSent recorded: 1 point for any; rate unknown' });
    const over = evaluateCriterion(criterion('email_open_rate'), makeLead({ counters: { emailsSent: 1, emailsOpened: 9 } as LeadInput['counters'] }), NOW);
    expect(over.achieved).toBe(6);
  });
  it('counts challenges as present and unknown job titles as information only', () => {
    expect(evaluateCriterion(criterion('challenges'), makeLead({ qualification: { challenges: ['technical: grid code'] } as LeadInput['qualification'] }), NOW).achieved).toBe(2);
    expect(evaluateCriterion(criterion('challenges'), makeLead(), NOW).achieved).toBe(0);
    expect(evaluateCriterion(criterion('job_title'), makeLead({ jobTitle: 'Wizard' }), NOW)).toEqual({
      achieved: 2,
      reason: 'Job Title given: 2 information points; "Wizard" is not a listed title, seniority unknown',
    });
  });
  it('caps achieved points at the criterion maximum', () => {
    const c: ScoringCriterion = { ...criterion('contacts'), informationPoints: 9 };
    expect(evaluateCriterion(c, makeLead({ name: 'Ana' }), NOW)).toEqual({ achieved: 5, reason: 'Contacts given: 9 information points; capped at 5 points' });
  });
  it('never penalises a lead touched in the future', () => {
    expect(evaluateCriterion(criterion('time_untouched'), makeLead({ lastInterestAt: NOW + 5 * 86_400_000 }), NOW).achieved).toBe(0);
  });
});
