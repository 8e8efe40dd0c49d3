import type { LeadCenterData } from '../../data/contract';
import type { SyncController } from '../../data/sync/syncContract';

/**
 * The replication of a platform profile, or null (local-only profile, or a data layer without
 * replication). Typed so it keeps compiling whether or not the contract names `sync` yet.
 */
export function syncControllerOf(data: LeadCenterData): SyncController | null {
  const withSync = data as LeadCenterData & { sync?: SyncController | null };
  return withSync.sync ?? null;
}
