import { describe, expect, it } from 'vitest';
import { findQualificationOption, g3QualificationOptions, qualificationOptions } from './qualificationOptions';

describe('qualificationOptions (seed 003 with seed 002 G3)', () => {
  it('hold seed 003\'s lists', () => {
    expect(qualificationOptions.budget.map((option) => option.label)).toEqual(['High Budget', 'Medium Budget', 'Low Budget', 'Not Sure / Not Disclosed']);
    expect(qualificationOptions.authority.map((option) => option.label)).toEqual(['Decision Maker', 'Influencer', 'Gatekeeper', 'Not Sure / Not Disclosed']);
    expect(qualificationOptions.need.map((option) => option.label)).toEqual(['Urgent Need', 'High Need', 'Medium Need', 'Low Need', 'No Need Identified']);
    expect(qualificationOptions.timeline.map((option) => option.label)).toEqual([
      'Ready to Purchase',
      'Within 1 Month',
      'Within 3 Months',
      'Within 6 Months',
      'Longer than 6 Months',
      'Not Sure / Not Disclosed',
    ]);
    expect(qualificationOptions.fit.map((option) => option.label)).toEqual(['Perfect Fit', 'Good Fit', 'Partial Fit', 'Not a Fit']);
  });

  it('hold seed 002\'s G3 lists', () => {
    expect(g3QualificationOptions.need.map((option) => option.label)).toEqual(['Urgent', 'Strong', 'Moderate', 'Weak']);
    expect(g3QualificationOptions.timeline.map((option) => option.label)).toEqual(['Within 1 Week', '1-3 Months', '3-6 Months', '6+ Months']);
    expect(g3QualificationOptions.challenges.map((option) => option.value)).toEqual(['technical', 'financial', 'operational']);
  });

  it('rank options from strongest to weakest, with unknowns unranked', () => {
    for (const options of Object.values(qualificationOptions)) {
      const ranks = options.map((option) => option.rank).filter((rank): rank is number => rank !== null);
      expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
      expect(new Set(options.map((option) => option.value)).size).toBe(options.length);
      for (const option of options) expect(option.value).toMatch(/^[a-z0-9_]+$/);
    }
  });

  it('finds options by stored value in either list', () => {
    expect(findQualificationOption('budget', 'high')?.label).toBe('High Budget');
    expect(findQualificationOption('need', 'strong')?.label).toBe('Strong');
    expect(findQualificationOption('fit', 'excellent')).toBeUndefined();
    expect(findQualificationOption('budget', '')).toBeUndefined();
  });
});
