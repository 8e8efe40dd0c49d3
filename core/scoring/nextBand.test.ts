import { describe, it, expect } from 'vitest';
import { defaultScoringModel } from './defaultScoringModel';
import { nextBand } from './nextBand';
import type { LedgerLine, ScoreResult } from './scoreLead';

const line = (criterionId: string, achieved: number, max: number, weight: number): LedgerLine => ({
  criterionId, name: criterionId, group: 'G1', achieved, max, weight, contribution: 0, reason: '',
});

/** Σ max × weight = 100, so one weighted point is one score point. */
function result(score: number, temperature: ScoreResult['temperature'], ledger: LedgerLine[]): ScoreResult {
  return { score, temperature, ledger, behaviour: { points: 0, decayed: 0, reason: '' }, penalties: [], maxWeighted: 100, unclamped: score };
}

describe('nextBand', () => {
  it('takes the highest-weight missing points first until the band is reached', () => {
    // 25 → cool needs 5: phone (3 × w1 = 3), authority (10 × w5 = 50) → authority alone covers it.
    const r = nextBand(result(25, 'cold', [line('phone', 0, 3, 1), line('authority', 0, 10, 5), line('name', 5, 5, 4)]), defaultScoringModel);
    expect(r).toMatchObject({ current: 'cold', target: 'cool', scoreToGo: 5, reachable: true });
    expect(r.steps).toEqual([{ criterionId: 'authority', name: 'authority', missingPoints: 10, weight: 5, scoreGain: 50, text: 'authority: add 10 points (weight 5) for +50 score' }]);
    expect(r.summary).toBe('5 more score points make this lead cool: authority.');
  });

  it('prefers fewer missing points at equal weight and stops once covered', () => {
    const r = nextBand(result(45, 'cool', [line('a', 0, 4, 2), line('b', 1, 3, 2), line('c', 0, 10, 1)]), defaultScoringModel);
    // needs 5: b (2 × 2 = 4), then a (4 × 2 = 8).
    expect(r.steps.map((s) => [s.criterionId, s.scoreGain])).toEqual([['b', 4], ['a', 8]]);
  });

  it('counts a time-untouched penalty as points to win back', () => {
    const r = nextBand(result(48, 'cool', [line('untouched', -5, -10, 2)]), defaultScoringModel);
    expect(r.steps[0]).toMatchObject({ missingPoints: 5, scoreGain: 10, text: 'untouched: win back 5 points (weight 2) for +10 score' });
    expect(r.reachable).toBe(true);
  });

  it('says when missing criteria are not enough, and ignores behaviour', () => {
    const r = nextBand(result(60, 'warm', [line('phone', 0, 3, 1), line('behaviour', 0, 50, 3)]), defaultScoringModel);
    expect(r.reachable).toBe(false);
    expect(r.steps.map((s) => s.criterionId)).toEqual(['phone']);
    expect(r.summary).toBe('Even with every missing criterion (phone) the lead stays below hot; it needs 7 more points from engagement.');
  });

  it('quotes the current reason and names status penalties', () => {
    const phone = { ...line('phone', 0, 3, 1), name: 'Phone Number', reason: 'Phone Number not given: 0 points' };
    const res = { ...result(28, 'cold', [phone]), penalties: [{ id: 'not_interested', label: 'Not interested', points: -50, reason: '' }] };
    const r = nextBand(res, defaultScoringModel);
    expect(r.steps[0]?.text).toBe('Phone Number: add 3 points (weight 1) for +3 score (now: Phone Number not given: 0 points)');
    expect(r.summary).toBe('2 more score points make this lead cool: Phone Number. The score is also held down by: Not interested.');
  });

  it('has nothing to add at the top or for edge scores', () => {
    expect(nextBand(result(70, 'hot', []), defaultScoringModel)).toMatchObject({ target: null, steps: [], summary: 'Already hot: no band above.' });
    expect(nextBand(result(49.9, 'cool', [line('p', 0, 1, 1)]), defaultScoringModel)).toMatchObject({ target: 'warm', scoreToGo: 0.1, reachable: true });
  });
});
