import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createLeadBrain } from '../../core/brain/leadBrain';
import type { LeadEvent } from '../../core/model/event';
import { defaultLeadSettings } from '../../core/settings/leadSettings';
import { observeChangeSets, readStoredDocuments } from '../../renderer/data/changeJournal';
import type { DataContext } from '../../renderer/data/context';
import * as conversion from '../../renderer/data/conversion/convertLead';
import * as reads from '../../renderer/data/conversion/conversionReads';
import { saveMapping } from '../../renderer/data/conversion/conversionMappingStore';
import { createLeadCenterDatabase, type LeadCenterDatabase } from '../../renderer/data/database';
import { InvalidDataError } from '../../renderer/data/errors';
import { createLead } from '../../renderer/data/leadWrites';
import { defaultConversionMapping } from '../../core/conversion/conversionMapping';
import type { LeadCreateInput } from '../../renderer/data/leadWrites';
import { openTestData, seller, testClock, testIds, uniqueDatabaseName, waitFor } from '../fixtures/testData';
import { validatedMemoryStorage } from '../fixtures/validatedMemoryStorage';

/** Conversion on a real (memory) database: new and existing records, merging rules, undo, atomicity. */

let db: LeadCenterDatabase | undefined;

afterEach(async () => {
  await db?.close();
  db = undefined;
});

async function setUp(name = uniqueDatabaseName('conversion')): Promise<{ ctx: DataContext; clock: ReturnType<typeof testClock> }> {
  db = await createLeadCenterDatabase({ name, storage: validatedMemoryStorage(), multiInstance: false });
  const clock = testClock();
  const brain = createLeadBrain(defaultLeadSettings);
  return { ctx: { db, seller, clock: clock.now, newId: testIds('cv'), brain: () => brain }, clock };
}

const ana: LeadCreateInput = {
  name: 'Ana Ruiz',
  email: 'ana@acme-power.com',
  jobTitle: 'Buyer',
  group: 'qualified',
  company: { name: 'Acme Power LLC', industry: 'Energy' },
  customFields: { erp: 'SAP' },
};
const bo: LeadCreateInput = {
  name: 'Bo Lindqvist',
  email: 'bo@acme-power.com',
  phone: '+971500000002',
  group: 'qualified',
  company: { name: 'Acme Power', website: 'www.acme-power.com', industry: 'Utilities', size: 250 },
};

async function events(ctx: DataContext, leadId: string): Promise<LeadEvent[]> {
  return (await ctx.db.events.find({ selector: { leadId } }).exec()).map((doc) => doc.toJSON() as LeadEvent);
}

async function storedCount(ctx: DataContext): Promise<Record<string, number>> {
  return { contacts: await ctx.db.contacts.count().exec(), accounts: await ctx.db.accounts.count().exec(), events: await ctx.db.events.count().exec() };
}

describe('conversion', () => {
  it('converts a qualified lead into a new contact and a new account in one change set, then records the events', async () => {
    const { ctx, clock } = await setUp();
    const lead = await createLead(ctx, ana);
    clock.advance(60_000);
    const preview = await conversion.mappingPreview(ctx, lead.id);
    expect(preview.choice).toEqual({ contact: { mode: 'new' }, account: { mode: 'new' } });
    expect(preview.readiness.ready).toBe(true);
    expect(preview.lines.find((line) => line.from === 'customFields.erp')).toMatchObject({ target: 'contact', to: 'customFields.erp', value: 'SAP', action: 'set' });

    const result = await conversion.convertLead(ctx, lead.id, preview.choice);
    expect(result.changeSet.status).toBe('applied');
    expect(result.changeSet.changes.map((change) => change.collection)).toEqual(['leads', 'contacts', 'accounts']);
    const stored = (await readStoredDocuments(ctx, 'leads', [lead.id])).get(lead.id);
    expect(stored?.['group']).toBe('customer');
    expect(stored?.['conversion']).toEqual({ contactId: result.contactId, accountId: result.accountId, convertedAt: clock.now() });
    const contact = await firstValueFrom(reads.observeContact(ctx, result.contactId));
    expect(contact).toMatchObject({ name: 'Ana Ruiz', email: 'ana@acme-power.com', jobTitle: 'Buyer', leadId: lead.id, accountId: result.accountId, isPrimary: true, customFields: { erp: 'SAP' } });
    const account = await firstValueFrom(reads.observeAccount(ctx, result.accountId ?? ''));
    expect(account).toMatchObject({ name: 'Acme Power LLC', industry: 'Energy', primaryContactId: result.contactId, sourceLeadId: lead.id });
    const facts = (await events(ctx, lead.id)).filter((event) => event.type !== 'lead_created');
    expect(facts.map((event) => [event.type, event.data])).toEqual([
      ['group_changed', { from: 'qualified', to: 'customer' }],
      ['lead_updated', { action: 'converted', contactId: result.contactId, accountId: result.accountId, changeSetId: result.changeSet.id, fields: ['conversion'] }],
    ]);
    expect(await firstValueFrom(reads.observeConversionOf(ctx, lead.id))).toMatchObject({ id: result.changeSet.id });
  });

  it('converts a second lead into the existing account found by domain and name: only empty fields are filled', async () => {
    const { ctx } = await setUp();
    const first = await conversion.convertLead(ctx, (await createLead(ctx, ana)).id, { contact: { mode: 'new' }, account: { mode: 'new' } });
    const second = await createLead(ctx, bo);
    const found = await conversion.findExisting(ctx, second.id);
    expect(found.contacts).toEqual([]);
    expect(found.accounts.map((match) => [match.account.id, match.reasons])).toEqual([
      [first.accountId, ["Same domain acme-power.com (lead's website, Ana Ruiz's email)", 'Same company name (Acme Power LLC)']],
    ]);
    expect(found.suggested).toEqual({ contact: { mode: 'new' }, account: { mode: 'existing', id: first.accountId, overwrite: [] } });
    const preview = await conversion.mappingPreview(ctx, second.id);
    const action = (to: string) => preview.lines.find((line) => line.target === 'account' && line.to === to);
    expect(action('name')).toMatchObject({ action: 'keep', current: 'Acme Power LLC', value: 'Acme Power' });
    expect(action('website')).toMatchObject({ action: 'fill', current: '', value: 'www.acme-power.com' });
    expect(action('industry')).toMatchObject({ action: 'keep', current: 'Energy' });

    const result = await conversion.convertLead(ctx, second.id, found.suggested);
    expect(result.accountId).toBe(first.accountId);
    const account = await firstValueFrom(reads.observeAccount(ctx, first.accountId ?? ''));
    expect(account).toMatchObject({ name: 'Acme Power LLC', industry: 'Energy', website: 'www.acme-power.com', size: 250, primaryContactId: first.contactId });
    const contacts = await firstValueFrom(reads.observeAccountContacts(ctx, first.accountId ?? ''));
    expect(contacts.map((c) => [c.name, c.isPrimary])).toEqual([
      ['Ana Ruiz', true],
      ['Bo Lindqvist', false],
    ]);
    const [summary] = await firstValueFrom(reads.observeAccounts(ctx));
    expect(summary?.contactCount).toBe(2);
    // The account's history holds both leads' events.
    const history = await firstValueFrom(reads.observeHistory(ctx, contacts.map((c) => c.id)));
    expect(new Set(history.map((entry) => entry.contactName))).toEqual(new Set(['Ana Ruiz', 'Bo Lindqvist']));
    expect(history.filter((entry) => entry.event.type === 'lead_created')).toHaveLength(2);
  });

  it('overwrites only the fields the seller picked on an existing contact', async () => {
    const { ctx } = await setUp();
    const first = await conversion.convertLead(ctx, (await createLead(ctx, { ...ana, jobTitle: 'Head of buying' })).id, { contact: { mode: 'new' }, account: null });
    const again = await createLead(ctx, { ...ana, name: 'Ana Ruiz-Lopez', jobTitle: 'Buyer', phone: '+971500000009' });
    const found = await conversion.findExisting(ctx, again.id);
    expect(found.contacts.map((match) => [match.contact.id, match.reasons])).toEqual([[first.contactId, ['Same email ana@acme-power.com']]]);
    await conversion.convertLead(ctx, again.id, { contact: { mode: 'existing', id: first.contactId, overwrite: ['name'] }, account: null });
    const contact = await firstValueFrom(reads.observeContact(ctx, first.contactId));
    expect(contact).toMatchObject({ name: 'Ana Ruiz-Lopez', jobTitle: 'Head of buying', phone: '+971500000009', leadId: first.changeSet.leadIds[0] });
    // Both leads are behind the contact.
    expect(await firstValueFrom(reads.observeContactLeadIds(ctx, first.contactId))).toEqual([first.changeSet.leadIds[0], again.id].sort());
  });

  it('undo takes the whole conversion back: the lead returns to its group, new records go, filled fields empty again', async () => {
    const { ctx, clock } = await setUp();
    const first = await conversion.convertLead(ctx, (await createLead(ctx, ana)).id, { contact: { mode: 'new' }, account: { mode: 'new' } });
    const second = await createLead(ctx, bo);
    const accountBefore = (await readStoredDocuments(ctx, 'accounts', [first.accountId ?? ''])).get(first.accountId ?? '');
    const result = await conversion.convertLead(ctx, second.id, { contact: { mode: 'new' }, account: { mode: 'existing', id: first.accountId ?? '', overwrite: [] } });
    clock.advance(60_000);
    const undone = await conversion.undoConversion(ctx, result.changeSet.id);
    expect(undone.status).toBe('undone');
    expect(undone.problems).toEqual([]);
    const lead = (await readStoredDocuments(ctx, 'leads', [second.id])).get(second.id);
    expect(lead?.['group']).toBe('qualified');
    expect(lead?.['conversion']).toBeNull();
    expect((await readStoredDocuments(ctx, 'contacts', [result.contactId])).size).toBe(0);
    const accountAfter = (await readStoredDocuments(ctx, 'accounts', [first.accountId ?? ''])).get(first.accountId ?? '');
    expect({ ...accountAfter, updatedAt: 0 }).toEqual({ ...accountBefore, updatedAt: 0 });
    const facts = (await events(ctx, second.id)).map((event) => [event.type, event.data['action'] ?? event.data['to']]);
    expect(facts.slice(-2)).toEqual([
      ['group_changed', 'qualified'],
      ['lead_updated', 'conversion_undone'],
    ]);
    expect(await firstValueFrom(reads.observeConversionOf(ctx, second.id))).toBeNull();
    // The first conversion stands, and the lead can be converted again.
    expect(await firstValueFrom(reads.observeConversionOf(ctx, first.changeSet.leadIds[0] ?? ''))).not.toBeNull();
    await expect(conversion.convertLead(ctx, second.id, { contact: { mode: 'new' }, account: null })).resolves.toMatchObject({ accountId: null });
  });

  it('is atomic: a write failing midway leaves every collection as before and records no event', async () => {
    const { ctx } = await setUp();
    const lead = await createLead(ctx, ana);
    const leadBefore = (await readStoredDocuments(ctx, 'leads', [lead.id])).get(lead.id);
    const counts = await storedCount(ctx);
    // The account write is the last of three: the lead and the contact are written when it fails.
    const storage = ctx.db.accounts.storageInstance;
    const original = storage.bulkWrite.bind(storage);
    let failed = 0;
    storage.bulkWrite = (rows, context) => {
      if (context === 'lead-center-conversion' && failed === 0) {
        failed += 1;
        return Promise.reject(new Error('storage quota exceeded'));
      }
      return original(rows, context);
    };
    await expect(conversion.convertLead(ctx, lead.id, { contact: { mode: 'new' }, account: { mode: 'new' } })).rejects.toThrow('storage quota exceeded');
    expect(failed).toBe(1);
    expect((await readStoredDocuments(ctx, 'leads', [lead.id])).get(lead.id)).toEqual(leadBefore);
    expect(await storedCount(ctx)).toEqual(counts);
    const [set] = await firstValueFrom(observeChangeSets(ctx));
    expect(set?.status).toBe('rolled_back');
    // Nothing half-done is left: converting again works.
    const retried = await conversion.convertLead(ctx, lead.id, { contact: { mode: 'new' }, account: { mode: 'new' } });
    expect(retried.changeSet.status).toBe('applied');
  });

  it('refuses a lead that falls short of the criteria unless the seller converts anyway, and a lead converted already', async () => {
    const { ctx } = await setUp();
    const lead = await createLead(ctx, { ...ana, group: 'nurturing' });
    expect((await conversion.readiness(ctx, lead.id)).ready).toBe(false);
    const counts = await storedCount(ctx);
    await expect(conversion.convertLead(ctx, lead.id, { contact: { mode: 'new' }, account: null })).rejects.toBeInstanceOf(InvalidDataError);
    expect(await storedCount(ctx)).toEqual(counts);
    await conversion.convertLead(ctx, lead.id, { contact: { mode: 'new' }, account: null }, { anyway: true });
    await expect(conversion.convertLead(ctx, lead.id, { contact: { mode: 'new' }, account: null }, { anyway: true })).rejects.toThrow('converted already');
  });

  it('follows the mapping from Settings, custom fields included', async () => {
    const { ctx } = await setUp();
    await saveMapping(ctx, { lines: [...defaultConversionMapping.lines, { from: 'customFields.erp', target: 'account', to: 'customFields.erp' }], otherCustomFields: 'skip' });
    const result = await conversion.convertLead(ctx, (await createLead(ctx, { ...ana, customFields: { erp: 'SAP', note: 'x' } })).id, { contact: { mode: 'new' }, account: { mode: 'new' } });
    expect((await firstValueFrom(reads.observeAccount(ctx, result.accountId ?? '')))?.customFields).toEqual({ erp: 'SAP' });
    expect((await firstValueFrom(reads.observeContact(ctx, result.contactId)))?.customFields).toEqual({});
  });
});

describe('data.conversion', () => {
  it('is wired into the store, and a conversion a crash left half-written is rolled back at the next open', async () => {
    const name = uniqueDatabaseName('conversion-crash');
    const { ctx } = await setUp(name);
    const lead = await createLead(ctx, ana);
    const leadBefore = (await readStoredDocuments(ctx, 'leads', [lead.id])).get(lead.id);
    // The app stops while the account is being written: that write never returns.
    ctx.db.accounts.storageInstance.bulkWrite = () => new Promise(() => undefined);
    void conversion.convertLead(ctx, lead.id, { contact: { mode: 'new' }, account: { mode: 'new' } });
    await waitFor(async () => (await ctx.db.contacts.count().exec()) === 1);
    await db?.close();
    db = undefined;

    const { data } = await openTestData({ databaseName: name, autoRules: false });
    try {
      expect(await data.getLead(lead.id)).toMatchObject({ group: 'qualified', conversion: null, updatedAt: leadBefore?.['updatedAt'] });
      expect(await firstValueFrom(data.conversion.observeContacts())).toEqual([]);
      const result = await data.conversion.convert(lead.id, { contact: { mode: 'new' }, account: { mode: 'new' } });
      expect((await data.getLead(lead.id))?.group).toBe('customer');
      expect(await firstValueFrom(data.conversion.observeAccounts())).toMatchObject([{ account: { id: result.accountId }, contactCount: 1 }]);
      await data.conversion.undoConversion(result.changeSet.id);
      expect((await data.getLead(lead.id))?.group).toBe('qualified');
    } finally {
      await data.close();
    }
  });
});
