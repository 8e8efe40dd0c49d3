import type { RxStorage } from 'rxdb';
import * as configStore from './configStore';
import { validSeller, type DataContext } from './context';
import type { LeadCenterData, Seller } from './contract';
import { createLeadCenterDatabase } from './database';
import { LeadDuplicates } from './leadDuplicates';
import { RxLeadListProjection } from './leadListProjection';
import type { LeadListSnapshotStore } from './leadListSnapshotStore';
import * as leadReads from './leadReads';
import * as leadWrites from './leadWrites';
import * as notes from './notes';
import * as reminders from './reminders';

export interface OpenLeadCenterDataOptions {
  /** RxDB database name (one per seller profile). */
  databaseName: string;
  /** getRxStorageDexie() in the app; getRxStorageMemory() in Node tests. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- RxStorage's type parameters differ per storage
  storage: RxStorage<any, any>;
  seller: Seller;
  /** ms epoch; Date.now unless given. */
  clock?: () => number;
  /** New document ids; crypto.randomUUID unless given. */
  newId?: () => string;
  /**
   * Where the list snapshot is kept between runs: createIndexedDbLeadListSnapshotStore(name)
   * in the app. Without one the list is built from the database on every start.
   */
  snapshotStore?: LeadListSnapshotStore;
  /** Share changes with other windows on the same database (default true). */
  multiInstance?: boolean;
  /** Tuning of the list projection (tests use short delays). */
  list?: { saveDelayMs?: number; maxSaveDelayMs?: number; notifyDelayMs?: number; batchSize?: number };
}

/**
 * Opens the local store: the RxDB database (migrating older data, refusing newer), the list
 * projection (loading in the background: see leadList.ready) and the operations of the
 * contract. Every write is validated against the core/model schemas first.
 */
export async function openLeadCenterData(options: OpenLeadCenterDataOptions): Promise<LeadCenterData> {
  const seller = validSeller(options.seller);
  const db = await createLeadCenterDatabase({ name: options.databaseName, storage: options.storage, multiInstance: options.multiInstance });
  performance.mark('lead-center:database-created');
  const ctx: DataContext = {
    db,
    seller,
    clock: options.clock ?? (() => Date.now()),
    newId: options.newId ?? (() => crypto.randomUUID()),
  };
  // The duplicate index reads the list's rows and hears of its changes.
  const duplicates = new LeadDuplicates(
    () => leadList.rows(),
    (id) => leadList.get(id),
  );
  const leadList = new RxLeadListProjection({
    collection: db.leads,
    storageToken: await db.storageToken,
    clock: ctx.clock,
    snapshotStore: options.snapshotStore,
    ...options.list,
    onRowsChanged: (upserts, removed, replacedAll) => duplicates.rowsChanged(upserts, removed, replacedAll),
  });

  return {
    seller,
    leadList,
    createLead: (input) => leadWrites.createLead(ctx, input),
    updateLead: (id, patch) => leadWrites.updateLead(ctx, id, patch),
    getLead: (id) => leadReads.getLead(ctx, id),
    observeLead: (id) => leadReads.observeLead(ctx, id),
    findPossibleDuplicates: (candidate) => duplicates.find(candidate),
    moveLeadsToGroup: (ids, group, onProgress) => leadWrites.moveLeadsToGroup(ctx, ids, group, onProgress),
    addTagToLeads: (ids, tag, onProgress) => leadWrites.addTagToLeads(ctx, ids, tag, onProgress),
    removeTagFromLeads: (ids, tag, onProgress) => leadWrites.removeTagFromLeads(ctx, ids, tag, onProgress),
    deleteLeads: (ids, onProgress) => leadWrites.deleteLeads(ctx, ids, onProgress),
    restoreLeads: (deleted) => leadWrites.restoreLeads(ctx, deleted),
    insertLeads: (leads, onProgress) => leadWrites.insertLeads(ctx, leads, onProgress),
    observeEvents: (leadId) => leadReads.observeEvents(ctx, leadId),
    observeNotes: (leadId) => notes.observeNotes(ctx, leadId),
    addNote: (leadId, body) => notes.addNote(ctx, leadId, body),
    editNote: (id, body) => notes.editNote(ctx, id, body),
    deleteNote: (id) => notes.deleteNote(ctx, id),
    observeReminders: (leadId) => reminders.observeReminders(ctx, leadId),
    observeDueReminders: (until) => reminders.observeDueReminders(ctx, until),
    addReminder: (leadId, input) => reminders.addReminder(ctx, leadId, input),
    setReminderDone: (id, done) => reminders.setReminderDone(ctx, id, done),
    markReminderNotified: (id) => reminders.markReminderNotified(ctx, id),
    deleteReminder: (id) => reminders.deleteReminder(ctx, id),
    getConfig: (kind, key) => configStore.getConfig(ctx, kind, key),
    setConfig: (kind, key, data) => configStore.setConfig(ctx, kind, key, data),
    deleteConfig: (kind, key) => configStore.deleteConfig(ctx, kind, key),
    observeConfigKind: (kind) => configStore.observeConfigKind(ctx, kind),
    close: async () => {
      duplicates.stop();
      await leadList.close();
      await db.close();
    },
  };
}
