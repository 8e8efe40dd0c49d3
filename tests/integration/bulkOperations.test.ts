import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Progress } from '../../renderer/data/contract';
import { createLeadCenterDatabase } from '../../renderer/data/database';
import { InvalidDataError, WriteConflictError } from '../../renderer/data/errors';
import { listReady, makeLead, openTestData, uniqueDatabaseName, waitFor, type TestData } from '../fixtures/testData';
import { validatedMemoryStorage } from '../fixtures/validatedMemoryStorage';

let opened: TestData | undefined;

afterEach(async () => {
  await opened?.data.close();
  opened = undefined;
});

async function openWith(count: number): Promise<TestData> {
  opened = await openTestData({ label: 'bulk' });
  await listReady(opened.data);
  if (count > 0) await opened.data.insertLeads(Array.from({ length: count }, (_, i) => makeLead(i)));
  await waitFor(() => opened?.data.leadList.size === count);
  return opened;
}

const ids = (from: number, to: number): string[] => Array.from({ length: to - from }, (_, i) => makeLead(from + i).id);

async function eventTypes(t: TestData, leadId: string): Promise<string[]> {
  return (await firstValueFrom(t.data.observeEvents(leadId))).map((e) => e.type);
}

describe('bulk operations', () => {
  it('inserts leads in chunks with progress and a lead_created event each', async () => {
    const t = await openWith(0);
    const progress: Progress[] = [];
    await t.data.insertLeads(
      Array.from({ length: 1_250 }, (_, i) => makeLead(i)),
      (p) => progress.push(p),
    );
    expect(progress).toEqual([
      { done: 0, total: 1_250 },
      { done: 500, total: 1_250 },
      { done: 1_000, total: 1_250 },
      { done: 1_250, total: 1_250 },
    ]);
    await waitFor(() => t.data.leadList.size === 1_250);
    // Stored as given, scored as it landed (the lead brain's fields).
    const stored = await t.data.getLead(makeLead(1_249).id);
    const { score: _s, temperature: _t, engagementLevel: _e, urgency: _u, nextFollowUpAt: _n, ...given } = makeLead(1_249);
    expect(stored).toMatchObject(given);
    expect(stored?.score).toBeGreaterThan(0);
    const [created] = await firstValueFrom(t.data.observeEvents(makeLead(7).id));
    expect(created).toMatchObject({ type: 'lead_created', at: makeLead(7).createdAt });
  });

  it('refuses an import with an invalid lead before writing any', async () => {
    const t = await openWith(0);
    const leads = Array.from({ length: 600 }, (_, i) => makeLead(i));
    const broken = { ...leads[550], country: 'Atlantis' } as (typeof leads)[number];
    await expect(t.data.insertLeads([...leads.slice(0, 550), broken])).rejects.toThrow(InvalidDataError);
    await expect(t.data.insertLeads([...leads.slice(0, 550), broken])).rejects.toThrow(/lead #551: country/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(t.data.leadList.size).toBe(0);
    expect(await t.data.getLead(leads[0]!.id)).toBeNull();
  });

  it('does not overwrite live leads with the same id and says which', async () => {
    const t = await openWith(10);
    const attempt = t.data.insertLeads([makeLead(5, { name: 'Other' }), makeLead(20)]);
    await expect(attempt).rejects.toBeInstanceOf(WriteConflictError);
    await expect(attempt).rejects.toMatchObject({ ids: [makeLead(5).id] });
    expect((await t.data.getLead(makeLead(5).id))?.name).toBe('Buyer 5');
    expect(await t.data.getLead(makeLead(20).id)).not.toBeNull();
  });

  it('moves leads to a group in chunks, one group_changed event per moved lead', async () => {
    const t = await openWith(1_200);
    await t.data.updateLead(makeLead(3).id, { group: 'qualified' });
    const progress: Progress[] = [];
    t.clock.advance(5_000);
    await t.data.moveLeadsToGroup([...ids(0, 1_200), 'missing-lead'], 'qualified', (p) => progress.push(p));
    expect(progress.at(-1)).toEqual({ done: 1_201, total: 1_201 });
    expect(progress.length).toBe(4);
    await waitFor(() => t.data.leadList.query({ filters: { search: '', groups: ['qualified'], sources: [], tags: [], countries: [] }, sort: null }).length === 1_200);
    const moved = await t.data.getLead(makeLead(900).id);
    expect(moved).toMatchObject({ group: 'qualified', updatedAt: t.clock.now(), lastActivityAt: t.clock.now() });
    expect(await eventTypes(t, makeLead(900).id)).toEqual(['group_changed', 'lead_created']);
    // Already in the group: left alone, no second event.
    expect(await eventTypes(t, makeLead(3).id)).toEqual(['group_changed', 'lead_created']);
  });

  it('adds and removes a tag in bulk with events', async () => {
    const t = await openWith(700);
    t.clock.advance(1_000);
    await t.data.addTagToLeads(ids(0, 700), 'adipec-2025');
    const tagged = () => t.data.leadList.query({ filters: { search: '', groups: [], sources: [], tags: ['adipec-2025'], countries: [] }, sort: null }).length;
    await waitFor(() => tagged() === 700);
    expect((await t.data.getLead(makeLead(4).id))?.tags).toEqual(['vip', 'adipec-2025']);
    t.clock.advance(1_000);
    await t.data.removeTagFromLeads(ids(0, 350), 'adipec-2025');
    await waitFor(() => tagged() === 350);
    expect(await eventTypes(t, makeLead(1).id)).toEqual(['tag_removed', 'tag_added', 'lead_created']);
    expect(await eventTypes(t, makeLead(600).id)).toEqual(['tag_added', 'lead_created']);
    await expect(t.data.addTagToLeads(ids(0, 1), '')).rejects.toThrow(InvalidDataError);
  });

  it('deletes softly and restores the leads as they were', async () => {
    const t = await openWith(1_100);
    t.clock.advance(1_000);
    const before = await t.data.getLead(makeLead(42).id);
    const progress: Progress[] = [];
    t.clock.advance(1_000);
    const deleted = await t.data.deleteLeads(ids(0, 1_000), (p) => progress.push(p));
    expect(progress.at(-1)).toEqual({ done: 1_000, total: 1_000 });
    expect(deleted.leads.length).toBe(1_000);
    expect(deleted.leads.find((l) => l.id === before?.id)).toEqual(before);
    await waitFor(() => t.data.leadList.size === 100);
    expect(await t.data.getLead(makeLead(42).id)).toBeNull();

    t.clock.advance(1_000);
    await t.data.restoreLeads(deleted);
    await waitFor(() => t.data.leadList.size === 1_100);
    expect(await t.data.getLead(makeLead(42).id)).toEqual({ ...before, updatedAt: t.clock.now() });
    expect(await eventTypes(t, makeLead(42).id)).toEqual(['lead_restored', 'lead_deleted', 'lead_created']);
  });

  it('leaves a lead alone on restore when it is live again', async () => {
    const t = await openWith(3);
    const deleted = await t.data.deleteLeads([makeLead(1).id]);
    await t.data.insertLeads([makeLead(1, { name: 'Re-imported' })]);
    await t.data.restoreLeads(deleted);
    expect((await t.data.getLead(makeLead(1).id))?.name).toBe('Re-imported');
  });
});

describe('RxDB', () => {
  it('allows inserting over a tombstone with the same id', async () => {
    const db = await createLeadCenterDatabase({ name: uniqueDatabaseName('tombstone'), storage: validatedMemoryStorage(), multiInstance: false });
    try {
      const doc = await db.leads.insert(makeLead(1));
      await doc.remove();
      expect(await db.leads.findOne(makeLead(1).id).exec()).toBeNull();
      await db.leads.insert(makeLead(1, { name: 'Back' }));
      expect((await db.leads.findOne(makeLead(1).id).exec())?.name).toBe('Back');
    } finally {
      await db.close();
    }
  });
});
