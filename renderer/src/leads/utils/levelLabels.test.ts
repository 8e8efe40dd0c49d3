import { describe, expect, it } from 'vitest';
import { engagementLabel, ownerLabel, ownersMeFirst, temperatureLabel } from './levelLabels';

describe('level labels', () => {
  it('names temperatures and engagement levels in plain words', () => {
    expect(['hot', 'warm', 'cool', 'cold'].map(temperatureLabel)).toEqual(['Hot', 'Warm', 'Cool', 'Cold']);
    expect(engagementLabel('INTERESTED')).toBe('Interested');
    expect(engagementLabel('UNRESPONSIVE')).toBe('Unresponsive');
  });

  it('says "Not assessed" for a lead without an engagement level', () => {
    expect(engagementLabel(null)).toBe('Not assessed');
    expect(engagementLabel('not-assessed')).toBe('Not assessed');
  });

  it('shows unknown values as themselves', () => {
    expect(temperatureLabel('lukewarm')).toBe('lukewarm');
    expect(engagementLabel('SOMETIMES')).toBe('SOMETIMES');
  });

  it('calls the signed-in seller "Me" and lists them first', () => {
    expect(ownerLabel('seller-1', 'seller-1')).toBe('Me');
    expect(ownerLabel('seller-2', 'seller-1')).toBe('seller-2');
    expect(ownerLabel('', 'seller-1')).toBe('(no owner)');
    expect(ownersMeFirst(['a', 'me', 'z'], 'me')).toEqual(['me', 'a', 'z']);
    expect(ownersMeFirst(['a', 'z'], 'me')).toEqual(['a', 'z']);
  });
});
