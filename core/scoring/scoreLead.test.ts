import { describe, it, expect } from 'vitest';
import { lead as leadSchema, type Lead, type LeadInput } from '../model/lead';
import type { LeadEvent, LeadEventType } from '../model/event';
import { defaultScoringModel } from './defaultScoringModel';
import { DAY_MS } from './format';
import { RULE_ADJUSTMENT_ID, scoreLead } from './scoreLead';
import { scoringModel, type ScoringModel, type ScoringModelInput } from './scoringModel';

const NOW = 1_700_000_000_000;

function makeLead(input: Partial<LeadInput> = {}): Lead {
  return leadSchema.parse({ id: 'l1', ownerId: 'u1', teamId: 't1', createdAt: NOW, updatedAt: NOW, lastInterestAt: NOW, ...input });
}

function event(type: LeadEventType, at: number, id = `e${at}`): LeadEvent {
  return { id, ownerId: 'u1', teamId: 't1', createdAt: at, updatedAt: at, leadId: 'l1', type, at, actor: { kind: 'platform', id: 'pc' }, data: {} };
}

/**
 * Small model, Σ max × weight = 5×4 + 10×5 + 10×5 = 120 (behaviour weight 0, penalty excluded):
 * name 20, decision maker 50, a quote request 50.
 */
function smallModel(behaviourWeight = 0): ScoringModel {
  const input: ScoringModelInput = {
    criteria: [
      { id: 'contacts', group: 'G1', name: 'Contacts', informationPoints: 5, evaluationPoints: 0, maxPoints: 5, weight: 4, evaluation: { kind: 'present', field: 'name' } },
      {
        id: 'authority', group: 'G3', name: 'Authority', informationPoints: 0, evaluationPoints: 10, maxPoints: 10, weight: 5,
        evaluation: { kind: 'optionPoints', field: 'qualification.authority', options: [{ value: 'decision_maker', points: 10 }, { value: 'influencer', points: 0 }] },
      },
      { id: 'quotes', group: 'G4', name: 'Quote Request', informationPoints: 5, evaluationPoints: 5, maxPoints: 10, weight: 5, evaluation: { kind: 'counter', counter: 'quoteRequests', steps: [{ min: 1, points: 10 }] } },
      { id: 'untouched', group: 'G4', name: 'Time Untouched', informationPoints: 0, evaluationPoints: 10, maxPoints: -10, weight: 2, evaluation: { kind: 'timeUntouched', steps: [{ minDays: 7, points: -5 }, { minDays: 30, points: -10 }] } },
    ],
    behaviour: { ...defaultScoringModel.behaviour, weight: behaviourWeight },
    statusPenalties: defaultScoringModel.statusPenalties,
    bands: defaultScoringModel.bands,
  };
  return scoringModel.parse(input);
}

const full = { name: 'Ana Silva', qualification: { authority: 'decision_maker' }, counters: { quoteRequests: 1 } } as const;

describe('scoreLead', () => {
  it('scores an empty lead 0, cold, with a reason on every line', () => {
    const r = scoreLead(makeLead(), [], smallModel(), NOW);
    expect(r.score).toBe(0);
    expect(r.temperature).toBe('cold');
    expect(r.maxWeighted).toBe(120);
    expect(r.ledger.map((l) => l.achieved)).toEqual([0, 0, 0, 0]);
    expect(r.ledger[0]?.reason).toBe('Contacts not given: 0 points');
    expect(r.penalties).toEqual([]);
  });

  it('scores a full lead 100, hot', () => {
    const r = scoreLead(makeLead(full), [], smallModel(), NOW);
    expect(r.score).toBe(100);
    expect(r.temperature).toBe('hot');
    expect(r.ledger.map((l) => l.contribution)).toEqual([16.67, 41.67, 41.67, 0]);
  });

  it('applies the normalised formula: name + decision maker = 70/120', () => {
    const r = scoreLead(makeLead({ name: 'Ana', qualification: { authority: 'decision_maker' } as LeadInput['qualification'] }), [], smallModel(), NOW);
    expect(r.score).toBe(58.3);
    expect(r.temperature).toBe('warm');
    expect(r.ledger[0]).toMatchObject({ criterionId: 'contacts', achieved: 5, max: 5, weight: 4, contribution: 16.67, reason: 'Contacts given: 5 information points' });
  });

  it('subtracts the time-untouched penalty from the numerator only', () => {
    const base = { name: 'Ana', qualification: { authority: 'decision_maker' } as LeadInput['qualification'] };
    const tenDays = scoreLead(makeLead({ ...base, lastInterestAt: NOW - 10 * DAY_MS }), [], smallModel(), NOW);
    expect(tenDays.score).toBe(50); // (20 + 50 - 5×2) / 120
    expect(tenDays.penalties).toEqual([{ id: 'untouched', label: 'Time Untouched', points: -8.33, reason: 'Untouched for 10 days since the last sign of interest: -5 points × weight 2' }]);
    const fortyDays = scoreLead(makeLead({ ...base, lastInterestAt: NOW - 40 * DAY_MS }), [], smallModel(), NOW);
    expect(fortyDays.score).toBe(41.7); // (70 - 20) / 120
    expect(fortyDays.temperature).toBe('cool');
    const never = scoreLead(makeLead({ ...base, lastInterestAt: null, createdAt: NOW - 8 * DAY_MS }), [], smallModel(), NOW);
    expect(never.ledger[3]?.reason).toContain('since the lead was created');
  });

  it('never goes below 0 with penalties', () => {
    const r = scoreLead(makeLead({ lastInterestAt: NOW - 100 * DAY_MS }), [], smallModel(), NOW);
    expect(r.score).toBe(0);
    expect(r.penalties).toHaveLength(1);
  });

  it('takes status penalties off in score points', () => {
    const base = { name: 'Ana', qualification: { authority: 'decision_maker' } as LeadInput['qualification'] };
    const notInterested = scoreLead(makeLead({ ...base, group: 'not_interested' }), [], smallModel(), NOW);
    expect(notInterested.score).toBe(8.3); // 58.33 - 50
    const spam = scoreLead(makeLead({ ...full, group: 'spam' }), [], smallModel(), NOW);
    expect(spam.score).toBe(0);
    expect(spam.penalties.map((p) => p.id)).toEqual(['spam']);
    const blocked = scoreLead(makeLead({ ...full, tags: ['Blocked'] }), [], smallModel(), NOW);
    expect(blocked.penalties.map((p) => p.points)).toEqual([-100]);
  });

  it('adds a rule adjustment on the 0-100 scale as its own penalty line, up or down, clamped', () => {
    const base = { name: 'Ana', qualification: { authority: 'decision_maker' } as LeadInput['qualification'] };
    const plain = scoreLead(makeLead(base), [], smallModel(), NOW);
    expect(plain.score).toBe(58.3);
    expect(plain.penalties).toEqual([]);

    const up = scoreLead(makeLead({ ...base, scoreAdjustment: 10 }), [], smallModel(), NOW);
    expect(up.score).toBe(68.3);
    expect(up.temperature).toBe('warm');
    expect(up.penalties).toEqual([{ id: RULE_ADJUSTMENT_ID, label: 'Rule adjustment', points: 10, reason: 'Rules added 10 points' }]);
    // The ledger is the criteria's: the adjustment is only its own line.
    expect(up.ledger).toEqual(plain.ledger);

    const down = scoreLead(makeLead({ ...base, scoreAdjustment: -20 }), [], smallModel(), NOW);
    expect(down.score).toBe(38.3);
    expect(down.temperature).toBe('cool');
    expect(down.penalties).toEqual([{ id: RULE_ADJUSTMENT_ID, label: 'Rule adjustment', points: -20, reason: 'Rules took off 20 points' }]);

    // The score stays within 0-100 whatever the adjustment; the unclamped figure shows the overshoot.
    const over = scoreLead(makeLead({ ...full, scoreAdjustment: 30 }), [], smallModel(), NOW);
    expect(over.score).toBe(100);
    expect(over.unclamped).toBe(130);
    const under = scoreLead(makeLead({ scoreAdjustment: -1 }), [], smallModel(), NOW);
    expect(under.score).toBe(0);
    expect(under.penalties.map((p) => p.points)).toEqual([-1]);

    // An adjustment beyond ±100 (never stored, but not trusted) counts as ±100; a non-number as 0.
    const huge = scoreLead({ ...makeLead(base), scoreAdjustment: 250 }, [], smallModel(), NOW);
    expect(huge.penalties[0]?.points).toBe(100);
    expect(huge.unclamped).toBe(158.3);
    const nan = scoreLead({ ...makeLead(base), scoreAdjustment: Number.NaN }, [], smallModel(), NOW);
    expect(nan.score).toBe(58.3);
    expect(nan.penalties).toEqual([]);
  });

  it('ignores NaN counters and unknown options, saying why', () => {
    const l = makeLead({ name: 'Ana', qualification: { authority: 'boss' } as LeadInput['qualification'] });
    const bad = { ...l, counters: { ...l.counters, quoteRequests: Number.NaN } };
    const r = scoreLead(bad, [], smallModel(), NOW);
    expect(r.score).toBe(16.7);
    expect(r.ledger[1]?.reason).toBe('Authority: unknown option "boss" ignored');
    expect(r.ledger[2]?.reason).toBe('Ignored an invalid quoteRequests count');
  });

  it('counts behaviour as one more weighted line', () => {
    // Σ max × weight = 120 + 50 × 2; a quote request today earns 20 behaviour points.
    const r = scoreLead(makeLead(full), [event('quote_request', NOW)], smallModel(2), NOW);
    expect(r.maxWeighted).toBe(220);
    expect(r.behaviour).toMatchObject({ points: 20, decayed: 20 });
    expect(r.score).toBe(72.7); // (120 + 40) / 220
    expect(r.ledger.at(-1)).toMatchObject({ criterionId: 'behaviour', achieved: 20, max: 50, weight: 2, contribution: 18.18 });
  });

  it('puts band edges where seed 001 does', () => {
    const edges = [29.9, 30, 49.9, 50, 69.9, 70];
    const model = scoringModel.parse({
      ...smallModel(),
      criteria: [
        { id: 'fit', group: 'G3', name: 'Fit', informationPoints: 0, evaluationPoints: 100, maxPoints: 100, weight: 1, evaluation: { kind: 'optionPoints', field: 'qualification.fit', options: edges.map((e) => ({ value: String(e), points: e })) } },
      ],
    });
    const results = edges.map((e) => scoreLead(makeLead({ qualification: { fit: String(e) } as LeadInput['qualification'] }), [], model, NOW));
    expect(results.map((r) => r.score)).toEqual(edges);
    expect(results.map((r) => r.temperature)).toEqual(['cold', 'cool', 'cool', 'warm', 'warm', 'hot']);
  });

  it('is deterministic and does not mutate its inputs', () => {
    const l = makeLead(full);
    const events = [event('email_open', NOW - DAY_MS), event('quote_request', NOW)];
    const model = smallModel(2);
    const snapshot = JSON.stringify([l, events, model]);
    const a = scoreLead(l, events, model, NOW);
    const b = scoreLead(l, [...events].reverse(), model, NOW);
    expect(a).toEqual(b);
    expect(JSON.stringify([l, events, model])).toBe(snapshot);
  });

  it('scores with the default model within 0-100', () => {
    const r = scoreLead(makeLead({ ...full, email: 'ana@example.com', jobTitle: 'CEO', company: { name: 'Acme', industry: 'Oil & Gas', size: 800 } as LeadInput['company'] }), [], defaultScoringModel, NOW);
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThanOrEqual(100);
    expect(r.ledger.find((l) => l.criterionId === 'job_title')?.reason).toBe('Job Title given: 2 information points; relevant role (executive): +3 points');
    expect(r.ledger.find((l) => l.criterionId === 'industry')?.achieved).toBe(7);
    expect(r.ledger.some((l) => l.criterionId === 'scroll_depth')).toBe(false);
  });
});
