import { describe, expect, it } from 'vitest';
import type { PlatformUser, ReplicatedCollection, WireDocument } from '../../core/sync/protocol';
import { canRead, isTeamVisible, writeRefusal, type StoredFacts } from './permissions';

const seller: PlatformUser = { id: 'u-seller', email: 's@x', name: 'S', role: 'seller', teamId: 't-1' };
const colleague: PlatformUser = { ...seller, id: 'u-colleague' };
const manager: PlatformUser = { ...seller, id: 'u-manager', role: 'manager' };
const admin: PlatformUser = { ...seller, id: 'u-admin', role: 'admin' };
const otherManager: PlatformUser = { ...manager, id: 'u-other', teamId: 't-2' };

function facts(collection: ReplicatedCollection, teamVisible: boolean, ownerId = seller.id, teamId = seller.teamId): StoredFacts {
  return { ownerId, teamId, collection, teamVisible };
}
function doc(fields: Record<string, unknown> = {}): WireDocument {
  return { id: 'd-1', ownerId: seller.id, teamId: seller.teamId, _deleted: false, ...fields };
}

describe('canRead', () => {
  it('lets everyone read their own documents of every collection', () => {
    for (const collection of ['leads', 'notes', 'config', 'emails'] as const) expect(canRead(seller, facts(collection, false))).toBe(true);
  });

  it("keeps a seller out of a colleague's documents, shared or not", () => {
    expect(canRead(colleague, facts('leads', true))).toBe(false);
    expect(canRead(colleague, facts('emails', true))).toBe(false);
  });

  it("lets the team's manager and admin read leads and shown emails only", () => {
    for (const reader of [manager, admin]) {
      expect(canRead(reader, facts('leads', true))).toBe(true);
      expect(canRead(reader, facts('emails', true))).toBe(true);
      expect(canRead(reader, facts('emails', false))).toBe(false);
      expect(canRead(reader, facts('notes', true))).toBe(false);
      expect(canRead(reader, facts('config', true))).toBe(false);
    }
  });

  it("keeps another team's manager out", () => {
    expect(canRead(otherManager, facts('leads', true))).toBe(false);
    expect(canRead(otherManager, facts('emails', true))).toBe(false);
  });
});

describe('isTeamVisible', () => {
  it('shows leads always, emails once out of draft (for good), nothing else', () => {
    expect(isTeamVisible('leads', doc(), false)).toBe(true);
    expect(isTeamVisible('emails', doc({ status: 'draft' }), false)).toBe(false);
    expect(isTeamVisible('emails', doc(), false)).toBe(false);
    expect(isTeamVisible('emails', doc({ status: 'pending_approval' }), false)).toBe(true);
    expect(isTeamVisible('emails', doc({ status: 'draft' }), true)).toBe(true);
    expect(isTeamVisible('notes', doc(), true)).toBe(false);
  });
});

describe('writeRefusal', () => {
  const stored = (collection: ReplicatedCollection, teamVisible: boolean, document = doc()) => ({ ...facts(collection, teamVisible), document });

  it('lets a user create their own documents in their own team only', () => {
    expect(writeRefusal(seller, 'leads', null, doc())).toBeNull();
    expect(writeRefusal(colleague, 'leads', null, doc())).toMatch(/ownerId/);
    expect(writeRefusal(seller, 'leads', null, doc({ teamId: 't-2' }))).toMatch(/teamId/);
    expect(writeRefusal(manager, 'leads', null, doc())).toMatch(/ownerId/);
  });

  it('never changes the owner or team of a stored document', () => {
    expect(writeRefusal(seller, 'leads', stored('leads', true), doc({ teamId: 't-2' }))).toMatch(/do not change/);
    expect(writeRefusal(manager, 'leads', stored('leads', true), doc({ ownerId: manager.id }))).toMatch(/do not change/);
  });

  it("lets the manager change the team's leads and shown emails, nothing else of others", () => {
    expect(writeRefusal(manager, 'leads', stored('leads', true), doc({ name: 'x' }))).toBeNull();
    expect(writeRefusal(manager, 'emails', stored('emails', true), doc({ status: 'approved' }))).toBeNull();
    expect(writeRefusal(manager, 'emails', stored('emails', false), doc({ status: 'approved' }))).toMatch(/someone else/);
    expect(writeRefusal(manager, 'notes', stored('notes', false), doc({ body: 'x' }))).toMatch(/someone else/);
    expect(writeRefusal(colleague, 'leads', stored('leads', true), doc({ name: 'x' }))).toMatch(/someone else/);
    expect(writeRefusal(otherManager, 'leads', { ...stored('leads', true) }, doc({ name: 'x' }))).toMatch(/someone else/);
  });

  it('allows an identical event again and refuses any change to one', () => {
    const event = doc({ type: 'lead_updated', at: 5 });
    expect(writeRefusal(seller, 'events', stored('events', false, event), { ...event })).toBeNull();
    expect(writeRefusal(seller, 'events', stored('events', false, event), { ...event, at: 6 })).toMatch(/events/);
    expect(writeRefusal(seller, 'events', stored('events', false, event), { ...event, _deleted: true })).toMatch(/events/);
  });
});
