import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createLeadBrain } from '../../core/brain/leadBrain';
import type { JsonObject } from '../../core/model/json';
import { defaultLeadSettings } from '../../core/settings/leadSettings';
import { applyChangeSet, getChangeSet, observeChangeSets, readStoredDocuments, recoverInterruptedChanges, undoChangeSet, type ChangePlan } from '../../renderer/data/changeJournal';
import type { DataContext } from '../../renderer/data/context';
import { createLeadCenterDatabase, type LeadCenterDatabase } from '../../renderer/data/database';
import { InvalidDataError, WriteConflictError } from '../../renderer/data/errors';
import { createLead } from '../../renderer/data/leadWrites';
import { seller, testClock, testIds, uniqueDatabaseName } from '../fixtures/testData';
import { validatedMemoryStorage } from '../fixtures/validatedMemoryStorage';

/** The journal straight on a database: apply, conflict, forced failure midway, undo, crash recovery. */

let db: LeadCenterDatabase | undefined;

afterEach(async () => {
  await db?.close();
  db = undefined;
});

async function setUp(): Promise<{ ctx: DataContext; clock: ReturnType<typeof testClock> }> {
  db = await createLeadCenterDatabase({ name: uniqueDatabaseName('change-journal'), storage: validatedMemoryStorage(), multiInstance: false });
  const clock = testClock();
  const brain = createLeadBrain(defaultLeadSettings);
  return { ctx: { db, seller, clock: clock.now, newId: testIds('cs'), brain: () => brain }, clock };
}

const base = { ownerId: seller.userId, teamId: seller.teamId, createdAt: 1_750_000_000_000, updatedAt: 1_750_000_000_000 };

async function stored(ctx: DataContext, collection: 'leads' | 'contacts' | 'accounts', id: string): Promise<JsonObject | null> {
  return (await readStoredDocuments(ctx, collection, [id])).get(id) ?? null;
}

/** A conversion-like plan: the lead moves to customer and links a new contact and a new account. */
async function conversionPlan(ctx: DataContext): Promise<{ plan: ChangePlan; leadBefore: JsonObject }> {
  const created = await createLead(ctx, { name: 'Ana Ruiz', email: 'ana@acme.example', group: 'qualified', company: { name: 'Acme Power' } });
  const leadBefore = await stored(ctx, 'leads', created.id);
  if (!leadBefore) throw new Error('lead not stored');
  const now = ctx.clock();
  const plan: ChangePlan = {
    kind: 'conversion',
    label: 'Converted Ana Ruiz',
    leadIds: [created.id],
    changes: [
      { collection: 'leads', id: created.id, before: leadBefore, after: { ...leadBefore, group: 'customer', conversion: { contactId: 'ct-1', accountId: 'ac-1', convertedAt: now }, updatedAt: now } },
      { collection: 'contacts', id: 'ct-1', before: null, after: { ...base, id: 'ct-1', leadId: created.id, accountId: 'ac-1', name: 'Ana Ruiz', email: 'ana@acme.example' } },
      { collection: 'accounts', id: 'ac-1', before: null, after: { ...base, id: 'ac-1', name: 'Acme Power', sourceLeadId: created.id } },
    ],
  };
  return { plan, leadBefore };
}

describe('change journal', () => {
  it('applies every document of a plan and records the change set as applied', async () => {
    const { ctx, clock } = await setUp();
    const { plan } = await conversionPlan(ctx);
    clock.advance(1000);
    const set = await applyChangeSet(ctx, plan);
    expect(set.status).toBe('applied');
    expect((await stored(ctx, 'leads', plan.leadIds[0] ?? ''))?.['group']).toBe('customer');
    expect((await stored(ctx, 'contacts', 'ct-1'))?.['name']).toBe('Ana Ruiz');
    // Defaults of the model are filled in, and the journal holds exactly what was stored.
    const account = await stored(ctx, 'accounts', 'ac-1');
    expect(account?.['website']).toBe('');
    expect(set.changes[2]?.after).toEqual(account);
    expect(await getChangeSet(ctx, set.id)).toEqual(set);
    const listed = await firstValueFrom(observeChangeSets(ctx));
    expect(listed.map((entry) => entry.id)).toEqual([set.id]);
  });

  it('refuses a plan whose documents changed since it was read, and writes nothing', async () => {
    const { ctx } = await setUp();
    const { plan, leadBefore } = await conversionPlan(ctx);
    // The lead changes between planning and applying; contacts come first so a write happened before the check fails.
    const leadId = plan.leadIds[0] ?? '';
    const moved = { ...plan, changes: [plan.changes[1], plan.changes[0], plan.changes[2]].filter((change) => change !== undefined) };
    await rawPatch(ctx, leadId, { jobTitle: 'Edited elsewhere' });
    await expect(applyChangeSet(ctx, moved)).rejects.toBeInstanceOf(WriteConflictError);
    expect(await stored(ctx, 'contacts', 'ct-1')).toBeNull();
    expect(await stored(ctx, 'accounts', 'ac-1')).toBeNull();
    expect((await stored(ctx, 'leads', leadId))?.['group']).toBe(leadBefore['group']);
    const [set] = await firstValueFrom(observeChangeSets(ctx));
    expect(set?.status).toBe('rolled_back');
    expect(set?.problems[0]).toContain('changed since');
  });

  it('is all-or-nothing when a write fails midway: every collection is as before', async () => {
    const { ctx } = await setUp();
    const { plan, leadBefore } = await conversionPlan(ctx);
    // The accounts write (the last of three) fails once, after the lead and the contact were written.
    const storage = ctx.db.accounts.storageInstance;
    const original = storage.bulkWrite.bind(storage);
    let failures = 0;
    storage.bulkWrite = (rows, context) => {
      if (context === 'lead-center-conversion' && failures === 0) {
        failures += 1;
        return Promise.reject(new Error('disk full'));
      }
      return original(rows, context);
    };
    await expect(applyChangeSet(ctx, plan)).rejects.toThrow('disk full');
    expect(failures).toBe(1);
    expect(await stored(ctx, 'leads', leadBefore['id'] as string)).toEqual(leadBefore);
    expect(await stored(ctx, 'contacts', 'ct-1')).toBeNull();
    expect(await stored(ctx, 'accounts', 'ac-1')).toBeNull();
    expect(await ctx.db.contacts.count().exec()).toBe(0);
    const [set] = await firstValueFrom(observeChangeSets(ctx));
    expect(set?.status).toBe('rolled_back');
    expect(set?.problems[0]).toBe('Rolled back: disk full');
    await expect(undoChangeSet(ctx, set?.id ?? '')).rejects.toBeInstanceOf(InvalidDataError);
  });

  it('refuses an invalid document before writing anything', async () => {
    const { ctx } = await setUp();
    const { plan } = await conversionPlan(ctx);
    const bad = { ...plan, changes: plan.changes.map((change) => (change.collection === 'accounts' ? { ...change, after: { ...change.after, name: '' } } : change)) };
    await expect(applyChangeSet(ctx, bad)).rejects.toThrow('an account needs a name');
    expect(await stored(ctx, 'contacts', 'ct-1')).toBeNull();
    expect(await firstValueFrom(observeChangeSets(ctx))).toEqual([]);
  });

  it('undoes field by field: created documents go, fields changed since stay and are reported', async () => {
    const { ctx, clock } = await setUp();
    const { plan, leadBefore } = await conversionPlan(ctx);
    const leadId = leadBefore['id'] as string;
    const set = await applyChangeSet(ctx, plan);
    clock.advance(60_000);
    // Someone moves the lead on after the conversion and edits the job title; group was part of the change set, jobTitle not.
    await rawPatch(ctx, leadId, { group: 'lost', jobTitle: 'Buyer' });
    clock.advance(60_000);
    const undone = await undoChangeSet(ctx, set.id);
    expect(undone.status).toBe('undone');
    expect(undone.undoneAt).toBe(clock.now());
    expect(undone.problems).toEqual([`The lead ${leadId} field "group" was changed since; kept its current value`]);
    const lead = await stored(ctx, 'leads', leadId);
    expect(lead?.['group']).toBe('lost');
    expect(lead?.['conversion']).toBeNull();
    expect(lead?.['jobTitle']).toBe('Buyer');
    expect(lead?.['updatedAt']).toBe(clock.now());
    expect(await stored(ctx, 'contacts', 'ct-1')).toBeNull();
    expect(await stored(ctx, 'accounts', 'ac-1')).toBeNull();
    await expect(undoChangeSet(ctx, set.id)).rejects.toThrow('already undone');
  });

  it('undo restores a document the change set deleted', async () => {
    const { ctx } = await setUp();
    const created = await createLead(ctx, { name: 'Old duplicate' });
    const before = await stored(ctx, 'leads', created.id);
    const set = await applyChangeSet(ctx, { kind: 'merge', label: 'Merged', leadIds: [created.id], changes: [{ collection: 'leads', id: created.id, before, after: null }] });
    expect(await stored(ctx, 'leads', created.id)).toBeNull();
    expect(await ctx.db.leads.count().exec()).toBe(0);
    await undoChangeSet(ctx, set.id);
    expect((await stored(ctx, 'leads', created.id))?.['name']).toBe('Old duplicate');
  });

  it('rolls back at open a change set a crash left applying', async () => {
    const { ctx } = await setUp();
    const { plan, leadBefore } = await conversionPlan(ctx);
    const leadId = leadBefore['id'] as string;
    // The crash: the app stops while the accounts write is in flight (it never returns), after
    // the journal said 'applying' and the lead and the contact were written.
    const storage = ctx.db.accounts.storageInstance;
    storage.bulkWrite = () => new Promise(() => undefined);
    void applyChangeSet(ctx, plan);
    await waitUntil(async () => (await stored(ctx, 'contacts', 'ct-1')) !== null);
    const [interrupted] = await firstValueFrom(observeChangeSets(ctx));
    expect(interrupted?.status).toBe('applying');
    expect((await stored(ctx, 'leads', leadId))?.['group']).toBe('customer');

    expect(await recoverInterruptedChanges(ctx)).toBe(1);
    expect(await stored(ctx, 'leads', leadId)).toEqual(leadBefore);
    expect(await stored(ctx, 'contacts', 'ct-1')).toBeNull();
    expect(await stored(ctx, 'accounts', 'ac-1')).toBeNull();
    const recovered = await getChangeSet(ctx, interrupted?.id ?? '');
    expect(recovered?.status).toBe('rolled_back');
    expect(recovered?.problems[0]).toContain('stopped before');
    // Nothing left to recover the second time.
    expect(await recoverInterruptedChanges(ctx)).toBe(0);
  });
});

/** Another writer changes a lead (bypassing the journal), the way a rule or another window would. */
async function rawPatch(ctx: DataContext, id: string, patch: JsonObject): Promise<void> {
  const [row] = await ctx.db.leads.storageInstance.findDocumentsById([id], false);
  if (!row) throw new Error(`no lead ${id}`);
  const result = await ctx.db.leads.storageInstance.bulkWrite([{ previous: row, document: { ...row, ...patch, updatedAt: ctx.clock() } }], 'test-edit');
  expect(result.error).toEqual([]);
}


async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('condition not met in time');
}
