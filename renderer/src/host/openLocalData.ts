import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { LeadCenterData } from '../../data/contract';
import type { LeadListSnapshotStore } from '../../data/leadListSnapshotStore';
import { openLeadCenterData } from '../../data/openLeadCenterData';
import { createWorkerRescoreCompute } from '../../data/workerRescoreCompute';
import { getDesktopApi } from './getDesktopApi';
import { databaseNameFor, sellerOf, type SellerProfile } from './loadSellerProfile';
import { platformPortFromDesktop } from './platformPortFromDesktop';
import { approvalUndoWindowMs } from '../approvals/utils/approvalUndo';

const opened = new Map<string, Promise<LeadCenterData>>();

/**
 * The list snapshot store, loaded on its own: it is a cache, so if it cannot load (for example
 * two copies of Dexie refusing to coexist) the list is simply built from the database.
 */
async function loadSnapshotStore(databaseName: string): Promise<LeadListSnapshotStore | undefined> {
  try {
    const { createIndexedDbLeadListSnapshotStore } = await import('../../data/leadListSnapshotStoreIndexedDb');
    return createIndexedDbLeadListSnapshotStore(databaseName);
  } catch (error) {
    console.warn('Lead Center: the list snapshot cache is unavailable; the list loads from the database', error);
    return undefined;
  }
}

/**
 * Starts reading the saved list snapshot now, while the database opens (they are independent
 * IndexedDB reads); the list projection's first load() gets that read.
 */
function prefetchingSnapshot(store: LeadListSnapshotStore): LeadListSnapshotStore {
  let prefetched: Promise<unknown> | null = store.load();
  prefetched.catch(() => undefined);
  return {
    load: () => {
      const read = prefetched ?? store.load();
      prefetched = null;
      return read;
    },
    save: (snapshot) => store.save(snapshot),
    clear: () => store.clear(),
    close: async () => {
      await store.close?.();
    },
  };
}

/**
 * The local database on this device: RxDB on Dexie (IndexedDB), database 'lead-center' for the
 * local-only profile and 'lead-center-<userId>' for a platform user, whose database replicates
 * with the platform through the host. Opened once per page and seller and kept for the page's
 * lifetime (React may mount the app twice).
 */
export function openLocalData(profile: SellerProfile): Promise<LeadCenterData> {
  const existing = opened.get(profile.userId);
  if (existing) return existing;
  const seller = sellerOf(profile);
  const databaseName = databaseNameFor(profile);
  // Replication with the platform, for a platform profile only; its progress is kept per platform URL.
  const replication = profile.platform
    ? { sync: { port: platformPortFromDesktop(getDesktopApi(), profile.userId), identifier: profile.platform.url } }
    : {};
  const opening = loadSnapshotStore(databaseName).then((store) =>
    openLeadCenterData({
      ...replication,
      databaseName,
      storage: getRxStorageDexie(),
      seller,
      // The list starts from its last snapshot and only catches up with later changes.
      snapshotStore: store && prefetchingSnapshot(store),
      // Full rescoring passes (daily decay, settings changes) compute in a Web Worker.
      rescoreCompute: createWorkerRescoreCompute,
      // The outbox sends through the host (Electron main or the browser-mode services host).
      mail: getDesktopApi(),
      // An approval can be taken back (Undo) for a few seconds before the email goes.
      approvalUndoMs: approvalUndoWindowMs,
      // A rule's "notify" action is an OS notification; clicking it opens the lead.
      notify: (n) => {
        getDesktopApi()
          .showNotification({ title: n.title.slice(0, 200), body: n.message.slice(0, 1000), leadId: n.leadId })
          .catch((error: unknown) => console.warn('Lead Center: a rule notification could not be shown', error));
      },
      // Schedules ("every Tuesday at 10:00") are in the seller's local time, summer time included.
      utcOffsetMinutes: () => -new Date().getTimezoneOffset(),
      // A new seller starts with the default rules (the questionnaire on a new RFQ), switched on.
      installDefaultRules: true,
    }),
  );
  void opening.then(() => performance.mark('lead-center:database-open'));
  opened.set(profile.userId, opening);
  opening.catch(() => opened.delete(profile.userId));
  return opening;
}
