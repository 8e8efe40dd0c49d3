import { describe, expect, it } from 'vitest';
import { conversionMapping, defaultConversionMapping, readConversionMapping } from './conversionMapping';

describe('conversion mapping', () => {
  it('accepts the default and custom-field lines', () => {
    expect(conversionMapping.safeParse(defaultConversionMapping).success).toBe(true);
    const withCustom = { ...defaultConversionMapping, lines: [...defaultConversionMapping.lines, { from: 'customFields.po', target: 'account', to: 'customFields.lastPo' }] };
    expect(conversionMapping.safeParse(withCustom).success).toBe(true);
  });

  it('refuses unknown fields, misfits, a field filled twice and an account without a name', () => {
    const problems = (lines: unknown[]) => {
      const result = conversionMapping.safeParse({ lines });
      return result.success ? [] : result.error.issues.map((issue) => issue.message);
    };
    const name = { from: 'company.name', target: 'account', to: 'name' };
    expect(problems([name, { from: 'score', target: 'contact', to: 'name' }])).toEqual(['"score" is not a lead field']);
    expect(problems([name, { from: 'name', target: 'contact', to: 'website' }])).toEqual(['"website" is not a contact field']);
    expect(problems([name, { from: 'tags', target: 'contact', to: 'name' }])).toEqual(["Tags cannot go into the contact's Name"]);
    expect(problems([name, { from: 'email', target: 'contact', to: 'email' }, { from: 'phone', target: 'contact', to: 'email' }])).toEqual(["the contact's Email is filled by two lines"]);
    expect(problems([{ from: 'name', target: 'contact', to: 'name' }])).toEqual(["map a lead field to the account's name (an account needs one)"]);
  });

  it('falls back to the default when nothing or something invalid is stored, and says why', () => {
    expect(readConversionMapping(null)).toEqual({ mapping: defaultConversionMapping, problem: null });
    const bad = readConversionMapping({ lines: [] });
    expect(bad.mapping).toBe(defaultConversionMapping);
    expect(bad.problem).toContain("account's name");
    expect(readConversionMapping({ lines: defaultConversionMapping.lines }).mapping.otherCustomFields).toBe('contact');
  });
});
