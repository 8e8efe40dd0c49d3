import { describe, expect, it } from 'vitest';
import { engagementCounters } from '../../../../core/model/lead';
import { counterWords } from './counterWords';

describe('counterWords', () => {
  it('names the counters that are not zero, singular or plural', () => {
    expect(counterWords(engagementCounters.parse({ quoteRequests: 3, calls: 1 }))).toBe('3 quote requests, 1 call');
  });

  it('is empty when nothing happened', () => {
    expect(counterWords(engagementCounters.parse({}))).toBe('');
  });
});
