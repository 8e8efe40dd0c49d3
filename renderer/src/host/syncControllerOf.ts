import type { LeadCenterData } from '../../data/contract';
import type { SyncController } from '../../data/sync/syncContract';

/** The replication of a platform profile, or null for the local-only profile. */
export function syncControllerOf(data: LeadCenterData): SyncController | null {
  return data.sync;
}
