import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScoringModel } from '../../core/scoring/defaultScoringModel';
import type { LeadEvent } from '../../core/model/event';
import { makeLead, openTestData, testClock, uniqueDatabaseName, waitFor, type TestData } from '../fixtures/testData';

const DAY = 86_400_000;
let opened: TestData[] = [];

afterEach(async () => {
  for (const t of opened) await t.data.close();
  opened = [];
});

async function open(options: Parameters<typeof openTestData>[0] = {}): Promise<TestData> {
  const t = await openTestData(options);
  opened.push(t);
  return t;
}

async function eventsOf(t: TestData, leadId: string): Promise<LeadEvent[]> {
  return firstValueFrom(t.data.observeEvents(leadId));
}

describe('the lead brain in the store', () => {
  it('scores a new lead when it is created, and a patch cannot set the score', async () => {
    const t = await open();
    const lead = await t.data.createLead({ name: 'Aisha Rahman', email: 'aisha@gridco.ae', phone: '+971501234567', company: { name: 'GridCo' } });
    expect(lead.score).toBeGreaterThan(0);
    expect(lead.temperature).toBe('cold');
    const patched = await t.data.updateLead(lead.id, { score: 99, temperature: 'hot', jobTitle: 'CEO' });
    expect(patched.score).not.toBe(99);
    expect(patched.score).toBeGreaterThan(lead.score);
    expect(patched.temperature).not.toBe('hot');
  });

  it('rescores in the same write when a qualification field changes', async () => {
    const t = await open();
    const lead = await t.data.createLead({ name: 'Li Wei', email: 'li@hydro.cn' });
    const qualified = await t.data.updateLead(lead.id, { qualification: { ...lead.qualification, budget: 'high', authority: 'decision_maker' } });
    expect(qualified.score).toBeGreaterThan(lead.score);
    expect((await t.data.getLead(lead.id))?.score).toBe(qualified.score);
  });

  it('a quote request updates counters, interest, stage (with its cause), level and score in one lead write', async () => {
    const t = await open();
    const lead = await t.data.createLead({ name: 'Omar Haddad', email: 'omar@petro.sa', company: { name: 'Petro' } });
    t.clock.advance(60_000);
    const after = await t.data.recordLeadEvent(lead.id, { type: 'quote_request', data: { product: 'Transformer 5 MVA' } });
    expect(after.counters.quoteRequests).toBe(1);
    expect(after.lastInterestAt).toBe(t.clock.now());
    expect(after.stage).toBe('intentional_leads');
    expect(after.engagementLevel).toBe('HOT');
    expect(after.urgency).toBeGreaterThanOrEqual(8);
    expect(after.nextFollowUpAt).not.toBeNull();
    expect(after.score).toBeGreaterThan(lead.score);
    const events = await eventsOf(t, lead.id);
    const stageChange = events.find((e) => e.type === 'stage_changed');
    expect(stageChange?.actor.kind).toBe('system');
    expect(stageChange?.data).toMatchObject({ from: 'unknown', to: 'intentional_leads', cause: 'quote_request' });
    expect(events.some((e) => e.type === 'quote_request' && e.data.product === 'Transformer 5 MVA')).toBe(true);
  });

  it('never moves a stage backwards automatically, but a person may', async () => {
    const t = await open();
    const lead = await t.data.createLead({ name: 'Nora' });
    await t.data.updateLead(lead.id, { stage: 'confirmed_leads' });
    const opened1 = await t.data.recordLeadEvent(lead.id, { type: 'email_open' });
    expect(opened1.stage).toBe('confirmed_leads');
    const manual = await t.data.updateLead(lead.id, { stage: 'initial_contact' });
    expect(manual.stage).toBe('initial_contact');
    const events = await eventsOf(t, lead.id);
    const manualChange = events.find((e) => e.type === 'stage_changed' && e.data.to === 'initial_contact');
    expect(manualChange?.actor).toMatchObject({ kind: 'user', id: 'user-1' });
  });

  it('refuses bookkeeping events, unknown types and missing leads', async () => {
    const t = await open();
    const lead = await t.data.createLead({ name: 'X' });
    await expect(t.data.recordLeadEvent(lead.id, { type: 'stage_changed' })).rejects.toThrow(/recorded by Lead Center itself/);
    await expect(t.data.recordLeadEvent(lead.id, { type: 'nonsense' as never })).rejects.toThrow();
    await expect(t.data.recordLeadEvent('missing', { type: 'call' })).rejects.toThrow(/does not exist/);
  });

  it('moving leads to Spam rescores them with the penalty, and the move names who did it', async () => {
    const t = await open();
    const lead = await t.data.createLead({ name: 'Spammy', email: 'x@y.com', phone: '+14155550100' });
    expect(lead.score).toBeGreaterThan(0);
    await t.data.moveLeadsToGroup([lead.id], 'spam');
    expect((await t.data.getLead(lead.id))?.score).toBe(0);
    const move = (await eventsOf(t, lead.id)).find((e) => e.type === 'group_changed');
    expect(move?.actor).toMatchObject({ kind: 'user', id: 'user-1' });
    expect(move?.data).toMatchObject({ from: 'untouched', to: 'spam' });
  });

  it('a full pass applies time-untouched decay, reports progress and remembers when it ran', async () => {
    const t = await open();
    const leads = Array.from({ length: 1200 }, (_, i) => makeLead(i, { name: `Lead ${i}`, email: `l${i}@x.com`, createdAt: t.clock.now(), lastInterestAt: t.clock.now() }));
    await t.data.insertLeads(leads);
    const before = await t.data.getLead(leads[0]!.id);
    t.clock.advance(40 * DAY);
    const progress: number[] = [];
    const sub = t.data.rescoring.observe().subscribe((s) => progress.push(s.done));
    await t.data.rescoring.runNow('manual');
    sub.unsubscribe();
    const status = await firstValueFrom(t.data.rescoring.observe());
    expect(status).toMatchObject({ running: false, reason: 'manual', total: 1200, done: 1200, lastError: null });
    expect(status.changed).toBe(1200);
    expect(new Set(progress).size).toBeGreaterThan(2);
    const after = await t.data.getLead(leads[0]!.id);
    expect(after!.score).toBeLessThan(before!.score);
    expect(after!.updatedAt).toBe(before!.updatedAt);
    expect(await t.data.getConfig('scoring-state', 'default')).toMatchObject({ lastFullPassAt: t.clock.now(), leadsScored: 1200 });
    // Nothing changed since: a second pass writes nothing.
    await t.data.rescoring.runNow('manual');
    expect((await firstValueFrom(t.data.rescoring.observe())).changed).toBe(0);
  });

  it('a saved settings change starts a full pass with the new weights', async () => {
    const t = await open({ autoRescore: { settingsDebounceMs: 0, checkEveryMs: 3_600_000 } });
    // The start-up pass first: had it not begun yet, it could run after the settings pass and
    // its status ('startup') would replace the one this test waits for.
    await waitFor(() => t.data.rescoring.status.lastFinishedAt !== null && !t.data.rescoring.status.running);
    const lead = await t.data.createLead({ name: 'Weighted', email: 'w@x.com' });
    const criteria = defaultScoringModel.criteria.map((c) => (c.id === 'primary_email' ? { ...c, weight: 1 } : c));
    await t.data.setConfig('scoring-model', 'default', { ...defaultScoringModel, criteria });
    await waitFor(() => {
      const s = t.data.rescoring.status;
      return s.reason === 'settings' && !s.running;
    });
    expect((await t.data.getLead(lead.id))!.score).toBeLessThan(lead.score);
  });

  it('runs a pass at start-up when a day was missed, not when it already ran today', async () => {
    const clock = testClock(Date.UTC(2026, 10, 20, 12));
    const databaseName = uniqueDatabaseName('brain-startup');
    const first = await openTestData({ clock, databaseName, autoRescore: { checkEveryMs: 3_600_000 } });
    await waitFor(() => first.data.rescoring.status.lastFinishedAt !== null);
    await first.data.close();

    const sameDay = await openTestData({ clock, databaseName, autoRescore: { checkEveryMs: 3_600_000 } });
    opened.push(sameDay);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sameDay.data.rescoring.status.lastFinishedAt).toBeNull();
    await sameDay.data.close();
    opened = [];

    clock.advance(2 * DAY);
    const later = await openTestData({ clock, databaseName, autoRescore: { checkEveryMs: 3_600_000 } });
    opened.push(later);
    await waitFor(() => later.data.rescoring.status.lastFinishedAt !== null);
    expect(await later.data.getConfig('scoring-state', 'default')).toMatchObject({ lastFullPassAt: clock.now() });
  });
});
