import { changedFields } from '../../../core/changes/documentDiff';
import { conversionReadiness, type ConversionReadiness } from '../../../core/conversion/conversionReadiness';
import { findAccountCandidates, findContactCandidates } from '../../../core/conversion/matchExisting';
import { planConversion, type ConversionPlan, type RecordChoice } from '../../../core/conversion/planConversion';
import { account as accountModel, type Account } from '../../../core/model/account';
import type { ChangeSet } from '../../../core/model/changeSet';
import { contact as contactModel, type Contact } from '../../../core/model/contact';
import type { JsonObject } from '../../../core/model/json';
import { lead as leadModel, type Lead } from '../../../core/model/lead';
import { applyChangeSet, getChangeSet, readStoredDocuments, undoChangeSet, type PlannedChange } from '../changeJournal';
import type { DataContext } from '../context';
import type { ConversionChoice, ConversionPreview, ConversionResult, ExistingMatches } from '../conversionContract';
import { InvalidDataError, NotFoundError } from '../errors';
import { newEvent, recordEvents } from '../eventLog';
import { eventsOfLead } from '../leadEventReads';
import { updateLead } from '../leadWrites';
import { parseOrThrow } from '../validate';
import { readMapping } from './conversionMappingStore';
import { readAccounts, readContacts } from './conversionReads';

/** Ids shown in a preview for records not created yet. */
const previewIds = { contact: 'new-contact', account: 'new-account' };

interface Prepared {
  lead: Lead;
  leadBefore: JsonObject;
  readiness: ConversionReadiness;
  plan: ConversionPlan;
  contactBefore: JsonObject | null;
  accountBefore: JsonObject | null;
}

async function readLead(ctx: DataContext, leadId: string): Promise<{ lead: Lead; stored: JsonObject }> {
  const stored = (await readStoredDocuments(ctx, 'leads', [leadId])).get(leadId);
  if (!stored) throw new NotFoundError(`Lead ${leadId} does not exist or was deleted`);
  return { lead: parseOrThrow(leadModel, stored, `stored lead ${leadId}`), stored };
}

async function readExisting<T>(ctx: DataContext, collection: 'contacts' | 'accounts', id: string, read: (stored: JsonObject) => T): Promise<{ record: T; stored: JsonObject }> {
  const stored = (await readStoredDocuments(ctx, collection, [id])).get(id);
  if (!stored) throw new NotFoundError(`The chosen ${collection === 'contacts' ? 'contact' : 'account'} no longer exists; choose again`);
  return { record: read(stored), stored };
}

export async function readiness(ctx: DataContext, leadId: string): Promise<ConversionReadiness> {
  const { lead } = await readLead(ctx, leadId);
  return conversionReadiness(lead, ctx.brain().settings.qualification);
}

export async function findExisting(ctx: DataContext, leadId: string): Promise<ExistingMatches> {
  const { lead } = await readLead(ctx, leadId);
  const [contacts, accounts] = await Promise.all([readContacts(ctx), readAccounts(ctx)]);
  const contactMatches = findContactCandidates(lead, contacts);
  const accountMatches = findAccountCandidates(lead, accounts, contacts);
  const firstContact = contactMatches[0]?.record;
  // A matching contact already at an account suggests that account first.
  const contactAccount = firstContact?.accountId ? accounts.find((a) => a.id === firstContact.accountId) : undefined;
  const firstAccount = contactAccount ?? accountMatches[0]?.record;
  return {
    contacts: contactMatches.map((c) => ({ contact: c.record, reasons: c.reasons })),
    accounts: accountMatches.map((c) => ({ account: c.record, reasons: c.reasons })),
    suggested: {
      contact: firstContact ? { mode: 'existing', id: firstContact.id, overwrite: [] } : { mode: 'new' },
      account: firstAccount ? { mode: 'existing', id: firstAccount.id, overwrite: [] } : lead.company.name.trim() !== '' ? { mode: 'new' } : null,
    },
  };
}

async function prepare(ctx: DataContext, leadId: string, choice: ConversionChoice, ids: { contact: string; account: string }): Promise<Prepared> {
  const { lead, stored } = await readLead(ctx, leadId);
  const { mapping } = await readMapping(ctx);
  let contactBefore: JsonObject | null = null;
  let accountBefore: JsonObject | null = null;
  let contactChoice: RecordChoice<Contact> = { mode: 'new', id: ids.contact };
  if (choice.contact.mode === 'existing') {
    const found = await readExisting(ctx, 'contacts', choice.contact.id, (doc) => parseOrThrow(contactModel, doc, 'stored contact'));
    contactChoice = { mode: 'existing', record: found.record, overwrite: choice.contact.overwrite };
    contactBefore = found.stored;
  }
  let accountChoice: RecordChoice<Account> | null = choice.account === null ? null : { mode: 'new', id: ids.account };
  if (choice.account?.mode === 'existing') {
    const found = await readExisting(ctx, 'accounts', choice.account.id, (doc) => parseOrThrow(accountModel, doc, 'stored account'));
    accountChoice = { mode: 'existing', record: found.record, overwrite: choice.account.overwrite };
    accountBefore = found.stored;
  }
  const plan = planConversion({ lead, mapping, contact: contactChoice, account: accountChoice, now: ctx.clock(), owner: { ownerId: ctx.seller.userId, teamId: ctx.seller.teamId } });
  return { lead, leadBefore: stored, readiness: conversionReadiness(lead, ctx.brain().settings.qualification), plan, contactBefore, accountBefore };
}

export async function mappingPreview(ctx: DataContext, leadId: string, choice?: ConversionChoice): Promise<ConversionPreview> {
  const chosen = choice ?? (await findExisting(ctx, leadId)).suggested;
  const prepared = await prepare(ctx, leadId, chosen, previewIds);
  const { plan } = prepared;
  return { readiness: prepared.readiness, choice: chosen, lines: plan.lines, problems: plan.problems, label: plan.label, contact: plan.contact, account: plan.account };
}

/** A change of an existing record, or its creation; null when converting changes nothing in it. */
function recordChange(collection: 'contacts' | 'accounts', before: JsonObject | null, next: Contact | Account): PlannedChange | null {
  // Fields this app version does not know (a newer app's) are kept.
  const after: JsonObject = { ...(before ?? {}), ...(next as unknown as JsonObject) };
  if (before !== null && changedFields(before, after).every((field) => field === 'updatedAt')) return null;
  return { collection, id: next.id, before, after };
}

export async function convertLead(ctx: DataContext, leadId: string, choice: ConversionChoice, options: { anyway?: boolean } = {}): Promise<ConversionResult> {
  const prepared = await prepare(ctx, leadId, choice, { contact: ctx.newId(), account: ctx.newId() });
  const { lead, readiness: ready, plan } = prepared;
  if (!ready.allowed) throw new InvalidDataError(ready.reasons.join('; '), ready.reasons);
  if (!ready.ready && options.anyway !== true) throw new InvalidDataError(`Not converted: ${ready.reasons.join('; ')}. Confirm to convert anyway.`, ready.reasons);
  if (plan.problems.length > 0) throw new InvalidDataError(plan.problems.join('; '), plan.problems);

  // The lead moves to Customer as any group change does: rescored in the same write.
  const now = ctx.clock();
  const events = await eventsOfLead(ctx, leadId);
  const moved = parseOrThrow(leadModel, { ...lead, ...plan.leadPatch, updatedAt: now, lastActivityAt: now }, 'lead');
  const leadAfter: JsonObject = { ...prepared.leadBefore, ...(({ ...moved, ...ctx.brain().derive(moved, events, now) }) as unknown as JsonObject) };
  const changes: PlannedChange[] = [{ collection: 'leads', id: leadId, before: prepared.leadBefore, after: leadAfter }];
  const contactChange = recordChange('contacts', prepared.contactBefore, plan.contact);
  if (contactChange) changes.push(contactChange);
  if (plan.account) {
    const accountChange = recordChange('accounts', prepared.accountBefore, plan.account);
    if (accountChange) changes.push(accountChange);
  }
  const changeSet = await applyChangeSet(ctx, { kind: 'conversion', label: plan.label, leadIds: [leadId], changes });

  // Events are facts about what happened: written once the change set is in.
  const { contactId, accountId } = plan.leadPatch.conversion;
  const facts = [];
  if (lead.group !== 'customer') facts.push(newEvent(ctx, leadId, 'group_changed', { from: lead.group, to: 'customer' }, now));
  facts.push(newEvent(ctx, leadId, 'lead_updated', { action: 'converted', contactId, accountId, changeSetId: changeSet.id, fields: ['conversion'] }, now));
  await recordEvents(ctx, facts);
  return { changeSet, contactId, accountId };
}

export async function undoConversion(ctx: DataContext, changeSetId: string): Promise<ChangeSet> {
  const set = await getChangeSet(ctx, changeSetId);
  if (!set) throw new NotFoundError(`No conversion ${changeSetId} in the journal`);
  if (set.kind !== 'conversion') throw new InvalidDataError('That change is not a conversion', [`kind: ${set.kind}`]);
  const leadId = set.leadIds[0] ?? '';
  const before = (await readStoredDocuments(ctx, 'leads', [leadId])).get(leadId);
  const undone = await undoChangeSet(ctx, changeSetId);
  const after = (await readStoredDocuments(ctx, 'leads', [leadId])).get(leadId);
  if (!after) return undone;
  const now = ctx.clock();
  const facts = [];
  if (before && before['group'] !== after['group']) facts.push(newEvent(ctx, leadId, 'group_changed', { from: String(before['group']), to: String(after['group']) }, now));
  facts.push(newEvent(ctx, leadId, 'lead_updated', { action: 'conversion_undone', changeSetId, fields: ['conversion'] }, now));
  await recordEvents(ctx, facts);
  // The group it went back to scores differently: rescored through the normal lead write.
  await updateLead(ctx, leadId, {});
  return undone;
}
