import { describe, expect, it } from 'vitest';
import { lead as leadSchema, type Lead, type LeadInput } from '../model/lead';
import { effectiveGroups } from '../settings/groupSettings';
import { addressSuppressed, suppressionReason } from './suppression';

const makeLead = (input: Partial<LeadInput> = {}): Lead => leadSchema.parse({ id: 'lead-1', ownerId: 'u1', teamId: 't1', createdAt: 0, updatedAt: 0, email: 'buyer@gulf.ae', ...input });
const groups = effectiveGroups({ names: { spam: 'Blocked' }, custom: [{ id: 'competitor', name: 'Competitors', description: '', suppressesEmail: true }, { id: 'vip', name: 'VIP', description: '', suppressesEmail: false }] });

describe('suppressionReason', () => {
  it('lets an ordinary lead be emailed', () => {
    expect(suppressionReason(makeLead(), groups)).toBeNull();
    expect(suppressionReason(makeLead({ group: 'vip' }), groups)).toBeNull();
  });

  it('says why for each kind of suppression', () => {
    expect(suppressionReason(makeLead({ email: '  ' }), groups)).toBe('The lead has no email address.');
    expect(suppressionReason(makeLead({ email: 'not-an-address' }), groups)).toBe('"not-an-address" is not a valid email address.');
    expect(suppressionReason(makeLead({ consent: { unsubscribed: true } }), groups)).toBe('The buyer unsubscribed from your emails.');
    expect(suppressionReason(makeLead({ consent: { bounced: true } }), groups)).toBe('An earlier email to this address bounced.');
    expect(suppressionReason(makeLead({ group: 'spam' }), groups)).toBe('The lead is in the group "Blocked", which is never emailed.');
    expect(suppressionReason(makeLead({ group: 'not_interested' }), groups)).toBe('The lead is in the group "Not Interested/No Category", which is never emailed.');
    expect(suppressionReason(makeLead({ group: 'competitor' }), groups)).toBe('The lead is in the group "Competitors", which is never emailed.');
  });

  it('still suppresses the default groups when no group settings are passed', () => {
    expect(suppressionReason(makeLead({ group: 'spam' }), [])).toBe('The lead is in the group "Spam/Blocked/Deleted", which is never emailed.');
    expect(suppressionReason(makeLead({ group: 'gone_group' }), [])).toBeNull();
  });

  it('answers bad input with a reason instead of throwing', () => {
    expect(suppressionReason(null as unknown as Lead, groups)).toBe('There is no lead to email.');
  });
});

describe('addressSuppressed', () => {
  it('checks every lead with that address, ignoring case and spaces', () => {
    const a = makeLead({ id: 'a' });
    const b = makeLead({ id: 'b', email: 'BUYER@gulf.ae ', consent: { unsubscribed: true } });
    expect(addressSuppressed(' Buyer@Gulf.AE', [a], groups)).toBeNull();
    expect(addressSuppressed('buyer@gulf.ae', [a, b], groups)).toBe('The buyer unsubscribed from your emails.');
  });

  it('ignores leads with another address and refuses a missing or broken address', () => {
    const other = makeLead({ email: 'other@gulf.ae', group: 'spam' });
    expect(addressSuppressed('buyer@gulf.ae', [other], groups)).toBeNull();
    expect(addressSuppressed('', [], groups)).toBe('There is no email address.');
    expect(addressSuppressed('nope', [], groups)).toBe('"nope" is not a valid email address.');
    expect(addressSuppressed(undefined as unknown as string, [], groups)).toBe('There is no email address.');
    expect(addressSuppressed('buyer@gulf.ae', null as unknown as Lead[], groups)).toBeNull();
  });
});
