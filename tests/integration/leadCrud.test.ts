import { firstValueFrom, filter } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { leadEvent, type LeadEvent } from '../../core/model/event';
import { lead } from '../../core/model/lead';
import { createLeadCenterDatabase } from '../../renderer/data/database';
import { InvalidDataError, NotFoundError } from '../../renderer/data/errors';
import { openTestData, seller, uniqueDatabaseName, type TestData } from '../fixtures/testData';
import { validatedMemoryStorage } from '../fixtures/validatedMemoryStorage';

let opened: TestData | undefined;

afterEach(async () => {
  await opened?.data.close();
  opened = undefined;
});

async function open(): Promise<TestData> {
  opened = await openTestData({ label: 'crud' });
  return opened;
}

async function eventsOf(t: TestData, leadId: string): Promise<LeadEvent[]> {
  return firstValueFrom(t.data.observeEvents(leadId));
}

describe('leads: create, read, update', () => {
  it('creates a valid lead owned by the seller and records lead_created', async () => {
    const t = await open();
    const created = await t.data.createLead({ name: 'Omar Khalil', email: 'omar@gulfpumps.example', company: { name: 'Gulf Pumps' }, country: 'AE' });
    expect(lead.parse(created)).toEqual(created);
    expect(created).toMatchObject({ ownerId: seller.userId, teamId: seller.teamId, createdAt: t.clock.now(), lastActivityAt: t.clock.now() });
    expect(await t.data.getLead(created.id)).toEqual(created);
    const events = await eventsOf(t, created.id);
    expect(events.map((e) => e.type)).toEqual(['lead_created']);
    expect(events[0]?.actor).toEqual({ kind: 'user', id: seller.userId, name: seller.userName });
  });

  it('ignores id, owner and timestamps passed in by mistake', async () => {
    const t = await open();
    const input = { name: 'X', id: 'chosen', ownerId: 'someone-else', createdAt: 5 } as unknown as Parameters<typeof t.data.createLead>[0];
    const created = await t.data.createLead(input);
    expect(created.id).not.toBe('chosen');
    expect(created.ownerId).toBe(seller.userId);
    expect(created.createdAt).toBe(t.clock.now());
  });

  it('records group, stage, tag and field changes as events and moves lastActivityAt', async () => {
    const t = await open();
    const created = await t.data.createLead({ name: 'Lena', tags: ['pumps'] });
    t.clock.advance(60_000);
    const updated = await t.data.updateLead(created.id, { group: 'nurturing', stage: 'initial-contact', tags: ['valves'], jobTitle: 'Buyer', phone: '+971500000001' });
    expect(updated).toMatchObject({ group: 'nurturing', stage: 'initial-contact', tags: ['valves'], updatedAt: t.clock.now(), lastActivityAt: t.clock.now() });
    const events = await eventsOf(t, created.id);
    const byType = (type: LeadEvent['type']) => events.filter((e) => e.type === type).map((e) => e.data);
    expect(byType('group_changed')).toEqual([{ from: 'untouched', to: 'nurturing' }]);
    expect(byType('stage_changed')).toEqual([{ from: 'unknown', to: 'initial-contact' }]);
    expect(byType('tag_added')).toEqual([{ tag: 'valves' }]);
    expect(byType('tag_removed')).toEqual([{ tag: 'pumps' }]);
    expect(byType('lead_updated')).toEqual([{ fields: ['phone', 'jobTitle'] }]);
    // newest first
    expect(events.at(-1)?.type).toBe('lead_created');
    expect(events.every((e) => e.leadId === created.id)).toBe(true);
  });

  it('writes nothing and records nothing for a patch that changes nothing', async () => {
    const t = await open();
    const created = await t.data.createLead({ name: 'Same' });
    t.clock.advance(1000);
    expect(await t.data.updateLead(created.id, { name: 'Same' })).toEqual(created);
    expect((await eventsOf(t, created.id)).length).toBe(1);
  });

  it('leaves derived fields (scores) to the lead brain: a patch naming them changes nothing and logs nothing', async () => {
    const t = await open();
    const created = await t.data.createLead({ name: 'Scored' });
    t.clock.advance(1000);
    const updated = await t.data.updateLead(created.id, { score: 72, temperature: 'hot', urgency: 9 });
    expect(updated).toEqual(created);
    expect(updated.lastActivityAt).toBe(created.lastActivityAt);
    expect((await eventsOf(t, created.id)).map((e) => e.type)).toEqual(['lead_created']);
  });

  it('observes a lead as it changes and as it is deleted', async () => {
    const t = await open();
    const created = await t.data.createLead({ name: 'Before' });
    const renamed = firstValueFrom(t.data.observeLead(created.id).pipe(filter((l) => l?.name === 'After')));
    await t.data.updateLead(created.id, { name: 'After' });
    expect((await renamed)?.name).toBe('After');
    const gone = firstValueFrom(t.data.observeLead(created.id).pipe(filter((l) => l === null)));
    await t.data.deleteLeads([created.id]);
    expect(await gone).toBeNull();
    expect(await t.data.getLead(created.id)).toBeNull();
  });
});

describe('leads: invalid input is refused', () => {
  it('refuses an invalid new lead with a clear error and writes nothing', async () => {
    const t = await open();
    const attempt = t.data.createLead({ name: 'Bad', country: 'Germany', email: 'x'.repeat(300) });
    await expect(attempt).rejects.toBeInstanceOf(InvalidDataError);
    await expect(attempt).rejects.toThrow(/country must be an ISO 3166 alpha-2 code/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(t.data.leadList.size).toBe(0);
  });

  it('refuses an invalid patch and keeps the lead as it was', async () => {
    const t = await open();
    const created = await t.data.createLead({ name: 'Good' });
    await expect(t.data.updateLead(created.id, { country: 'Atlantis' })).rejects.toThrow(InvalidDataError);
    await expect(t.data.updateLead(created.id, { group: '' })).rejects.toThrow(/group/);
    expect(await t.data.getLead(created.id)).toEqual(created);
    expect((await eventsOf(t, created.id)).length).toBe(1);
  });

  it('refuses to update a lead that does not exist', async () => {
    const t = await open();
    await expect(t.data.updateLead('missing', { name: 'x' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses an invalid seller profile', async () => {
    await expect(openTestData({ seller: { userId: '', userName: 'x', teamId: 't', role: 'seller' } })).rejects.toBeInstanceOf(InvalidDataError);
  });
});

describe('events', () => {
  it('cannot be changed or removed once written', async () => {
    const db = await createLeadCenterDatabase({ name: uniqueDatabaseName('events'), storage: validatedMemoryStorage(), multiInstance: false });
    try {
      const event = leadEvent.parse({ id: 'e1', ownerId: 'u', teamId: 't', createdAt: 1, updatedAt: 1, leadId: 'l1', type: 'call', at: 1, actor: { kind: 'user', id: 'u' } });
      const doc = await db.events.insert(event);
      await expect(doc.patch({ type: 'meeting' })).rejects.toThrow(/immutable/);
      await expect(doc.remove()).rejects.toThrow(/immutable/);
      expect((await db.events.findOne('e1').exec())?.type).toBe('call');
    } finally {
      await db.close();
    }
  });
});
