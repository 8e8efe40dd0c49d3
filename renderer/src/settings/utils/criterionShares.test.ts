import { describe, expect, it } from 'vitest';
import { defaultScoringModel } from '../../../../core/scoring/defaultScoringModel';
import { scoreLead } from '../../../../core/scoring/scoreLead';
import type { ScoringModel } from '../../../../core/scoring/scoringModel';
import { formatShare, groupShares, maxWeightedPoints, sharePercent, weightedMax } from './criterionShares';
import { generateDemoLead } from '../../../../core/demo/generateDemoLeads';

const base = defaultScoringModel;

describe('criterion shares', () => {
  it('matches the denominator scoreLead reports', () => {
    const lead = generateDemoLead(7, 0, 1_700_000_000_000, 'u1', 't1');
    expect(maxWeightedPoints(base)).toBe(scoreLead(lead, [], base, 1_700_000_000_000).maxWeighted);
    const halved: ScoringModel = { ...base, behaviour: { ...base.behaviour, maxPoints: 25 } };
    expect(maxWeightedPoints(halved)).toBe(scoreLead(lead, [], halved, 1_700_000_000_000).maxWeighted);
  });

  it('leaves disabled criteria and penalties out of the maximum', () => {
    const penalty = base.criteria.find((c) => c.evaluation.kind === 'timeUntouched');
    const contacts = base.criteria.find((c) => c.id === 'contacts');
    expect(penalty && weightedMax(penalty)).toBe(0);
    expect(contacts && weightedMax(contacts)).toBe(20);
    expect(contacts && weightedMax({ ...contacts, enabled: false })).toBe(0);
  });

  it('raises the maximum when a weight goes up', () => {
    const model: ScoringModel = { ...base, criteria: base.criteria.map((c) => (c.id === 'contacts' ? { ...c, weight: 5 } : c)) };
    expect(maxWeightedPoints(model) - maxWeightedPoints(base)).toBe(5);
  });

  it('gives group shares that add up to the criteria part of the maximum', () => {
    const shares = groupShares(base);
    const total = maxWeightedPoints(base);
    const behaviourShare = ((50 * 3) / total) * 100;
    const sum = Object.values(shares).reduce((a, b) => a + b, 0);
    expect(sum + behaviourShare).toBeCloseTo(100, 0);
    expect(shares.G5).toBeGreaterThan(0);
  });

  it('copes with an empty maximum', () => {
    expect(sharePercent(5, 0)).toBe(0);
    expect(sharePercent(5, Number.NaN)).toBe(0);
    expect(sharePercent(1, 3)).toBe(33.3);
    expect(formatShare(12.5)).toBe('12.5 %');
  });
});
