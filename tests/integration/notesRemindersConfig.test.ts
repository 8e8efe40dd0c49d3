import { filter, firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidDataError, NotFoundError } from '../../renderer/data/errors';
import { openTestData, seller, type TestData } from '../fixtures/testData';

let opened: TestData | undefined;

afterEach(async () => {
  await opened?.data.close();
  opened = undefined;
});

async function open(): Promise<TestData> {
  opened = await openTestData({ label: 'notes' });
  return opened;
}

describe('notes', () => {
  it('adds, lists newest first, edits and deletes notes, recording note_added', async () => {
    const t = await open();
    const created = await t.data.createLead({ name: 'Fatima' });
    t.clock.advance(1_000);
    const first = await t.data.addNote(created.id, 'Met at ADIPEC');
    t.clock.advance(1_000);
    const second = await t.data.addNote(created.id, '  Wants a quote for 20 valves  ');
    expect(second).toMatchObject({ body: 'Wants a quote for 20 valves', authorId: seller.userId, authorName: seller.userName, leadId: created.id });
    expect((await firstValueFrom(t.data.observeNotes(created.id))).map((n) => n.id)).toEqual([second.id, first.id]);
    expect((await t.data.getLead(created.id))?.lastActivityAt).toBe(t.clock.now());
    const events = await firstValueFrom(t.data.observeEvents(created.id));
    expect(events.filter((e) => e.type === 'note_added').map((e) => e.data)).toEqual([{ noteId: second.id }, { noteId: first.id }]);

    t.clock.advance(1_000);
    const edited = await t.data.editNote(first.id, 'Met at ADIPEC, hall 7');
    expect(edited).toMatchObject({ body: 'Met at ADIPEC, hall 7', updatedAt: t.clock.now(), createdAt: first.createdAt });
    await t.data.deleteNote(second.id);
    expect((await firstValueFrom(t.data.observeNotes(created.id))).map((n) => n.body)).toEqual(['Met at ADIPEC, hall 7']);
  });

  it('refuses empty notes and notes on missing leads', async () => {
    const t = await open();
    const created = await t.data.createLead({ name: 'X' });
    await expect(t.data.addNote(created.id, '   ')).rejects.toThrow(/a note cannot be empty/);
    await expect(t.data.addNote('missing', 'hello')).rejects.toBeInstanceOf(NotFoundError);
    await expect(t.data.editNote('missing', 'hello')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('reminders', () => {
  it('lists per lead and due across leads, soonest first, without done or deleted ones', async () => {
    const t = await open();
    const a = await t.data.createLead({ name: 'A' });
    const b = await t.data.createLead({ name: 'B' });
    t.clock.advance(1_000);
    const now = t.clock.now();
    const later = await t.data.addReminder(a.id, { kind: 'call', dueAt: now + 3_600_000, title: 'Call back' });
    const soon = await t.data.addReminder(b.id, { kind: 'email', dueAt: now + 60_000 });
    const far = await t.data.addReminder(a.id, { kind: 'meeting', dueAt: now + 86_400_000 * 7 });
    expect(later).toMatchObject({ done: false, doneAt: null, origin: 'user', notifiedAt: null, title: 'Call back' });

    expect((await firstValueFrom(t.data.observeReminders(a.id))).map((r) => r.id)).toEqual([later.id, far.id]);
    const due = t.data.observeDueReminders(now + 86_400_000);
    expect((await firstValueFrom(due)).map((r) => r.id)).toEqual([soon.id, later.id]);

    t.clock.advance(10_000);
    await t.data.setReminderDone(soon.id, true);
    await t.data.markReminderNotified(later.id);
    expect((await firstValueFrom(due.pipe(filter((list) => list.length === 1))))[0]).toMatchObject({ id: later.id, notifiedAt: t.clock.now() });
    const [done] = (await firstValueFrom(t.data.observeReminders(b.id))).filter((r) => r.id === soon.id);
    expect(done).toMatchObject({ done: true, doneAt: t.clock.now() });
    expect((await firstValueFrom(t.data.observeEvents(b.id))).map((e) => e.type)).toEqual(['reminder_done', 'reminder_created', 'lead_created']);
    expect((await t.data.getLead(b.id))?.lastActivityAt).toBe(t.clock.now());

    await t.data.setReminderDone(soon.id, false);
    expect((await firstValueFrom(due.pipe(filter((list) => list.length === 2)))).map((r) => r.id)).toEqual([soon.id, later.id]);
    await t.data.deleteReminder(soon.id);
    expect((await firstValueFrom(due.pipe(filter((list) => list.length === 1)))).map((r) => r.id)).toEqual([later.id]);
  });

  it('refuses invalid reminders', async () => {
    const t = await open();
    const created = await t.data.createLead({ name: 'X' });
    await expect(t.data.addReminder(created.id, { kind: 'fax' as 'call', dueAt: 1 })).rejects.toBeInstanceOf(InvalidDataError);
    await expect(t.data.addReminder(created.id, { kind: 'call', dueAt: -5 })).rejects.toBeInstanceOf(InvalidDataError);
    await expect(t.data.setReminderDone('missing', true)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('config', () => {
  it('stores, reads, lists and deletes documents by kind and key', async () => {
    const t = await open();
    expect(await t.data.getConfig('saved-view', 'hot')).toBeNull();
    await t.data.setConfig('saved-view', 'hot', { name: 'Hot leads', columns: ['name', 'score'] });
    expect(await t.data.getConfig('saved-view', 'hot')).toEqual({
      name: 'Hot leads',
      columns: ['name', 'score'],
      sort: null,
      filters: { search: '', groups: [], sources: [], tags: [], countries: [], temperatures: [], engagementLevels: [], owners: [] },
    });
    await t.data.setConfig('saved-view', 'cold', { name: 'Cold', columns: [] });
    await t.data.setConfig('saved-view', 'hot', { name: 'Hot', columns: ['name'] });
    await t.data.setConfig('thresholds', 'default', { hot: 70 });
    const views = await firstValueFrom(t.data.observeConfigKind<{ name: string }>('saved-view'));
    expect(views.map((v) => [v.key, v.data.name])).toEqual([
      ['cold', 'Cold'],
      ['hot', 'Hot'],
    ]);
    await t.data.deleteConfig('saved-view', 'cold');
    expect(await t.data.getConfig('saved-view', 'cold')).toBeNull();
    expect(await t.data.getConfig('thresholds', 'default')).toEqual({ hot: 70 });
  });

  it('refuses unknown kinds, bad keys and payloads that do not fit the kind', async () => {
    const t = await open();
    await expect(t.data.setConfig('nonsense', 'x', {})).rejects.toBeInstanceOf(InvalidDataError);
    await expect(t.data.setConfig('thresholds', 'has space', {})).rejects.toBeInstanceOf(InvalidDataError);
    await expect(t.data.setConfig('saved-view', 'v', { name: '', columns: [] })).rejects.toThrow(/give the view a name/);
    await expect(t.data.setConfig('thresholds', 'x', { when: new Date(0) })).rejects.toBeInstanceOf(InvalidDataError);
  });
});
