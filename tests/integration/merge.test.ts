import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { LeadEvent } from '../../core/model/event';
import { InvalidDataError, NotFoundError } from '../../renderer/data/errors';
import { openTestData, type TestData } from '../fixtures/testData';

/** Merging leads through the change journal, and undoing it (issue 6, acceptance 2). */

let opened: TestData | undefined;

afterEach(async () => {
  await opened?.data.close();
  opened = undefined;
});

async function open(): Promise<TestData> {
  opened = await openTestData({ label: 'merge', autoRules: false });
  return opened;
}

const kinds = (events: readonly LeadEvent[]): string[] => events.map((e) => `${e.leadId}:${e.type}${typeof e.data.action === 'string' ? `:${e.data.action}` : ''}`);

/** Two leads of one buyer: each with its own notes, reminders, tags and activity. */
async function twoLeads(t: TestData) {
  const { data, clock } = t;
  const survivor = await data.createLead({ name: 'Ahmed Ali', email: 'ahmed@gulfpower.ae', company: { name: 'Gulf Power' }, tags: ['adipec'] });
  const other = await data.createLead({ name: 'Ahmad Ali', email: 'AHMED@gulfpower.ae', phone: '+971501234567', company: { name: 'Gulf Power LLC' }, tags: ['pumps'], group: 'qualified' });
  clock.advance(60_000);
  await data.recordLeadEvent(survivor.id, { type: 'quote_request' });
  await data.recordLeadEvent(other.id, { type: 'quote_request' });
  await data.recordLeadEvent(other.id, { type: 'call' });
  const survivorNote = await data.addNote(survivor.id, 'Met at ADIPEC');
  const otherNote = await data.addNote(other.id, 'Wants 20 pumps');
  const otherReminder = await data.addReminder(other.id, { kind: 'call', dueAt: clock.now() + 86_400_000, title: 'Call back' });
  clock.advance(60_000);
  return { survivor: await data.getLead(survivor.id), other: await data.getLead(other.id), survivorNote, otherNote, otherReminder };
}

describe('merge', () => {
  it('moves notes, reminders and tags to the survivor, sums counters, deletes the other lead and shows its events in the survivor’s history', async () => {
    const t = await open();
    const { survivor, other, survivorNote, otherNote, otherReminder } = await twoLeads(t);
    if (!survivor || !other) throw new Error('leads missing');

    const preview = await t.data.duplicates.previewMerge([survivor.id, other.id], survivor.id);
    expect(preview.leads.map((l) => [l.lead.id, l.notes, l.reminders])).toEqual([
      [survivor.id, 1, 0],
      [other.id, 1, 1],
    ]);
    expect(preview.choices.map((c) => c.id)).toEqual(['name', 'email', 'company.name']);
    expect(preview.filled.map((f) => f.id)).toEqual(['phone', 'group']);

    const outcome = await t.data.duplicates.merge({ leadIds: [survivor.id, other.id], survivorId: survivor.id, choices: { name: other.id } });
    expect(outcome.mergedIds).toEqual([other.id]);

    const merged = await t.data.getLead(survivor.id);
    expect(merged).toMatchObject({ name: 'Ahmad Ali', email: 'ahmed@gulfpower.ae', phone: '+971501234567', company: { name: 'Gulf Power' }, group: 'qualified', tags: ['adipec', 'pumps'] });
    expect(merged?.counters).toMatchObject({ quoteRequests: 2, calls: 1 });
    expect(merged?.score).toBe(outcome.survivor.score);
    expect(await t.data.getLead(other.id)).toBeNull();

    const notes = await firstValueFrom(t.data.observeNotes(survivor.id));
    expect(notes.map((n) => n.id).sort()).toEqual([survivorNote.id, otherNote.id].sort());
    expect((await firstValueFrom(t.data.observeReminders(survivor.id))).map((r) => r.id)).toEqual([otherReminder.id]);
    expect(await firstValueFrom(t.data.observeNotes(other.id))).toEqual([]);

    const history = kinds(await firstValueFrom(t.data.observeEvents(survivor.id)));
    expect(history).toContain(`${other.id}:quote_request`);
    expect(history).toContain(`${other.id}:call`);
    expect(history).toContain(`${other.id}:lead_deleted:merged`);
    expect(history).toContain(`${survivor.id}:lead_updated:merged`);
    expect(history).toContain(`${survivor.id}:group_changed`);
    expect(history).toContain(`${survivor.id}:tag_added`);
    const mergedEvent = (await firstValueFrom(t.data.observeEvents(survivor.id))).find((e) => e.data.action === 'merged' && e.leadId === survivor.id);
    expect(mergedEvent?.data).toMatchObject({ changeSetId: outcome.changeSetId, mergedLeadIds: [other.id], mergedNames: ['Ahmad Ali'] });

    expect(await t.data.duplicates.mergedLeadIdsOf(survivor.id)).toEqual([other.id]);
    const entries = await firstValueFrom(t.data.duplicates.observeMergesInto(survivor.id));
    expect(entries).toEqual([expect.objectContaining({ changeSetId: outcome.changeSetId, status: 'applied', merged: [{ id: other.id, name: 'Ahmad Ali', email: 'AHMED@gulfpower.ae', company: 'Gulf Power LLC' }] })]);
  });

  it('undo brings the merged lead, its notes and reminders back and restores the survivor', async () => {
    const t = await open();
    const { survivor, other, otherNote, otherReminder } = await twoLeads(t);
    if (!survivor || !other) throw new Error('leads missing');
    const outcome = await t.data.duplicates.merge({ leadIds: [other.id, survivor.id], survivorId: survivor.id, choices: { name: other.id } });
    t.clock.advance(60_000);

    const { problems } = await t.data.duplicates.undoMerge(outcome.changeSetId);
    expect(problems).toEqual([]);

    const restoredSurvivor = await t.data.getLead(survivor.id);
    expect(restoredSurvivor).toMatchObject({ name: 'Ahmed Ali', phone: '', group: 'untouched', tags: ['adipec'], counters: survivor.counters });
    const restoredOther = await t.data.getLead(other.id);
    expect({ ...restoredOther, updatedAt: 0 }).toEqual({ ...other, updatedAt: 0 });
    expect((await firstValueFrom(t.data.observeNotes(other.id))).map((n) => n.id)).toEqual([otherNote.id]);
    expect((await firstValueFrom(t.data.observeReminders(other.id))).map((r) => r.id)).toEqual([otherReminder.id]);
    expect((await firstValueFrom(t.data.observeReminders(survivor.id))).map((r) => r.id)).toEqual([]);

    expect(await t.data.duplicates.mergedLeadIdsOf(survivor.id)).toEqual([]);
    const survivorHistory = kinds(await firstValueFrom(t.data.observeEvents(survivor.id)));
    expect(survivorHistory).not.toContain(`${other.id}:call`);
    expect(survivorHistory).toContain(`${survivor.id}:lead_updated:merge_undone`);
    expect(kinds(await firstValueFrom(t.data.observeEvents(other.id)))).toContain(`${other.id}:lead_restored:merge_undone`);
    const [entry] = await firstValueFrom(t.data.duplicates.observeMergesInto(survivor.id));
    expect(entry).toMatchObject({ status: 'undone', undoneAt: t.clock.now() });

    await expect(t.data.duplicates.undoMerge(outcome.changeSetId)).rejects.toBeInstanceOf(InvalidDataError);
  });

  it('undo keeps what the seller changed on the survivor since, and says so', async () => {
    const t = await open();
    const { survivor, other } = await twoLeads(t);
    if (!survivor || !other) throw new Error('leads missing');
    const outcome = await t.data.duplicates.merge({ leadIds: [survivor.id, other.id], survivorId: survivor.id, choices: { name: other.id } });
    await t.data.updateLead(survivor.id, { name: 'Ahmed A. Ali' });
    const { problems } = await t.data.duplicates.undoMerge(outcome.changeSetId);
    expect(problems).toEqual([`The lead ${survivor.id} field "name" was changed since; kept its current value`]);
    expect(await t.data.getLead(survivor.id)).toMatchObject({ name: 'Ahmed A. Ali', phone: '', tags: ['adipec'] });
    expect(await t.data.getLead(other.id)).not.toBeNull();
  });

  it('merges three leads, and follows a later merge of the survivor', async () => {
    const t = await open();
    const a = await t.data.createLead({ name: 'A', email: 'a@x.com' });
    const b = await t.data.createLead({ name: 'B', email: 'a@x.com' });
    const c = await t.data.createLead({ name: 'C', email: 'a@x.com' });
    const d = await t.data.createLead({ name: 'D', email: 'a@x.com' });
    await t.data.recordLeadEvent(c.id, { type: 'chat' });
    await t.data.duplicates.merge({ leadIds: [a.id, b.id, c.id], survivorId: b.id });
    await t.data.duplicates.merge({ leadIds: [b.id, d.id], survivorId: d.id });
    expect(await t.data.duplicates.mergedLeadIdsOf(d.id)).toEqual([a.id, b.id, c.id].sort());
    expect(kinds(await firstValueFrom(t.data.observeEvents(d.id)))).toContain(`${c.id}:chat`);
    expect((await t.data.getLead(d.id))?.counters.chats).toBe(1);
  });

  it('refuses a merge of one lead, with a missing lead, with a value from outside the merge, and a second time', async () => {
    const t = await open();
    const a = await t.data.createLead({ name: 'A' });
    const b = await t.data.createLead({ name: 'B' });
    await expect(t.data.duplicates.merge({ leadIds: [a.id], survivorId: a.id })).rejects.toThrow('Pick at least two leads to merge');
    await expect(t.data.duplicates.merge({ leadIds: [a.id, 'missing'], survivorId: a.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(t.data.duplicates.merge({ leadIds: [a.id, b.id], survivorId: a.id, choices: { name: 'elsewhere' } })).rejects.toBeInstanceOf(InvalidDataError);
    await t.data.duplicates.merge({ leadIds: [a.id, b.id], survivorId: a.id });
    await expect(t.data.duplicates.merge({ leadIds: [a.id, b.id], survivorId: a.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});
