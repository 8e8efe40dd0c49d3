import { BehaviorSubject, type Subscription } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewItemId } from '../../core/review/reviewItems';
import type { LeadCenterData } from '../../renderer/data/contract';
import type { DailyReview } from '../../renderer/data/reviewContract';
import { manager, openTestData, testClock, uniqueDatabaseName, waitFor, type TestData } from '../fixtures/testData';

// A seller in Dubai (UTC+4); 10:00 UTC on 11 March 2025 is 14:00 there.
const offset = 240;
const start = Date.parse('2025-03-11T10:00:00Z');
const hour = 3_600_000;

const opened: TestData[] = [];
const watching: Subscription[] = [];

afterEach(async () => {
  for (const subscription of watching.splice(0)) subscription.unsubscribe();
  for (const t of opened.splice(0)) await t.data.close();
});

async function open(options: { databaseName?: string; seller?: typeof manager; clock?: ReturnType<typeof testClock> } = {}): Promise<TestData> {
  const t = await openTestData({ label: 'review', autoRules: false, utcOffsetMinutes: () => offset, clock: options.clock ?? testClock(start), ...options });
  opened.push(t);
  return t;
}

/** Watches the checklist with a time the test moves. */
function watch(data: LeadCenterData, now: number): { latest: () => DailyReview | null; time: BehaviorSubject<number> } {
  const time = new BehaviorSubject(now);
  let latest: DailyReview | null = null;
  watching.push(data.review.observe(time).subscribe((review) => (latest = review)));
  return { latest: () => latest, time };
}

function item(review: DailyReview | null, id: ReviewItemId) {
  const found = review?.items.find((i) => i.id === id);
  if (!found) throw new Error(`no ${id} in the checklist yet`);
  return found;
}

async function until(watched: { latest: () => DailyReview | null }, test: (review: DailyReview) => boolean): Promise<DailyReview> {
  await waitFor(() => {
    const review = watched.latest();
    return review !== null && !review.counting && test(review);
  });
  return watched.latest() as DailyReview;
}

describe('daily review: counts follow the data', () => {
  it('a HOT lead, its call, its reply and the note move the counts, and zero ticks itself', async () => {
    const t = await open();
    const watched = watch(t.data, t.clock.now());
    let review = await until(watched, (r) => r.day === '2025-03-11');
    expect(item(review, 'hot-alerts')).toMatchObject({ count: 0, ticked: true, by: 'nothing-left' });
    expect(review.done).toBe(review.total);

    const lead = await t.data.createLead({ name: 'Layla Nasser', email: 'layla@gulfpumps.ae' });
    t.clock.advance(60_000);
    await t.data.recordLeadEvent(lead.id, { type: 'quote_request' });
    expect((await t.data.getLead(lead.id))?.engagementLevel).toBe('HOT');
    review = await until(watched, (r) => item(r, 'hot-first').count === 1);
    expect(item(review, 'hot-alerts')).toMatchObject({ count: 1, ticked: false, by: null, leadIds: [lead.id] });
    expect(item(review, 'schedule-hot-calls')).toMatchObject({ count: 1, ticked: false });
    expect(item(review, 'plan-tomorrow').count).toBe(1);
    expect(item(review, 'dashboard-metrics').count).toBe(1);

    // A call reminder: the call is scheduled, and tomorrow is planned; both tick themselves.
    await t.data.addReminder(lead.id, { kind: 'call', dueAt: t.clock.now() + 20 * hour });
    review = await until(watched, (r) => item(r, 'schedule-hot-calls').count === 0);
    expect(item(review, 'schedule-hot-calls')).toMatchObject({ ticked: true, by: 'nothing-left' });
    expect(item(review, 'plan-tomorrow')).toMatchObject({ count: 0, ticked: true, by: 'nothing-left' });

    // We call back: the HOT lead is answered; a conversation today wants a note.
    t.clock.advance(60_000);
    await t.data.recordLeadEvent(lead.id, { type: 'call', data: { outcome: 'reached' } });
    review = await until(watched, (r) => item(r, 'engagement-notes').count === 1);
    expect(item(review, 'hot-first').count).toBe(0);

    // The buyer replies by email: a new reply to answer, and the HOT lead waits again.
    t.clock.advance(60_000);
    await t.data.recordLeadEvent(lead.id, { type: 'email_reply' });
    review = await until(watched, (r) => item(r, 'new-replies').count === 1);
    expect(item(review, 'new-replies')).toMatchObject({ ticked: false, leadIds: [lead.id] });
    expect(item(review, 'hot-first').count).toBe(1);

    // A note after it settles engagement notes.
    t.clock.advance(60_000);
    await t.data.addNote(lead.id, 'Wants 40 valves by June; call Tuesday');
    review = await until(watched, (r) => item(r, 'engagement-notes').count === 0);
    expect(item(review, 'engagement-notes')).toMatchObject({ ticked: true, by: 'nothing-left' });
  });

  it('a reminder falling due counts, and ticks itself once done; new work lifts an automatic tick', async () => {
    const t = await open();
    const lead = await t.data.createLead({ name: 'Omar' });
    const watched = watch(t.data, t.clock.now());
    const reminder = await t.data.addReminder(lead.id, { kind: 'follow-up', dueAt: t.clock.now() + hour });
    let review = await until(watched, (r) => item(r, 'follow-ups').count === 0);
    expect(item(review, 'follow-ups').ticked).toBe(true);

    t.clock.advance(2 * hour);
    watched.time.next(t.clock.now());
    review = await until(watched, (r) => item(r, 'follow-ups').count === 1);
    expect(item(review, 'follow-ups')).toMatchObject({ ticked: false, by: null });

    await t.data.setReminderDone(reminder.id, true);
    review = await until(watched, (r) => item(r, 'follow-ups').count === 0);
    expect(item(review, 'follow-ups')).toMatchObject({ ticked: true, by: 'nothing-left' });
  });

  it('counts emails waiting for this seller’s approval', async () => {
    const t = await open();
    const lead = await t.data.createLead({ name: 'Nadia', email: 'nadia@desalco.com' });
    const watched = watch(t.data, t.clock.now());
    const draft = await t.data.emails.createDraft({ leadId: lead.id, kind: 'follow_up', subject: 'Your valves', body: 'Hello Nadia' });
    await t.data.emails.submit(draft.id);
    let review = await until(watched, (r) => item(r, 'approve-emails').count === 1);
    expect(item(review, 'approve-emails').leadIds).toEqual([lead.id]);
    await t.data.emails.approve([draft.id]);
    review = await until(watched, (r) => item(r, 'approve-emails').count === 0);
    expect(item(review, 'approve-emails').ticked).toBe(true);
  });
});

describe('daily review: ticks', () => {
  it('persist per user per day, and a new day starts fresh', async () => {
    const databaseName = uniqueDatabaseName('review-ticks');
    const clock = testClock(start);
    const first = await open({ databaseName, clock });
    await first.data.createLead({ name: 'Hot one' }).then((lead) => first.data.recordLeadEvent(lead.id, { type: 'quote_request' }));
    const day = first.data.review.dayOf(clock.now());
    expect(day).toBe('2025-03-11');
    await first.data.review.setTicked(day, 'hot-alerts', true);
    await first.data.review.setTicked(day, 'custom-actions', false);
    const watched = watch(first.data, clock.now());
    let review = await until(watched, (r) => item(r, 'hot-alerts').count === 1);
    expect(item(review, 'hot-alerts')).toMatchObject({ ticked: true, by: 'you', at: clock.now() });
    // Unticked by the seller: stays unticked though nothing is left.
    expect(item(review, 'custom-actions')).toMatchObject({ count: 0, ticked: false, by: 'you' });
    expect(await first.data.getConfig('daily-review', `user-1:${day}`)).toEqual({
      userId: 'user-1',
      day,
      items: { 'hot-alerts': { ticked: true, at: clock.now() }, 'custom-actions': { ticked: false, at: clock.now() } },
    });
    await first.data.close();
    opened.splice(opened.indexOf(first), 1);

    // The same seller, the app opened again: still ticked.
    const again = await open({ databaseName, clock });
    review = await until(watch(again.data, clock.now()), (r) => item(r, 'hot-alerts').count === 1);
    expect(item(review, 'hot-alerts')).toMatchObject({ ticked: true, by: 'you' });
    await again.data.close();
    opened.splice(opened.indexOf(again), 1);

    // Another user on the same data: their own, empty checklist.
    const other = await open({ databaseName, clock, seller: manager });
    review = await until(watch(other.data, clock.now()), (r) => item(r, 'hot-alerts').count === 1);
    expect(item(review, 'hot-alerts')).toMatchObject({ ticked: false, by: null });
    await other.data.close();
    opened.splice(opened.indexOf(other), 1);

    // Past midnight, local time (20:00 UTC in Dubai): a fresh checklist; yesterday's is kept.
    const later = await open({ databaseName, clock });
    const next = watch(later.data, clock.now());
    await until(next, (r) => item(r, 'hot-alerts').ticked);
    clock.set(Date.parse('2025-03-11T20:00:00Z'));
    next.time.next(clock.now());
    review = await until(next, (r) => r.day === '2025-03-12');
    expect(item(review, 'hot-alerts')).toMatchObject({ ticked: false, by: null });
    expect(item(review, 'custom-actions')).toMatchObject({ ticked: true, by: 'nothing-left' });
    expect(await later.data.getConfig('daily-review', 'user-1:2025-03-11')).not.toBeNull();
    expect(await later.data.getConfig('daily-review', 'user-1:2025-03-12')).toBeNull();
  });

  it('keeps ticks for the app’s own long user ids (user-<uuid>)', async () => {
    const t = await open({ seller: { ...manager, userId: 'user-3f2b9c1e-8a7d-4b6e-9f01-2c3d4e5f6a7b' } });
    await t.data.review.setTicked('2025-03-11', 'plan-tomorrow', true);
    const review = await until(watch(t.data, t.clock.now()), (r) => item(r, 'plan-tomorrow').by === 'you');
    expect(item(review, 'plan-tomorrow').ticked).toBe(true);
  });

  it('refuses an unknown item and a malformed day', async () => {
    const t = await open();
    await expect(t.data.review.setTicked('2025-03-11', 'nope' as ReviewItemId, true)).rejects.toThrow(/not an item/);
    await expect(t.data.review.setTicked('11/03/2025', 'hot-alerts', true)).rejects.toThrow(/not a day/);
    await expect(t.data.setConfig('daily-review', 'user-1:2025-03-11', { userId: 'user-1', day: 'yesterday', items: {} })).rejects.toThrow(/daily-review/);
  });
});
