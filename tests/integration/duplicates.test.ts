import { filter, firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { LeadCenterData } from '../../renderer/data/contract';
import type { DuplicateQueueState } from '../../renderer/data/duplicatesContract';
import { makeLead, openTestData, testIds, type TestData } from '../fixtures/testData';

/** The duplicates queue over the list projection: reasons, dismissals that persist, merges leaving it. */

const opened: TestData[] = [];

afterEach(async () => {
  for (const t of opened.splice(0)) await t.data.close();
});

async function open(options: Parameters<typeof openTestData>[0] = {}): Promise<TestData> {
  const t = await openTestData({ label: 'duplicates', autoRules: false, ...options });
  opened.push(t);
  return t;
}

/** The queue once a scan has finished and `check` holds. */
function queueWhen(data: LeadCenterData, check: (state: DuplicateQueueState) => boolean = () => true): Promise<DuplicateQueueState> {
  return firstValueFrom(data.duplicates.observeQueue().pipe(filter((state) => state.groups !== null && state.scanning === null && check(state))));
}

const groupNames = (state: DuplicateQueueState): string[][] => (state.groups ?? []).map((group) => group.leads.map((row) => row.name));

async function seed(data: LeadCenterData) {
  const email1 = await data.createLead({ name: 'Ana Ruiz', email: 'ana@acme.com', company: { name: 'Acme' } });
  const email2 = await data.createLead({ name: 'A. Ruiz', email: 'Ana@Acme.com' });
  const phone1 = await data.createLead({ name: 'Jonas Weber', phone: '+4915112345678' });
  const phone2 = await data.createLead({ name: 'J. Weber', phone: '+4915112345678' });
  const name1 = await data.createLead({ name: 'Ahmed Ali', company: { name: 'Gulf Power' } });
  const name2 = await data.createLead({ name: 'Ahmad Ali', company: { name: 'Gulf Power L.L.C.' } });
  await data.createLead({ name: 'Someone Else', email: 'else@acme.com', company: { name: 'Acme' } });
  return { email1, email2, phone1, phone2, name1, name2 };
}

describe('duplicates queue', () => {
  it('groups leads by email, phone and similar name at one company, each with its reasons', async () => {
    const t = await open();
    await seed(t.data);
    const state = await queueWhen(t.data);
    expect(groupNames(state)).toEqual([
      ['Ana Ruiz', 'A. Ruiz'],
      ['Jonas Weber', 'J. Weber'],
      ['Ahmed Ali', 'Ahmad Ali'],
    ]);
    expect(state.groups?.map((group) => group.reasons.map((reason) => reason.text))).toEqual([
      ['Same email: ana@acme.com'],
      ['Same phone: +4915112345678'],
      ['Similar names at the same company: “Ahmed Ali” / “Ahmad Ali” (88% alike) at “Gulf Power” / “Gulf Power L.L.C.”'],
    ]);
    expect(state.scannedLeads).toBe(7);
    expect(state.scannedAt).toBe(t.clock.now());
  });

  it('keeps dismissed pairs out of the queue, also after the app is opened again, and Undo brings them back', async () => {
    const t = await open();
    const { email1, email2, phone1, phone2 } = await seed(t.data);
    await queueWhen(t.data);
    await t.data.duplicates.dismiss([email1.id, email2.id]);
    let state = await queueWhen(t.data, (s) => (s.groups ?? []).length === 2);
    expect(groupNames(state)).toEqual([
      ['Jonas Weber', 'J. Weber'],
      ['Ahmed Ali', 'Ahmad Ali'],
    ]);
    await t.data.duplicates.dismissLead(phone1.id, [phone2.id]);
    await queueWhen(t.data, (s) => (s.groups ?? []).length === 1);

    await t.data.close();
    opened.splice(0);
    const again = await open({ databaseName: t.databaseName, clock: t.clock, newId: testIds('again') });
    state = await queueWhen(again.data);
    expect(groupNames(state)).toEqual([['Ahmed Ali', 'Ahmad Ali']]);

    await again.data.duplicates.undismiss([email1.id, email2.id]);
    state = await queueWhen(again.data, (s) => (s.groups ?? []).length === 2);
    expect(groupNames(state)[0]).toEqual(['Ana Ruiz', 'A. Ruiz']);
  });

  it('shows a pair dismissed inside a group still joined through a third lead', async () => {
    const t = await open();
    const a = await t.data.createLead({ name: 'A', email: 'one@x.com' });
    const b = await t.data.createLead({ name: 'B', email: 'one@x.com' });
    const c = await t.data.createLead({ name: 'C', email: 'one@x.com' });
    await queueWhen(t.data);
    await t.data.duplicates.dismissLead(a.id, [b.id]);
    const state = await queueWhen(t.data, (s) => (s.groups?.[0]?.dismissedPairs.length ?? 0) === 1);
    expect(state.groups?.[0]?.leads.map((row) => row.id)).toEqual([a.id, b.id, c.id]);
    expect(state.groups?.[0]?.dismissedPairs).toEqual([[a.id, b.id].sort()]);
  });

  it('drops merged leads from the queue and finds a lead edited into a duplicate', async () => {
    const t = await open();
    const { email1, email2, name1 } = await seed(t.data);
    await queueWhen(t.data);
    await t.data.duplicates.merge({ leadIds: [email1.id, email2.id], survivorId: email1.id });
    let state = await queueWhen(t.data, (s) => (s.groups ?? []).length === 2);
    expect(groupNames(state)).toEqual([
      ['Jonas Weber', 'J. Weber'],
      ['Ahmed Ali', 'Ahmad Ali'],
    ]);
    await t.data.updateLead(name1.id, { email: 'ana@acme.com' });
    state = await queueWhen(t.data, (s) => (s.groups ?? []).some((group) => group.leads.some((row) => row.id === email1.id)));
    expect(state.groups?.find((group) => group.leads.some((row) => row.id === email1.id))?.reasons.map((r) => r.kind)).toEqual(['email', 'similar-name']);
  });

  it('scans 8,000 leads in slices, reporting progress', async () => {
    const t = await open();
    const leads = Array.from({ length: 8_000 }, (_, i) => makeLead(i, { email: `buyer${i % 7_990}@example.com`, phone: '', company: { name: `Company ${i}` } }));
    await t.data.insertLeads(leads);
    const progress: number[] = [];
    const state = await firstValueFrom(
      t.data.duplicates.observeQueue().pipe(
        filter((s) => {
          if (s.scanning) progress.push(s.scanning.done);
          return s.groups !== null && s.scanning === null;
        }),
      ),
    );
    expect(progress.length).toBeGreaterThan(2);
    expect(state.scannedLeads).toBe(8_000);
    expect(state.groups).toHaveLength(10);
    expect(state.groups?.every((group) => group.reasons[0]?.kind === 'email')).toBe(true);
  }, 60_000);
});
