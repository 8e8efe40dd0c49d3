import { describe, expect, it } from 'vitest';
import { defaultScoringModel } from './defaultScoringModel';
import { reachableMax } from './reachableMax';
import type { ScoringCriterion } from './scoringModel';

const byId = (id: string): ScoringCriterion => {
  const c = defaultScoringModel.criteria.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
};

describe('reachableMax', () => {
  it('leaves out evaluation points the default model cannot award', () => {
    expect(reachableMax(byId('location'))).toBe(2); // no target regions set
    expect(reachableMax(byId('challenges'))).toBe(2); // presence only
    expect(reachableMax(byId('page_viewed'))).toBe(2);
    expect(reachableMax(byId('chat_with_seller'))).toBe(2);
  });

  it('is the maximum where the evaluation can reach it', () => {
    for (const id of ['contacts', 'job_title', 'budget', 'authority', 'industry', 'company_size', 'email_open_rate', 'quote_request']) {
      expect(reachableMax(byId(id))).toBe(byId(id).maxPoints);
    }
  });

  it('counts target regions once they are set, and nothing for penalties and untracked data', () => {
    const location = byId('location');
    expect(reachableMax({ ...location, evaluation: { kind: 'inList', field: 'country', values: ['DE'], partialValues: [], partialPoints: 0 } })).toBe(5);
    expect(reachableMax(byId('time_untouched'))).toBe(0);
    expect(reachableMax(byId('seasons_engaged'))).toBe(0);
  });
});
