import { describe, expect, it } from 'vitest';
import { lead, type LeadInput } from '../model/lead';
import { defaultQualificationSettings } from '../settings/qualificationSettings';
import { conversionReadiness } from './conversionReadiness';

const make = (fields: Partial<LeadInput>) => lead.parse({ id: 'l1', ownerId: 'u', teamId: 't', createdAt: 0, updatedAt: 0, ...fields });

describe('conversion readiness', () => {
  it('is ready in group Qualified', () => {
    expect(conversionReadiness(make({ group: 'qualified' }), defaultQualificationSettings)).toEqual({ allowed: true, ready: true, reasons: ['The lead is in group Qualified'] });
  });

  it('is ready elsewhere when budget, authority, need and fit reach the bar', () => {
    const result = conversionReadiness(make({ group: 'nurturing', qualification: { budget: 'medium', authority: 'influencer', need: 'urgent', fit: 'good' } }), defaultQualificationSettings);
    expect(result.ready).toBe(true);
  });

  it('warns with what falls short: low, not disclosed, not assessed', () => {
    const result = conversionReadiness(make({ group: 'nurturing', qualification: { budget: 'low', authority: 'not_disclosed', need: 'high' } }), defaultQualificationSettings);
    expect(result.allowed).toBe(true);
    expect(result.ready).toBe(false);
    expect(result.reasons[0]).toContain('budget: Low Budget; authority: Not Sure / Not Disclosed; fit not assessed');
  });

  it('treats a value no longer in the option list as not assessed', () => {
    const result = conversionReadiness(make({ qualification: { budget: 'gone', authority: 'decision_maker', need: 'high', fit: 'perfect' } }), defaultQualificationSettings);
    expect(result.reasons[0]).toContain('budget not assessed');
  });

  it('refuses a lead converted already', () => {
    const result = conversionReadiness(make({ group: 'customer', conversion: { contactId: 'c', accountId: null, convertedAt: 1 } }), defaultQualificationSettings);
    expect(result).toMatchObject({ allowed: false, ready: false });
  });
});
