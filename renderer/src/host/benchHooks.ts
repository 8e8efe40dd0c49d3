import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { DesktopApi } from '../../../core/desktop-api';
import { pullResponse, type SyncCheckpoint } from '../../../core/sync/protocol';
import type { Lead } from '../../../core/model/lead';
import type { Seller } from '../../data/contract';
import { createLeadCenterDatabase } from '../../data/database';

/** Measurements for `npm run bench` only (exposed with ?e2e=1 beside the test hooks). */
export interface BenchHooks {
  /**
   * Pulls every lead of the connected seller from the platform (not timed), then bulk-inserts
   * the same documents into a fresh database on the same storage (RxDB on Dexie) in batches of
   * 1,000 like the replication's pulls, and removes that database. Resolves with the insert's ms.
   */
  bulkInsertCopyOfLeads(): Promise<number>;
}

export function createBenchHooks(desktopApi: DesktopApi, seller: Seller): BenchHooks {
  return {
    async bulkInsertCopyOfLeads() {
      const leads: Lead[] = [];
      let checkpoint: SyncCheckpoint | null = null;
      for (;;) {
        const reply = await desktopApi.platformRequest({ userId: seller.userId, method: 'POST', path: '/sync/leads/pull', body: { checkpoint, batchSize: 2000 } });
        if (!reply.ok) throw new Error(`pull failed: ${reply.message}`);
        const page = pullResponse.parse(reply.body);
        for (const document of page.documents) {
          if (document._deleted) continue;
          const { _deleted: _gone, ...lead } = document;
          void _gone;
          leads.push(lead as unknown as Lead);
        }
        if (page.documents.length === 0 || page.checkpoint === null) break;
        checkpoint = page.checkpoint;
      }
      const db = await createLeadCenterDatabase({ name: `lead-center-bench-${Date.now()}`, storage: getRxStorageDexie(), multiInstance: false, collections: ['leads'] });
      try {
        const started = performance.now();
        for (let start = 0; start < leads.length; start += 1000) {
          const result = await db.leads.bulkInsert(leads.slice(start, start + 1000));
          if (result.error.length > 0) throw new Error(`bulk insert refused ${result.error.length} documents`);
        }
        return performance.now() - started;
      } finally {
        await db.remove();
      }
    },
  };
}
