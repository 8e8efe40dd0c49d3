import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { encodeRowColumns } from '../../core/list/rowColumns';
import { listSnapshotFormat, type LeadListSnapshot } from '../../renderer/data/leadListSnapshotStore';
import { createIndexedDbLeadListSnapshotStore } from '../../renderer/data/leadListSnapshotStoreIndexedDb';
import { listReady, makeLead, openTestData, waitFor } from '../fixtures/testData';
import { syntheticRows } from '../fixtures/syntheticRows';

// Small data only: Dexie on fake-indexeddb is far slower than a browser's IndexedDB.

const snapshot: LeadListSnapshot = {
  format: listSnapshotFormat,
  storageToken: 'token-1',
  schemaVersion: 1,
  checkpoint: { id: 'lead-9', lwt: 1_750_000_000_000.25 },
  savedAt: 1_750_000_000_001,
  rows: encodeRowColumns(syntheticRows(50)),
};

describe('IndexedDB list snapshot store', () => {
  it('saves, loads per database name and clears', async () => {
    const options = { indexedDB: new IDBFactory(), IDBKeyRange };
    const store = createIndexedDbLeadListSnapshotStore('db-a', options);
    expect(await store.load()).toBeNull();
    await store.save(snapshot);
    await store.close?.();

    const reopened = createIndexedDbLeadListSnapshotStore('db-a', options);
    expect(await reopened.load()).toEqual(snapshot);
    const other = createIndexedDbLeadListSnapshotStore('db-b', options);
    expect(await other.load()).toBeNull();
    await reopened.clear();
    expect(await reopened.load()).toBeNull();
    await reopened.close?.();
    await other.close?.();
  });

  it('carries the list from one run of the app to the next', async () => {
    const options = { indexedDB: new IDBFactory(), IDBKeyRange };
    const first = await openTestData({ label: 'idb', snapshotStore: createIndexedDbLeadListSnapshotStore('idb', options) });
    await first.data.insertLeads([makeLead(1), makeLead(2)]);
    await waitFor(() => first.data.leadList.size === 2);
    await first.data.close();

    const store = createIndexedDbLeadListSnapshotStore('idb', options);
    const saved = (await store.load()) as LeadListSnapshot;
    expect(saved.rows.text.id.split('\u001e').sort()).toEqual([makeLead(1).id, makeLead(2).id]);

    const second = await openTestData({ databaseName: first.databaseName, snapshotStore: store });
    await listReady(second.data);
    expect(second.data.leadList.size).toBe(2);
    await second.data.close();
  });
});
