import type { Seller } from '../../data/contract';
import { loadSellerProfile, sellerProfileStorageKey } from './loadSellerProfile';

/** Saves the seller's name; the user id is generated once and kept across renames. */
export function saveSellerProfile(userName: string): Seller {
  const existing = loadSellerProfile();
  const seller: Seller = {
    userId: existing?.userId ?? `user-${crypto.randomUUID()}`,
    userName: userName.trim(),
    teamId: 'local',
  };
  localStorage.setItem(sellerProfileStorageKey, JSON.stringify(seller));
  return seller;
}
