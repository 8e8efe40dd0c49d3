import { describe, expect, it } from 'vitest';
import { baseAfterLostAnswer } from './lostAnswers';

const doc = (fields: Record<string, unknown>) => ({ id: 'lead-1', _deleted: false, ...fields });

describe('baseAfterLostAnswer', () => {
  it('takes the sent state of a new document the platform has (only this device could have sent it)', () => {
    const sent = doc({ name: 'A', jobTitle: 'CTO' });
    expect(baseAfterLostAnswer(null, sent, doc({ name: 'A', jobTitle: 'Engineer' }))).toBe(sent);
  });

  it('takes the sent state when the platform holds every change it made', () => {
    const assumed = doc({ name: 'A', jobTitle: '', phone: '' });
    const sent = doc({ name: 'A', jobTitle: 'CTO', phone: '' });
    expect(baseAfterLostAnswer(assumed, sent, doc({ name: 'A', jobTitle: 'CTO', phone: '+97150' }))).toBe(sent);
  });

  it('keeps the assumed state when a change of the sent state is not on the platform', () => {
    const assumed = doc({ name: 'A', jobTitle: '', phone: '' });
    const sent = doc({ name: 'A', jobTitle: 'CTO', phone: '' });
    expect(baseAfterLostAnswer(assumed, sent, doc({ name: 'A', jobTitle: '', phone: '+97150' }))).toBeNull();
    expect(baseAfterLostAnswer(assumed, sent, doc({ name: 'A', jobTitle: 'Head', phone: '' }))).toBeNull();
  });

  it('compares nested values and deletions whole', () => {
    const assumed = doc({ company: { name: 'X', industry: '' } });
    const sent = { ...doc({ company: { name: 'Y', industry: '' } }), _deleted: true };
    expect(baseAfterLostAnswer(assumed, sent, { ...doc({ company: { name: 'Y', industry: '' } }), _deleted: true })).toBe(sent);
    expect(baseAfterLostAnswer(assumed, sent, doc({ company: { name: 'Y', industry: '' } }))).toBeNull();
    expect(baseAfterLostAnswer(assumed, sent, { ...doc({ company: { name: 'Y', industry: 'solar' } }), _deleted: true })).toBeNull();
  });
});
