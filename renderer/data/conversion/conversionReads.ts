import { combineLatest, distinctUntilChanged, map, of, switchMap, type Observable } from 'rxjs';
import { account as accountModel, type Account } from '../../../core/model/account';
import type { ChangeSet } from '../../../core/model/changeSet';
import { contact as contactModel, type Contact } from '../../../core/model/contact';
import { leadEvent } from '../../../core/model/event';
import { observeChangeSets } from '../changeJournal';
import type { DataContext } from '../context';
import type { AccountSummary, HistoryEntry } from '../conversionContract';
import { mergedIdsFrom } from '../duplicates/mergedLeads';
import { observeDocuments, readDocument, readDocuments } from '../readDocuments';

/** Contacts and accounts: hundreds per seller, read whole and sorted by name. */

const byName = <T extends { name: string; id: string }>(a: T, b: T): number => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1);

export async function readContacts(ctx: DataContext): Promise<Contact[]> {
  return readDocuments(contactModel, await ctx.db.contacts.find().exec(), 'contact');
}

export async function readAccounts(ctx: DataContext): Promise<Account[]> {
  return readDocuments(accountModel, await ctx.db.accounts.find().exec(), 'account');
}

export function observeContacts(ctx: DataContext): Observable<Contact[]> {
  return observeDocuments(ctx.db.contacts.find().$, contactModel, 'contact').pipe(map((list) => [...list].sort(byName)));
}

export function observeAccounts(ctx: DataContext): Observable<AccountSummary[]> {
  return combineLatest([observeDocuments(ctx.db.accounts.find().$, accountModel, 'account'), observeContacts(ctx)]).pipe(
    map(([accounts, contacts]) => {
      const counts = new Map<string, number>();
      for (const c of contacts) if (c.accountId !== null) counts.set(c.accountId, (counts.get(c.accountId) ?? 0) + 1);
      return [...accounts].sort(byName).map((account) => ({ account, contactCount: counts.get(account.id) ?? 0 }));
    }),
  );
}

export function observeAccount(ctx: DataContext, id: string): Observable<Account | null> {
  return ctx.db.accounts.findOne(id).$.pipe(map((doc) => readDocument(accountModel, doc, 'account')));
}

export function observeContact(ctx: DataContext, id: string): Observable<Contact | null> {
  return ctx.db.contacts.findOne(id).$.pipe(map((doc) => readDocument(contactModel, doc, 'contact')));
}

export function observeAccountContacts(ctx: DataContext, accountId: string): Observable<Contact[]> {
  return observeContacts(ctx).pipe(map((list) => list.filter((c) => c.accountId === accountId)));
}

/** The lead's conversion still in force: the newest applied conversion change set naming it. */
export function conversionOf(sets: readonly ChangeSet[], leadId: string): ChangeSet | null {
  return sets.find((set) => set.kind === 'conversion' && set.status === 'applied' && set.leadIds.includes(leadId)) ?? null;
}

export function observeConversionOf(ctx: DataContext, leadId: string): Observable<ChangeSet | null> {
  return observeChangeSets(ctx).pipe(
    map((sets) => conversionOf(sets, leadId)),
    distinctUntilChanged((a, b) => a?.id === b?.id && a?.status === b?.status),
  );
}

/** The contact's own lead, the leads converted into it since, and every lead merged into those. */
export function leadIdsOfContact(contact: Contact, sets: readonly ChangeSet[]): string[] {
  const ids = new Set<string>(contact.leadId === '' ? [] : [contact.leadId]);
  for (const set of sets) {
    if (set.kind !== 'conversion' || set.status !== 'applied') continue;
    if (set.changes.some((change) => change.collection === 'contacts' && change.id === contact.id)) for (const id of set.leadIds) ids.add(id);
  }
  for (const id of [...ids]) for (const merged of mergedIdsFrom(sets, id)) ids.add(merged);
  return [...ids].sort();
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export function observeContactLeadIds(ctx: DataContext, contactId: string): Observable<string[]> {
  return combineLatest([observeContact(ctx, contactId), observeChangeSets(ctx)]).pipe(
    map(([contact, sets]) => (contact ? leadIdsOfContact(contact, sets) : [])),
    distinctUntilChanged<string[]>(sameList),
  );
}

/** Every event of the contacts' leads, newest first, each with whose it is. */
export function observeHistory(ctx: DataContext, contactIds: readonly string[]): Observable<HistoryEntry[]> {
  const wanted = new Set(contactIds);
  const owners$ = combineLatest([observeContacts(ctx), observeChangeSets(ctx)]).pipe(
    map(([contacts, sets]) => {
      const owner = new Map<string, Contact>();
      for (const c of contacts) if (wanted.has(c.id)) for (const leadId of leadIdsOfContact(c, sets)) if (!owner.has(leadId)) owner.set(leadId, c);
      return owner;
    }),
    distinctUntilChanged((a, b) => sameList([...a].map(([l, c]) => `${l}:${c.id}:${c.name}`), [...b].map(([l, c]) => `${l}:${c.id}:${c.name}`))),
  );
  return owners$.pipe(
    switchMap((owner) => {
      const leadIds = [...owner.keys()];
      if (leadIds.length === 0) return of([]);
      return observeDocuments(ctx.db.events.find({ selector: { leadId: { $in: leadIds } }, sort: [{ at: 'desc' }] }).$, leadEvent, 'event').pipe(
        map((events) =>
          events.map((event) => {
            const c = owner.get(event.leadId);
            return { event, contactId: c?.id ?? '', contactName: c?.name || c?.email || 'Contact' };
          }),
        ),
      );
    }),
  );
}
