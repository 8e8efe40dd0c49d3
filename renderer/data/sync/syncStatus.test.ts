import { describe, expect, it } from 'vitest';
import { aggregateSyncStatus, collectionStatus, type CollectionSyncFacts } from './syncStatus';

const fine: CollectionSyncFacts = { paused: false, connected: true, unreachable: null, active: false, pending: 0, problem: null };

describe('collectionStatus', () => {
  it('is up to date when connected, idle and nothing waits', () => {
    expect(collectionStatus(fine)).toEqual({ state: 'up_to_date', pending: 0, lastError: null });
  });

  it('is syncing while a request runs or changes wait', () => {
    expect(collectionStatus({ ...fine, active: true }).state).toBe('syncing');
    expect(collectionStatus({ ...fine, pending: 3 })).toEqual({ state: 'syncing', pending: 3, lastError: null });
  });

  it('is offline when the stream is closed or a request did not get through, saying why', () => {
    expect(collectionStatus({ ...fine, connected: false, pending: 2 })).toEqual({ state: 'offline', pending: 2, lastError: 'Not connected to the platform' });
    expect(collectionStatus({ ...fine, unreachable: 'connection refused' }).lastError).toBe('connection refused');
  });

  it('puts a problem for the person above offline, and a pause above all', () => {
    const broken = { ...fine, connected: false, problem: 'sign-in expired' };
    expect(collectionStatus(broken)).toEqual({ state: 'error', pending: 0, lastError: 'sign-in expired' });
    expect(collectionStatus({ ...broken, paused: true }).state).toBe('paused');
  });

  it('never reports a negative or fractional pending count', () => {
    expect(collectionStatus({ ...fine, pending: -4 }).pending).toBe(0);
    expect(collectionStatus({ ...fine, pending: 2.7 }).pending).toBe(2);
  });
});

describe('aggregateSyncStatus', () => {
  it('sums pending and takes the most severe state with its error', () => {
    const status = aggregateSyncStatus(
      { leads: { ...fine, pending: 2 }, notes: { ...fine, connected: false, pending: 1 }, events: fine },
      100,
      500,
    );
    expect(status.state).toBe('offline');
    expect(status.pending).toBe(3);
    expect(status.lastError).toBe('notes: Not connected to the platform');
    expect(status.lastSyncAt).toBe(100);
    expect(status.collections.leads?.state).toBe('syncing');
    expect(status.collections.events?.state).toBe('up_to_date');
  });

  it('names the error before an offline collection', () => {
    const status = aggregateSyncStatus({ notes: { ...fine, connected: false }, leads: { ...fine, problem: '2 documents refused' } }, null, 1);
    expect(status.state).toBe('error');
    expect(status.lastError).toBe('leads: 2 documents refused');
  });

  it('moves lastSyncAt to now only when everything is up to date', () => {
    expect(aggregateSyncStatus({ leads: fine, notes: fine }, 100, 900).lastSyncAt).toBe(900);
    expect(aggregateSyncStatus({ leads: fine, notes: { ...fine, active: true } }, 100, 900)).toMatchObject({ state: 'syncing', lastSyncAt: 100 });
    expect(aggregateSyncStatus({ leads: { ...fine, paused: true } }, null, 900)).toMatchObject({ state: 'paused', lastSyncAt: null });
  });

  it('is up to date with nothing to replicate', () => {
    expect(aggregateSyncStatus({}, null, 5)).toEqual({ state: 'up_to_date', pending: 0, lastSyncAt: 5, lastError: null, collections: {} });
  });
});
