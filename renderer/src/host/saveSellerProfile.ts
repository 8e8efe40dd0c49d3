import type { PlatformUser } from '../../../core/sync/protocol';
import type { Seller, SellerRole } from '../../data/contract';
import { loadSellerProfile, localProfileStorageKey, parseSellerProfile, sellerProfileStorageKey, type SellerProfile } from './loadSellerProfile';

/** Saves the seller's name (and role); the user id is generated once and kept across renames. */
export function saveSellerProfile(userName: string, role?: SellerRole): Seller {
  const existing = loadSellerProfile();
  const seller: SellerProfile = {
    userId: existing?.userId ?? `user-${crypto.randomUUID()}`,
    userName: userName.trim(),
    teamId: existing?.teamId ?? 'local',
    role: role ?? existing?.role ?? 'seller',
  };
  // A platform profile stays one (its id and team are the platform's).
  if (existing?.platform) seller.platform = existing.platform;
  localStorage.setItem(sellerProfileStorageKey, JSON.stringify(seller));
  return seller;
}

/** The profile of a platform user: id, team and role are the platform's (admin works as a manager). */
export function platformProfileFor(user: PlatformUser, url: string): SellerProfile {
  return {
    userId: user.id,
    userName: user.name.trim() || user.email,
    teamId: user.teamId,
    role: user.role === 'seller' ? 'seller' : 'manager',
    platform: { url, email: user.email },
  };
}

/**
 * Switches this device to the platform user. The local-only profile is kept aside, with its
 * database untouched, so Disconnect can bring it back.
 */
export function switchToPlatformProfile(user: PlatformUser, url: string): SellerProfile {
  const current = loadSellerProfile();
  if (current && !current.platform) localStorage.setItem(localProfileStorageKey, JSON.stringify(current));
  const profile = platformProfileFor(user, url);
  localStorage.setItem(sellerProfileStorageKey, JSON.stringify(profile));
  return profile;
}

/** Back to the local-only profile kept aside (or to the first-run form when there was none). */
export function switchToLocalProfile(): SellerProfile | null {
  const local = parseSellerProfile(localStorage.getItem(localProfileStorageKey));
  if (local && !local.platform) {
    localStorage.setItem(sellerProfileStorageKey, JSON.stringify(local));
    return local;
  }
  localStorage.removeItem(sellerProfileStorageKey);
  return null;
}
