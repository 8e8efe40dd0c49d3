import type { Seller, SellerRole } from '../../data/contract';
import { loadSellerProfile, sellerProfileStorageKey } from './loadSellerProfile';

/** Saves the seller's name (and role); the user id is generated once and kept across renames. */
export function saveSellerProfile(userName: string, role?: SellerRole): Seller {
  const existing = loadSellerProfile();
  const seller: Seller = {
    userId: existing?.userId ?? `user-${crypto.randomUUID()}`,
    userName: userName.trim(),
    teamId: existing?.teamId ?? 'local',
    role: role ?? existing?.role ?? 'seller',
  };
  localStorage.setItem(sellerProfileStorageKey, JSON.stringify(seller));
  return seller;
}
