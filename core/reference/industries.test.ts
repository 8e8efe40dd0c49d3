import { describe, expect, it } from 'vitest';
import { findIndustry, industries } from './industries';
import { findJobTitle, jobTitles, departments } from './jobTitles';

describe('industries', () => {
  it('start with seed 002\'s five and hold no repeats', () => {
    expect(industries.slice(0, 5)).toEqual(['Power Generation', 'Renewable Energy Sources', 'Water Treatment Technologies', 'Oil & Gas', 'Manufacturing']);
    expect(new Set(industries).size).toBe(industries.length);
  });

  it('find the listed spelling whatever the case and "&"', () => {
    expect(findIndustry('oil and gas')).toBe('Oil & Gas');
    expect(findIndustry('  OIL & GAS ')).toBe('Oil & Gas');
    expect(findIndustry('power generation')).toBe('Power Generation');
    expect(findIndustry('basket weaving')).toBeUndefined();
    expect(findIndustry('')).toBeUndefined();
  });
});

describe('jobTitles', () => {
  it('include seed 002\'s examples with a seniority and department', () => {
    for (const title of ['CEO', 'Procurement Specialist', 'Buyer', 'Engineer']) expect(findJobTitle(title)).toBeDefined();
    expect(new Set(jobTitles.map((entry) => entry.title.toLowerCase())).size).toBe(jobTitles.length);
    expect(departments).toContain('Procurement');
  });

  it('find a title in any case', () => {
    expect(findJobTitle(' procurement manager ')?.seniority).toBe('manager');
    expect(findJobTitle('astronaut')).toBeUndefined();
  });
});
