import { describe, expect, it } from 'vitest';
import { baseAfterLostAnswer } from './lostAnswers';

const doc = (fields: Record<string, unknown>) => ({ id: 'lead-1', _deleted: false, ...fields });

describe('baseAfterLostAnswer', () => {
  it('takes the sent state of a new document the platform has (only this device could have sent it)', () => {
    const sent = doc({ name: 'A', jobTitle: 'CTO' });
    expect(baseAfterLostAnswer(null, sent, doc({ name: 'A', jobTitle: 'Engineer' }))).toBe(sent);
  });

  it('takes the sent values the platform holds', () => {
    const assumed = doc({ name: 'A', jobTitle: '', phone: '' });
    const sent = doc({ name: 'A', jobTitle: 'CTO', phone: '' });
    expect(baseAfterLostAnswer(assumed, sent, doc({ name: 'A', jobTitle: 'CTO', phone: '+97150' }))).toEqual(sent);
  });

  it('keeps the assumed value of a change the platform does not hold, field by field', () => {
    const assumed = doc({ name: 'A', jobTitle: '', department: '' });
    const sent = doc({ name: 'A', jobTitle: 'CTO', department: 'Sales' });
    expect(baseAfterLostAnswer(assumed, sent, doc({ name: 'A', jobTitle: '', department: '' }))).toEqual(assumed);
    expect(baseAfterLostAnswer(assumed, sent, doc({ name: 'A', jobTitle: 'Head', department: 'Sales' }))).toEqual(doc({ name: 'A', jobTitle: '', department: 'Sales' }));
  });

  it('compares nested values and deletions whole, and handles fields only one side has', () => {
    const assumed = doc({ company: { name: 'X', industry: '' }, fax: '1' });
    const sent = { ...doc({ company: { name: 'Y', industry: '' } }), _deleted: true };
    expect(baseAfterLostAnswer(assumed, sent, { ...doc({ company: { name: 'Y', industry: '' } }), _deleted: true })).toEqual(sent);
    expect(baseAfterLostAnswer(assumed, sent, doc({ company: { name: 'Y', industry: 'solar' }, fax: '1' }))).toEqual(assumed);
  });

  it('leaves its inputs as they were', () => {
    const assumed = doc({ jobTitle: '' });
    const sent = doc({ jobTitle: 'CTO' });
    baseAfterLostAnswer(assumed, sent, doc({ jobTitle: 'CTO' }));
    expect(assumed).toEqual(doc({ jobTitle: '' }));
  });
});
