import type { Seller } from '../../data/contract';

export const sellerProfileStorageKey = 'lead-center:seller-profile';
/** The local-only profile, kept aside while a platform profile is in use (Disconnect brings it back). */
export const localProfileStorageKey = 'lead-center:local-seller-profile';

/** The local-only profile's database; every platform user has their own (databaseNameFor). */
export const localDatabaseName = 'lead-center';

/** A profile that is a platform user: where it signs in (the host keeps the token). */
export interface PlatformProfileMarker {
  url: string;
  email: string;
}

/** The seller, and for a platform user, which platform. */
export type SellerProfile = Seller & { platform?: PlatformProfileMarker };

/** Reads a stored profile; null for anything that is not one. */
export function parseSellerProfile(raw: string | null): SellerProfile | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<SellerProfile> | null;
    if (value === null || typeof value !== 'object') return null;
    if (typeof value.userId !== 'string' || typeof value.userName !== 'string' || !value.userName.trim()) return null;
    const seller: SellerProfile = {
      userId: value.userId,
      userName: value.userName,
      teamId: typeof value.teamId === 'string' ? value.teamId : 'local',
      role: value.role === 'manager' ? 'manager' : 'seller',
    };
    const platform = value.platform;
    if (platform && typeof platform.url === 'string' && typeof platform.email === 'string') seller.platform = { url: platform.url, email: platform.email };
    return seller;
  } catch {
    return null;
  }
}

/** The local seller profile saved on first run (or the platform user connected), or null before it. */
export function loadSellerProfile(): SellerProfile | null {
  try {
    return parseSellerProfile(localStorage.getItem(sellerProfileStorageKey));
  } catch {
    return null;
  }
}

/**
 * Each identity has its own database: the local-only profile 'lead-center', a platform user
 * 'lead-center-<userId>' (RxDB's names are lower-case letters, digits, - and _; anything else
 * is replaced and a short hash keeps two ids apart).
 */
export function databaseNameFor(profile: SellerProfile): string {
  if (!profile.platform) return localDatabaseName;
  const id = profile.userId;
  const safe = id.toLowerCase().replace(/[^a-z0-9_-]/g, '-');
  if (safe === id) return `${localDatabaseName}-${id}`;
  let hash = 0;
  for (const char of id) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return `${localDatabaseName}-${safe}-${hash.toString(36)}`;
}

/** The Seller the data layer works with, without the profile's platform marker. */
export function sellerOf(profile: SellerProfile): Seller {
  return { userId: profile.userId, userName: profile.userName, teamId: profile.teamId, role: profile.role };
}
