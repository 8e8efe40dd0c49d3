import { describe, expect, it } from 'vitest';
import type { WireDocument } from '../../../core/sync/protocol';
import { mergeDocuments } from '../../../core/sync/merge';
import { baseAfterLostAnswer, maxUnansweredStates, rememberUnanswered } from './lostAnswers';

const doc = (fields: Record<string, unknown>): WireDocument => ({ id: 'lead-1', _deleted: false, ...fields });

describe('baseAfterLostAnswer', () => {
  it('takes the sent state of a new document the platform has (only this device could have sent it)', () => {
    const sent = doc({ name: 'A', jobTitle: 'CTO' });
    expect(baseAfterLostAnswer(null, [sent], doc({ name: 'A', jobTitle: 'Engineer' }))).toEqual(sent);
  });

  it('takes the sent values the platform holds', () => {
    const assumed = doc({ name: 'A', jobTitle: '', phone: '' });
    const sent = doc({ name: 'A', jobTitle: 'CTO', phone: '' });
    expect(baseAfterLostAnswer(assumed, [sent], doc({ name: 'A', jobTitle: 'CTO', phone: '+97150' }))).toEqual(sent);
  });

  it('keeps the assumed value of a change the platform does not hold, field by field', () => {
    const assumed = doc({ name: 'A', jobTitle: '', department: '' });
    const sent = doc({ name: 'A', jobTitle: 'CTO', department: 'Sales' });
    expect(baseAfterLostAnswer(assumed, [sent], doc({ name: 'A', jobTitle: '', department: '' }))).toEqual(assumed);
    expect(baseAfterLostAnswer(assumed, [sent], doc({ name: 'A', jobTitle: 'Head', department: 'Sales' }))).toEqual(doc({ name: 'A', jobTitle: '', department: 'Sales' }));
  });

  it('goes into nested objects, compares deletions, and handles fields only one side has', () => {
    const assumed = doc({ company: { name: 'X', industry: '' }, fax: '1' });
    const sent = { ...doc({ company: { name: 'Y', industry: '' } }), _deleted: true };
    expect(baseAfterLostAnswer(assumed, [sent], { ...doc({ company: { name: 'Y', industry: '' } }), _deleted: true })).toEqual(sent);
    // The company's name landed; its industry was then changed elsewhere.
    expect(baseAfterLostAnswer(assumed, [sent], doc({ company: { name: 'Y', industry: 'solar' }, fax: '1' }))).toEqual(doc({ company: { name: 'Y', industry: '' }, fax: '1' }));
  });

  it('finds the sent state that landed among several unanswered ones', () => {
    const created = doc({ jobTitle: '', department: '' });
    const edited = doc({ jobTitle: 'CTO', department: '' });
    // The creation landed, the edit did not; the platform then took another device's department.
    const platform = doc({ jobTitle: '', department: 'Sales' });
    expect(baseAfterLostAnswer(null, [created, edited], platform)).toEqual(doc({ jobTitle: '', department: '' }));
  });

  it('keeps a device its own edit when an earlier push of the new document landed and a later one did not (fault-injection seed 561322030)', () => {
    const created = doc({ company: { name: '' }, jobTitle: '' });
    const edited = doc({ company: { name: 'v-A-2-0' }, jobTitle: 'v-A-6-0' });
    // The platform holds the created state with another device's company name on top.
    const platform = doc({ company: { name: 'v-B-38-0' }, jobTitle: '' });
    const mine = doc({ company: { name: 'v-A-2-0' }, jobTitle: 'v-A-6-0' });
    const base = baseAfterLostAnswer(null, [created, edited], platform);
    const { merged, conflicts } = mergeDocuments('leads', base, mine, platform);
    expect(merged).toMatchObject({ jobTitle: 'v-A-6-0', company: { name: 'v-B-38-0' } });
    expect(conflicts.map((c) => c.path)).toEqual(['company.name']);
    // Taking only the last sent state as the base would have lost the job title.
    expect(mergeDocuments('leads', edited, mine, platform).merged).toMatchObject({ jobTitle: '' });
  });

  it('leaves its inputs as they were', () => {
    const assumed = doc({ jobTitle: '' });
    const sent = doc({ jobTitle: 'CTO' });
    baseAfterLostAnswer(assumed, [sent], doc({ jobTitle: 'CTO' }));
    expect(assumed).toEqual(doc({ jobTitle: '' }));
    expect(sent).toEqual(doc({ jobTitle: 'CTO' }));
  });

  it('falls back to what it was given when nothing was sent', () => {
    const assumed = doc({ jobTitle: '' });
    expect(baseAfterLostAnswer(assumed, [], doc({ jobTitle: 'x' }))).toBe(assumed);
  });
});

describe('rememberUnanswered', () => {
  it('keeps each document’s states in order, once each in a row', () => {
    const unanswered = new Map<string, WireDocument[]>();
    rememberUnanswered(unanswered, doc({ jobTitle: 'a' }));
    rememberUnanswered(unanswered, doc({ jobTitle: 'a' }));
    rememberUnanswered(unanswered, doc({ jobTitle: 'b' }));
    rememberUnanswered(unanswered, { ...doc({ jobTitle: 'z' }), id: 'lead-2' });
    expect(unanswered.get('lead-1')?.map((d) => d.jobTitle)).toEqual(['a', 'b']);
    expect(unanswered.get('lead-2')).toHaveLength(1);
  });

  it('keeps the first state and the latest ones when there are many', () => {
    const unanswered = new Map<string, WireDocument[]>();
    for (let i = 0; i < maxUnansweredStates + 5; i++) rememberUnanswered(unanswered, doc({ jobTitle: `v${i}` }));
    const titles = unanswered.get('lead-1')?.map((d) => d.jobTitle);
    expect(titles).toHaveLength(maxUnansweredStates);
    expect(titles?.[0]).toBe('v0');
    expect(titles?.[titles.length - 1]).toBe(`v${maxUnansweredStates + 4}`);
  });
});
