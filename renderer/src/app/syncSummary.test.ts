import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../data/sync/syncContract';
import { syncSummary } from './ConnectionIndicator';

const base: SyncStatus = { state: 'up_to_date', pending: 0, lastSyncAt: 1, lastError: null, collections: {} };

describe('syncSummary', () => {
  it('says each state in the seller’s words with what waits', () => {
    expect(syncSummary(base)).toBe('Up to date');
    expect(syncSummary({ ...base, state: 'syncing', pending: 3 })).toBe('Syncing — 3 to send');
    expect(syncSummary({ ...base, state: 'syncing' })).toBe('Syncing…');
    expect(syncSummary({ ...base, state: 'offline', pending: 1 })).toBe('Offline — 1 change waits, saved on this device');
    expect(syncSummary({ ...base, state: 'offline' })).toBe('Offline — everything is saved on this device');
    expect(syncSummary({ ...base, state: 'paused', pending: 2 })).toBe('Sync paused — 2 changes wait');
    expect(syncSummary({ ...base, state: 'error', lastError: 'refused' })).toBe('Sync problem — see details');
  });
});
