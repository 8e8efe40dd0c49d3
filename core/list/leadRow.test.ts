import { describe, expect, it } from 'vitest';
import { lead } from '../model/lead';
import { leadRowFromDocument, leadRowFromLead, sameRow } from './leadRow';

const full = lead.parse({
  id: 'lead-1',
  ownerId: 'u1',
  teamId: 't1',
  createdAt: 10,
  updatedAt: 20,
  name: 'Ann',
  company: { name: 'ACME' },
  source: { category: 'Offline Channels', channel: 'Events' },
  tags: ['vip'],
  score: 55,
  temperature: 'warm',
  engagementLevel: 'INTERESTED',
  urgency: 6,
});

describe('leadRowFromLead', () => {
  it('takes the list fields', () => {
    expect(leadRowFromLead(full)).toEqual({
      id: 'lead-1',
      name: 'Ann',
      email: '',
      phone: '',
      company: 'ACME',
      country: '',
      sourceCategory: 'Offline Channels',
      sourceChannel: 'Events',
      group: 'untouched',
      stage: 'unknown',
      score: 55,
      temperature: 'warm',
      engagementLevel: 'INTERESTED',
      urgency: 6,
      ownerId: 'u1',
      tags: ['vip'],
      lastActivityAt: null,
      createdAt: 10,
    });
  });

  it('keeps a lead the engagement engine has not assessed as null', () => {
    const unassessed = lead.parse({ id: 'lead-2', ownerId: 'u2', teamId: 't1', createdAt: 1, updatedAt: 1 });
    expect(leadRowFromLead(unassessed)).toMatchObject({ temperature: 'cold', engagementLevel: null, urgency: 0, ownerId: 'u2' });
  });
});

describe('leadRowFromDocument', () => {
  it('equals leadRowFromLead for a valid stored lead with storage meta fields', () => {
    const stored = { ...full, _deleted: false, _rev: '1-x', _meta: { lwt: 1 }, _attachments: {} };
    expect(leadRowFromDocument(stored)).toEqual(leadRowFromLead(full));
  });

  it('tolerates missing and mistyped fields', () => {
    expect(leadRowFromDocument({ id: 'x', score: 'high', tags: ['a', 3], company: null })).toMatchObject({
      id: 'x',
      score: 0,
      tags: ['a'],
      company: '',
      group: 'untouched',
      lastActivityAt: null,
    });
  });

  it('reads temperature, engagement level, urgency and owner, falling back on unknown values', () => {
    expect(leadRowFromDocument({ id: 'x', temperature: 'hot', engagementLevel: 'WARM', urgency: 7, ownerId: 'seller-9' })).toMatchObject({
      temperature: 'hot',
      engagementLevel: 'WARM',
      urgency: 7,
      ownerId: 'seller-9',
    });
    expect(leadRowFromDocument({ id: 'x', temperature: 'scorching', engagementLevel: 'warm', urgency: Number.NaN, ownerId: 5 })).toMatchObject({
      temperature: 'cold',
      engagementLevel: null,
      urgency: 0,
      ownerId: '',
    });
    expect(leadRowFromDocument({ id: 'x', engagementLevel: null })?.engagementLevel).toBeNull();
  });

  it('is null without an id', () => {
    expect(leadRowFromDocument({ name: 'x' })).toBeNull();
    expect(leadRowFromDocument('x')).toBeNull();
  });
});

describe('sameRow', () => {
  it('compares every field including tags', () => {
    const row = leadRowFromLead(full);
    expect(sameRow(row, { ...row, tags: ['vip'] })).toBe(true);
    expect(sameRow(row, { ...row, tags: ['vip', 'x'] })).toBe(false);
    expect(sameRow(row, { ...row, score: 56 })).toBe(false);
    expect(sameRow(row, { ...row, temperature: 'hot' })).toBe(false);
    expect(sameRow(row, { ...row, engagementLevel: null })).toBe(false);
    expect(sameRow(row, { ...row, urgency: 7 })).toBe(false);
    expect(sameRow(row, { ...row, ownerId: 'u2' })).toBe(false);
  });
});
